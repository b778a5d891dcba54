/**
 * Which files of a build the worker precaches: pure, over the build's file list
 * (paths relative to the build folder, `/`-separated).
 *
 * Up to `maxPrecachedPages` pages, the whole readable site: every page's HTML,
 * every script, stylesheet, woff2 font and quiz answer (JSON under assets/), and
 * the icons and manifest. Above it
 * (a very large question bank) only the shell: the shell pages, the scripts and
 * stylesheets they load, every script that is not a route's, and the search index;
 * other pages are cached as visited.
 * Never the excluded folders (link-preview images, downloads, print sheets), nor
 * precompressed copies, source maps, the worker itself or crawler files.
 */

export interface PrecacheRules {
  /** More HTML pages than this (after exclusions): precache the shell only. */
  readonly maxPrecachedPages: number;
  /** Path prefixes never precached, e.g. `img/og/`, `downloads/`, `print/`. */
  readonly exclude: readonly string[];
  /** The shell pages' HTML files, e.g. `index.html`, `search.html`. */
  readonly shellPages: readonly string[];
  /** Path prefixes always precached with the shell, e.g. the search index's `assets/js/search-`. */
  readonly shellPrefixes: readonly string[];
}

export interface PrecacheSelection {
  readonly mode: 'whole-site' | 'shell';
  /** All pages after exclusions: what decided the mode. */
  readonly pageCount: number;
  readonly files: readonly string[];
}

/**
 * Fonts: woff2 only, which every browser with service workers reads; the woff and ttf copies are fallbacks it never loads.
 * JSON: the quiz pages' answers (contract/urls.ts, quizAnswerPath), one file per question, like the route chunks.
 */
const ASSET_FILE = /\.(js|css|woff2|json)$/;
const IMAGE_FILE = /\.(svg|png|ico)$/;
const MANIFEST_FILE = /\.webmanifest$/;
/** The worker, its source map, and copies a host serves in its place (precompressed) are never entries. */
const NEVER = /(^|\/)(sw\.js|workbox-[^/]*\.js)$|\.(map|gz|br)$/;

const isPage = (file: string): boolean => file.endsWith('.html') && file !== '404.html';
/**
 * Docusaurus names a route's chunks by an 8-hex hash (`c8085fab.9ea23a53.js`); every other script is the shell's code,
 * whatever the bank's size: main, runtime, shared chunks (numbered) and named lazy chunks (search engine, /study session).
 */
const isShellScript = (file: string): boolean => /^assets\/js\/[^/]+\.js$/.test(file) && !/^assets\/js\/[0-9a-f]{8}\.[0-9a-f]{8}\.js$/.test(file);

/**
 * The files to precache, sorted. `scriptsOf(page)` lists the build files a page's HTML
 * references (its scripts and stylesheets), used for the shell only.
 */
export function selectPrecacheFiles(files: readonly string[], rules: PrecacheRules, scriptsOf: (page: string) => readonly string[]): PrecacheSelection {
  const candidates = files.filter((file) => !NEVER.test(file) && !rules.exclude.some((prefix) => file.startsWith(prefix)));
  const pages = candidates.filter(isPage);
  const alwaysWanted = (file: string): boolean =>
    IMAGE_FILE.test(file) || MANIFEST_FILE.test(file) || (file.startsWith('assets/') && /\.(css|woff2)$/.test(file));
  if (pages.length <= rules.maxPrecachedPages) {
    const wholeSite = candidates.filter((file) => isPage(file) || alwaysWanted(file) || (file.startsWith('assets/') && ASSET_FILE.test(file)));
    return { mode: 'whole-site', pageCount: pages.length, files: wholeSite.sort() };
  }
  const missing = rules.shellPages.filter((page) => !pages.includes(page));
  if (missing.length > 0)
    throw new Error(`offline: the shell pages ${missing.join(', ')} are not in the build; pages there include ${pages.slice(0, 5).join(', ')}`);
  const shellAssets = new Set(rules.shellPages.flatMap((page) => scriptsOf(page)));
  const shell = candidates.filter(
    (file) =>
      rules.shellPages.includes(file) ||
      alwaysWanted(file) ||
      isShellScript(file) ||
      shellAssets.has(file) ||
      rules.shellPrefixes.some((prefix) => file.startsWith(prefix)),
  );
  return { mode: 'shell', pageCount: pages.length, files: shell.sort() };
}

/** A file whose name (or folder) carries a content hash: its URL is its revision. */
export function hasContentHash(file: string): boolean {
  return /\.[0-9a-f]{8}(\.[a-z0-9]+$|\/)/.test(file);
}

/** The build-folder paths of the scripts and stylesheets an HTML page references, given the site's base URL. */
export function referencedAssets(html: string, baseUrl: string): string[] {
  const found = new Set<string>();
  // The build's HTML is minified: attribute values may be unquoted.
  for (const match of html.matchAll(/\b(?:src|href)=["']?([^"'\s>]+\.(?:js|css))(?=["'\s>])/g)) {
    const url = match[1]!;
    if (url.startsWith(baseUrl)) found.add(url.slice(baseUrl.length));
  }
  return [...found];
}

/** The HTML file a site path is built to: `/` → `index.html`, `/search` → `search.html` or `search/index.html`, whichever the build has. */
export function pageFileOf(sitePath: string, files: readonly string[]): string {
  const path = sitePath.replace(/^\/+|\/+$/g, '');
  const candidates = path === '' ? ['index.html'] : [`${path}.html`, `${path}/index.html`];
  return candidates.find((file) => files.includes(file)) ?? candidates[0]!;
}
