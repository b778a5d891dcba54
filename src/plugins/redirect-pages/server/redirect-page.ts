/** What a redirect page is and where it goes: pure, so unit tests and the plugin share it. */

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A valid HTML page that sends the reader to `toUrl` (a path with the base
 * URL): the script keeps the visit's query and hash (a short link with
 * #point-3 still lands on that point) and replaces the history entry, so Back
 * does not return to the redirect; the meta refresh works without JavaScript,
 * and the link is there for a browser that does neither.
 */
export function redirectPageHtml(toUrl: string): string {
  const url = encodeURI(toUrl);
  const attribute = escapeHtml(url);
  // In a script, "</script" or "<!--" inside the string would end or confuse it; \u003c cannot.
  const scriptString = JSON.stringify(url).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Moved to ${attribute}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="${attribute}">
<meta http-equiv="refresh" content="0; url=${attribute}">
<script>location.replace(${scriptString} + location.search + location.hash);</script>
</head>
<body>
<p>This page has moved to <a href="${attribute}">${attribute}</a>.</p>
</body>
</html>
`;
}

/**
 * The file a redirect from `fromPath` is written to, relative to the build:
 * `<path>/index.html`, never `<path>.html`, which static hosts would prefer
 * over a real page at the same path (see Docusaurus issue #5055).
 */
export function redirectPageFile(fromPath: string): string {
  return `${fromPath.replace(/^\/+|\/+$/g, '')}/index.html`;
}

/** Why redirects cannot be written: a target that is no page of the build, or a source that is one. */
export function redirectProblems(
  redirects: readonly { readonly from: string; readonly to: string }[],
  baseUrl: string,
  routesPaths: readonly string[],
): string[] {
  const routes = new Set(routesPaths);
  const routeOf = (path: string) => baseUrl + path.replace(/^\//, '');
  return redirects.flatMap(({ from, to }) => [
    ...(routes.has(routeOf(to)) ? [] : [`${from} → ${to}: the build has no page ${routeOf(to)}`]),
    ...(routes.has(routeOf(from)) ? [`${from} → ${to}: ${routeOf(from)} is a page of the build, so it cannot also redirect`] : []),
  ]);
}
