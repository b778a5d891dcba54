/**
 * Writes the stock peer site (stock-site-files.ts) from docs/_generated/ and builds it with Docusaurus's own CLI.
 * It lives in build-stock/ at the repository's root: inside the tree, so `@docusaurus/*` and the easyops theme
 * resolve from this repository's node_modules with no network, and ignored by git, ESLint and Prettier like every
 * other build-*\/ folder. It has its own siteDir, so its .docusaurus/ never meets ours.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { writeFolderAtomically } from '../../../lib/write-files-atomically.ts';
import { generatedDataFiles, readGeneratedRecords } from '../../../contract/read-records.ts';
import { GENERATED_DATA_DIR } from '../../../contract/records.ts';
import { stockSiteFiles, type StockSiteOptions } from './stock-site-files.ts';

const STOCK_DIR = 'build-stock';
/** The search theme the issue's stock peer used; the generated config names it, so check it is installed first. */
const SEARCH_THEME = '@easyops-cn/docusaurus-search-local';

export interface StockBuild {
  /** The built site, ready to serve under the base URL. */
  readonly outDir: string;
  /** True when an identical earlier build was reused. */
  readonly reused: boolean;
}

/** The stock site's files for the generated records in `docsDir`, written into `<stockDir>/site`, ready to build. */
export function writeStockSite(options: StockSiteOptions, docsDir = 'docs', stockDir = STOCK_DIR): { siteDir: string; outDir: string; stamp: string } {
  const { questions, topics } = readGeneratedRecords(generatedDataFiles(docsDir, GENERATED_DATA_DIR));
  const files = stockSiteFiles(questions, topics, options);
  const hash = createHash('sha256');
  for (const [path, content] of [...files].sort(([a], [b]) => a.localeCompare(b))) hash.update(`${path}\0${content}\0`);
  const siteDir = resolve(stockDir, 'site');
  const outDir = resolve(stockDir, 'build');
  const stamp = hash.digest('hex');
  const stampFile = resolve(stockDir, 'build.stamp');
  if (existsSync(join(outDir, 'index.html')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return { siteDir, outDir, stamp };
  assertSearchThemeInstalled();
  writeFolderAtomically(siteDir, files);
  return { siteDir, outDir, stamp };
}

function assertSearchThemeInstalled(): void {
  try {
    createRequire(import.meta.url).resolve(SEARCH_THEME);
  } catch {
    throw new Error(`package.json: ${SEARCH_THEME} (a devDependency) is not installed; run \`npm ci\` so the stock site can build.`);
  }
}

/** The command that builds the stock site with Docusaurus's own CLI, as its README would say. */
export function stockBuildCommand(siteDir: string, outDir: string): string[] {
  return ['npx', 'docusaurus', 'build', siteDir, '--out-dir', outDir];
}

/** Generates and builds the stock site unless build-stock/ already holds a build of exactly these files. */
export function prepareStockSite(options: StockSiteOptions, docsDir = 'docs'): StockBuild {
  const { siteDir, outDir, stamp } = writeStockSite(options, docsDir);
  const stampFile = resolve(STOCK_DIR, 'build.stamp');
  if (existsSync(join(outDir, 'index.html')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return { outDir, reused: true };
  rmSync(stampFile, { force: true });
  const [command, ...args] = stockBuildCommand(siteDir, outDir);
  const build = spawnSync(command!, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (build.status !== 0)
    throw new Error(`Building the stock site failed (${stockBuildCommand(siteDir, outDir).join(' ')}, exit ${build.status}); see the output above.`);
  writeFileSync(stampFile, stamp);
  return { outDir, reused: false };
}
