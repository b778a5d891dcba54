/**
 * The Content-Security-Policy allows no inline script by default; the pages'
 * own inline scripts (the theme's colour-mode script and the study-mode script,
 * which must run before first paint, merged into one by the HTML minifier; a
 * redirect page's `location.replace`) are allowed by their SHA-256 hash. Each
 * page's hashes go into an nginx `map` from the file nginx serves to the
 * hashes it needs, so a page allows exactly its own scripts and nothing more.
 */
import { createHash } from 'node:crypto';

/** Executable scripts: no type, or a JavaScript one; JSON-LD and other data blocks never run, so CSP ignores them. */
const EXECUTABLE_TYPE = /^(|module|(text|application)\/(java|ecma)script)$/i;
const SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;

/** The value of `name` in an HTML start tag's attribute text (quoted or not); undefined when absent. */
function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*("[^"]*"|'[^']*'|[^\\s"'=<>\`]+))?(?=\\s|/?$)`, 'i').exec(attributes);
  if (!match) return undefined;
  return (match[1] ?? '').replace(/^["']|["']$/g, '');
}

/** CSP source expressions ('sha256-…') for the inline scripts of one HTML page, in page order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (attribute(attributes, 'src') !== undefined) continue;
    if (!EXECUTABLE_TYPE.test((attribute(attributes, 'type') ?? '').trim())) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/** The URI nginx has once it found a page's file (`$uri` after try_files or index): the base URL and the file's path. */
const servedUri = (baseUrl: string, relativeFile: string): string => baseUrl + relativeFile.split('\\').join('/');

/**
 * An nginx `map` (http context) from `$uri` to the page's script hashes, in
 * the variable `$csp_script_hashes` that deploy/nginx/sre-site/security-headers.conf
 * puts into script-src. Files with no inline script are left to the default: none.
 */
export function cspScriptHashesMap(pages: ReadonlyMap<string, readonly string[]>, baseUrl: string): string {
  const quote = (value: string): string => `"${value.replace(/["\\]/g, '\\$&')}"`;
  const lines = [...pages]
    .filter(([, hashes]) => hashes.length > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, hashes]) => `    ${quote(servedUri(baseUrl, file))} ${quote(hashes.join(' '))};`);
  // nginx fails to start ("could not build map_hash") unless a bucket holds the longest key: ngx_hash.c's element
  // (value pointer, 2-byte length, key, aligned to a pointer) and the pointer that ends the bucket.
  const longestKey = Math.max(0, ...[...pages.keys()].map((file) => Buffer.byteLength(servedUri(baseUrl, file))));
  const bucketSize = Math.max(64, 2 ** Math.ceil(Math.log2(8 + Math.ceil((longestKey + 2) / 8) * 8 + 8)));
  return [
    `# Written by deploy/prepare-build.ts for the build under ${baseUrl}: each page's inline-script hashes.`,
    '# Include it in the http context (see deploy/nginx/sre-site-subpath.conf); do not edit.',
    `# If the nginx configuration sets map_hash_bucket_size itself, remove the line below and make sure it is at least ${bucketSize}.`,
    `map_hash_bucket_size ${bucketSize};`,
    'map $uri $csp_script_hashes {',
    '    default "";',
    ...lines,
    '}',
    '',
  ].join('\n');
}
