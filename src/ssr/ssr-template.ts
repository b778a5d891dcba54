/**
 * The HTML shell of every built page (docusaurus.config.ts `ssrTemplate`):
 * Docusaurus's own (@docusaurus/core/lib/ssg/ssgTemplate.html.js) with one
 * change. Its `<script defer>` tags for the app's entry scripts are replaced by
 * an inline script at the end of <body> that starts the app on the reader's
 * first intent (see start-app-on-intent.ts for why and how).
 *
 * Only `docusaurus build` uses it; `docusaurus start` serves its own template
 * and starts the app at once.
 */
import { STUDY_MODE_ATTRIBUTE } from '../study/study-mode.ts';
import { startAppOnIntent } from './start-app-on-intent.ts';

/**
 * How long, after its scripts have run, the app has to hydrate before the page
 * gives up on it and shows any answer study mode hid.
 */
const APP_START_GRACE_MS = 5000;

/** The inline script's text, given the expression (in the template language) that lists the app's script URLs. */
function startAppScript(scriptsExpression: string): string {
  const js = JSON.stringify;
  return `(${startAppOnIntent.toString()})(${scriptsExpression}, ${js(STUDY_MODE_ATTRIBUTE)}, ${APP_START_GRACE_MS});`;
}

const scriptUrls = '<%~ JSON.stringify(it.scripts.map(function (script) { return it.baseUrl + script; })) %>';

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
    <script>${startAppScript(scriptUrls)}</script>
  </body>
</html>
`;
