/**
 * The build step after `docusaurus build` (npm's `postbuild`): prepares a build
 * folder for the nginx host of deploy/nginx/. It writes
 *
 * - `.nginx/csp-script-hashes.conf`: each page's inline-script hashes for the
 *   Content-Security-Policy (see build-files/csp-script-hashes.ts);
 * - `file.gz` and `file.br` beside every compressible file (see build-files/precompress.ts).
 *
 * It runs after the build, not as a plugin's postBuild, because Docusaurus runs
 * every plugin's postBuild at once: pages other plugins write there (redirect
 * pages, the service worker) would race with the compression and hashing.
 *
 * Usage: BASE_URL=/sre/ tsx deploy/prepare-build.ts [build folder, default build]
 * BASE_URL must be the one the site was built with (as docusaurus.config.ts reads it).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { normaliseBaseUrl } from '../contract/urls.ts';
import { cspScriptHashesMap, inlineScriptHashes } from './build-files/csp-script-hashes.ts';
import { isCompressible, precompress } from './build-files/precompress.ts';

/** Where the build's nginx includes go; deploy/nginx denies requests for dot-folders, so it is never served. */
export const NGINX_DIR = '.nginx';
export const CSP_MAP_FILE = `${NGINX_DIR}/csp-script-hashes.conf`;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;

export async function prepareBuild(buildDir: string, baseUrl: string): Promise<string> {
  const index = await readFile(join(buildDir, 'index.html'), 'utf8').catch((error: unknown) => {
    throw new Error(`${buildDir}: no index.html; build the site first (npm run build)`, { cause: error });
  });
  if (!index.includes(`${baseUrl}assets/`))
    throw new Error(`${join(buildDir, 'index.html')}: not built for BASE_URL ${baseUrl}; run this step with the BASE_URL the site was built with`);

  const files = (await filesUnder(buildDir)).filter((file) => !relative(buildDir, file).startsWith(`${NGINX_DIR}/`));
  const pages = new Map<string, string[]>();
  for (const file of files.filter((candidate) => candidate.endsWith('.html'))) {
    pages.set(relative(buildDir, file), inlineScriptHashes(await readFile(file, 'utf8')));
  }
  await mkdir(join(buildDir, NGINX_DIR), { recursive: true });
  await writeFile(join(buildDir, CSP_MAP_FILE), cspScriptHashesMap(pages, baseUrl));
  const distinctHashes = new Set([...pages.values()].flat()).size;

  const { files: compressed, skipped, bytes } = await precompress(files.filter(isCompressible));
  const percent = (part: number): string => `${((100 * part) / bytes.original).toFixed(0)}%`;
  return [
    `[prepare-build] ${CSP_MAP_FILE}: ${distinctHashes} inline-script hashes over ${pages.size} pages`,
    `[prepare-build] precompressed ${compressed} files (${skipped} too small to gain): ${kib(bytes.original)} → gzip ${kib(bytes.gzip)} (${percent(bytes.gzip)}), brotli ${kib(bytes.brotli)} (${percent(bytes.brotli)})`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const buildDir = resolve(process.argv[2] ?? 'build');
  const started = Date.now();
  prepareBuild(buildDir, normaliseBaseUrl(process.env.BASE_URL)).then(
    (report) => console.log(`${report}\n[prepare-build] done in ${((Date.now() - started) / 1000).toFixed(1)} s`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
