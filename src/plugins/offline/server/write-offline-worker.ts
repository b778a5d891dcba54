/**
 * The build step: writes the web app manifest and icons into the build, picks
 * the files to precache (precache-files.ts), and writes the worker (sw.js)
 * that precaches them (worker-source.ts). Returns what it precached, with sizes.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadResvg } from '../../../../lib/resvg.ts';
import { SERVICE_WORKER_FILE, WEB_APP_MANIFEST_FILE } from '../shared/constants.ts';
import { classTokensOf, withoutUnusedKatexFonts } from './katex-fonts-in-use.ts';
import { hasContentHash, pageFileOf, referencedAssets, selectPrecacheFiles, type PrecacheSelection } from './precache-files.ts';
import { isCompressedOnTheWire, summarisePrecache, type PrecachedFileSize, type PrecacheSummary } from './precache-summary.ts';
import { APP_ICONS, maskableIconSvg, webAppManifest, type AppIdentity } from './web-app-manifest.ts';
import { WORKBOX_LIBRARIES, workerSource, type PrecacheEntry, type WorkboxLibrary } from './worker-source.ts';

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
  const { Resvg } = loadResvg();
  for (const icon of APP_ICONS) {
    const svg = icon.purpose === 'maskable' ? maskableIconSvg(iconSvg, identity.themeColor) : iconSvg;
    const file = join(outDir, icon.file);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, new Resvg(svg, { fitTo: { mode: 'width', value: icon.size } }).render().asPng());
  }
  await writeFile(join(outDir, WEB_APP_MANIFEST_FILE), `${JSON.stringify(webAppManifest(identity), null, 2)}\n`);
}

const require = createRequire(import.meta.url);

/** Workbox's browser builds of the libraries the worker joins, as installed (package.json pins their version). */
const WORKBOX_LIBRARY_FILES: Readonly<Record<WorkboxLibrary, string>> = {
  core: require.resolve('workbox-core/build/workbox-core.prod.js'),
  routing: require.resolve('workbox-routing/build/workbox-routing.prod.js'),
  strategies: require.resolve('workbox-strategies/build/workbox-strategies.prod.js'),
  precaching: require.resolve('workbox-precaching/build/workbox-precaching.prod.js'),
  expiration: require.resolve('workbox-expiration/build/workbox-expiration.prod.js'),
};

export async function readWorkboxLibraries(): Promise<Record<WorkboxLibrary, string>> {
  const sources = await Promise.all(WORKBOX_LIBRARIES.map((name) => readFile(WORKBOX_LIBRARY_FILES[name], 'utf8')));
  return Object.fromEntries(WORKBOX_LIBRARIES.map((name, index) => [name, sources[index]!])) as Record<WorkboxLibrary, string>;
}

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

  const entries: PrecacheEntry[] = [];
  const sizes: PrecachedFileSize[] = [];
  for (const file of selection.files) {
    const body = await readFile(join(outDir, file));
    // URLs relative to the worker, which sits at the site's root: right under any base URL.
    entries.push({ url: file, revision: hasContentHash(file) ? null : createHash('md5').update(body).digest('hex') });
    sizes.push({ file, rawBytes: body.length, wireBytes: isCompressedOnTheWire(file) ? gzipSync(body, { level: 9 }).length : body.length });
  }

  const libraries = await readWorkboxLibraries();
  await writeFile(join(outDir, SERVICE_WORKER_FILE), workerSource(libraries, { baseUrl, entries, maxRuntimeEntries: 500 }));
  return { selection, sizes, summary: summarisePrecache(sizes) };
}
