/**
 * The HTML shell of every built page (docusaurus.config.ts `ssrTemplate`):
 * Docusaurus's own (@docusaurus/core/lib/ssg/ssgTemplate.html.js) with one
 * change. Its `<script defer>` tags for the app's entry scripts are replaced by
 * one `<script async>` at the end of <body>, of a file that starts the app on
 * the reader's first intent (see start-app-on-intent.ts for why and how, and
 * start-app-file.ts for the file). Async, not deferred: a deferred script holds
 * back DOMContentLoaded until it arrives, and the tag comes after every element
 * the file looks for, so it may run as soon as it has loaded.
 *
 * Only `docusaurus build` uses it; `docusaurus start` serves its own template
 * and starts the app at once.
 */
import { APP_SCRIPTS_ATTRIBUTE, startAppFilePath } from './start-app-file.ts';

/** The app's script URLs, space-separated, in the template language (`<%= %>` escapes them for the attribute). */
const appScriptUrls = '<%= it.scripts.map(function (script) { return it.baseUrl + script; }).join(" ") %>';

export const ssrTemplate = `<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
    <script async src="<%= it.baseUrl %>${startAppFilePath}" ${APP_SCRIPTS_ATTRIBUTE}="${appScriptUrls}"></script>
  </body>
</html>
`;
