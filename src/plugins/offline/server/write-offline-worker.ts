/**
 * The build step: writes the web app manifest and icons into the build, picks
 * the files to precache (precache-files.ts), and has workbox-build write the
 * worker (sw.js) that precaches them. Returns what it precached, with sizes.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { generateSW, type ManifestEntry } from 'workbox-build';
import { SERVICE_WORKER_FILE, WEB_APP_MANIFEST_FILE } from '../shared/constants.ts';
import { classTokensOf, withoutUnusedKatexFonts } from './katex-fonts-in-use.ts';
import { hasContentHash, pageFileOf, referencedAssets, selectPrecacheFiles, type PrecacheSelection } from './precache-files.ts';
import { isCompressedOnTheWire, summarisePrecache, type PrecachedFileSize, type PrecacheSummary } from './precache-summary.ts';
import { APP_ICONS, maskableIconSvg, webAppManifest, type AppIdentity } from './web-app-manifest.ts';

export interface OfflineWorkerOptions {
  readonly maxPrecachedPages: number;
  readonly exclude: readonly string[];
  readonly shellPages: readonly string[];
  readonly shellPrefixes: readonly string[];
}

export interface OfflineWorkerReport {
  readonly selection: PrecacheSelection;
  readonly sizes: readonly PrecachedFileSize[];
  readonly summary: PrecacheSummary;
}

/** Every file under `dir`, as `/`-separated paths relative to it. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The selection without KaTeX fonts that no precached page's formulas can request (see katex-fonts-in-use.ts). */
async function dropUnusedKatexFonts(outDir: string, selection: PrecacheSelection): Promise<PrecacheSelection> {
  const stylesheets = selection.files.filter((file) => /(^|\/)katex[^/]*\.css$/.test(file));
  if (stylesheets.length === 0) return selection;
  const css = (await Promise.all(stylesheets.map((file) => readFile(join(outDir, file), 'utf8')))).join('\n');
  const classTokens = new Set<string>();
  for (const page of selection.files.filter((file) => file.endsWith('.html'))) {
    for (const token of classTokensOf(await readFile(join(outDir, page), 'utf8'))) classTokens.add(token);
  }
  return { ...selection, files: withoutUnusedKatexFonts(selection.files, css, classTokens) };
}

/** Writes manifest.webmanifest and the PNG icons drawn from `iconSvgFile`. */
export async function writeWebAppManifest(outDir: string, identity: AppIdentity, iconSvgFile: string): Promise<void> {
  const iconSvg = await readFile(iconSvgFile, 'utf8').catch((error: unknown) => {
    throw new Error(`offline: cannot read the app icon ${iconSvgFile}; set the plugin's "iconSvg" option to an SVG file of the site`, { cause: error });
  });
  for (const icon of APP_ICONS) {
    const svg = icon.purpose === 'maskable' ? maskableIconSvg(iconSvg, identity.themeColor) : iconSvg;
    const file = join(outDir, icon.file);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, new Resvg(svg, { fitTo: { mode: 'width', value: icon.size } }).render().asPng());
  }
  await writeFile(join(outDir, WEB_APP_MANIFEST_FILE), `${JSON.stringify(webAppManifest(identity), null, 2)}\n`);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Picks the precache and writes sw.js into `outDir` (the build, served under `baseUrl`). The pages are the build's routes
 * (`routesPaths`, with the base URL): other plugins' postBuild hooks run at the same time as this one, so HTML they write
 * (the redirect pages) may or may not be there yet, and is left out for a precache that never depends on that race.
 */
export async function writeOfflineWorker(
  outDir: string,
  baseUrl: string,
  routesPaths: readonly string[],
  options: OfflineWorkerOptions,
): Promise<OfflineWorkerReport> {
  const listed = await listFiles(outDir);
  const routeFiles = new Set(routesPaths.filter((path) => path.startsWith(baseUrl)).map((path) => pageFileOf(path.slice(baseUrl.length - 1), listed)));
  const files = listed.filter((file) => !file.endsWith('.html') || routeFiles.has(file));
  const shellPages = options.shellPages.map((page) => pageFileOf(page, files));
  const html = new Map<string, string>();
  for (const page of shellPages) if (files.includes(page)) html.set(page, await readFile(join(outDir, page), 'utf8'));
  const selection = await dropUnusedKatexFonts(
    outDir,
    selectPrecacheFiles(files, { ...options, shellPages }, (page) => referencedAssets(html.get(page) ?? '', baseUrl)),
  );

  const entries: ManifestEntry[] = [];
  const sizes: PrecachedFileSize[] = [];
  for (const file of selection.files) {
    const body = await readFile(join(outDir, file));
    // URLs relative to the worker, which sits at the site's root: right under any base URL.
    entries.push({ url: file, revision: hasContentHash(file) ? null : createHash('md5').update(body).digest('hex') });
    sizes.push({ file, rawBytes: body.length, wireBytes: isCompressedOnTheWire(file) ? gzipSync(body, { level: 9 }).length : body.length });
  }

  const { warnings } = await generateSW({
    swDest: join(outDir, SERVICE_WORKER_FILE),
    // The entries are chosen above; workbox-build adds them only when given a folder, and its globs would add more.
    globDirectory: outDir,
    globPatterns: [],
    additionalManifestEntries: entries,
    // One file, no workbox-*.js beside it, no source map: nothing to precache or cache-bust besides sw.js.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    // A new worker waits until the reader accepts the reload prompt (it posts SKIP_WAITING); the first one takes the page at once.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // `/sre/questions/x` is answered with the precached `questions/x.html` (Workbox's cleanURLs), `/sre/` with `index.html`,
    // whatever the query (`?study=1`, `?q=`): every precached URL is a file name, never a query.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/./],
    runtimeCaching: [
      // Pages not precached (print sheets; every page but the shell on a very large site): the network first, then the copy last seen.
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: { cacheName: `offline-pages${baseUrl}`, expiration: { maxEntries: 500 } },
      },
      // Hashed assets not precached (other font formats; route chunks in shell mode): never change, so the cache first.
      {
        urlPattern: new RegExp(`${escapeRegExp(baseUrl)}assets/`),
        handler: 'CacheFirst',
        options: { cacheName: `offline-assets${baseUrl}`, expiration: { maxEntries: 500 } },
      },
    ],
  });
  if (warnings.length > 0) throw new Error(`offline: workbox-build warned while writing ${SERVICE_WORKER_FILE}:\n${warnings.join('\n')}`);
  return { selection, sizes, summary: summarisePrecache(sizes) };
}
