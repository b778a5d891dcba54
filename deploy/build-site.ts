/**
 * `npm run build`: `docusaurus build`, in one process for a small bank and in two for a large one.
 *
 * Rspack does not hand its memory back when bundling ends: Docusaurus renders the pages and runs every plugin's
 * postBuild in the process that bundled, so a build's peak is the bundler's memory with the rendering workers' on top
 * (about 1 MB a question for the bundler). Docusaurus can stop after bundling (DOCUSAURUS_EXIT_AFTER_BUNDLING) and
 * render from the bundles already on disk (DOCUSAURUS_SKIP_BUNDLING); run in two processes, one after the other, the
 * peak is the larger of the two instead of their sum, and the build folder is the same, file for file
 * (test/browser/build-split.test.ts). The second process loads the site again, a few seconds, so a small bank, whose
 * memory is no concern, builds in one. See README.md "Build time and size".
 *
 * A small bank is also rendered in the build's own thread: Docusaurus starts an SSG worker thread per 100 pages, up to one
 * per core, and each loads the whole server bundle first, which at 52 questions (two threads) took longer than
 * rendering the pages. Docusaurus reads DOCUSAURUS_SSG_WORKER_THREAD_COUNT when its CLI starts, before any site config, so
 * only this launcher can set it.
 *
 * Usage: tsx deploy/build-site.ts [docusaurus build's arguments, such as --out-dir dir]
 * BUILD_SPLIT=always|never overrides the choice, which is by the number of generated questions; a
 * DOCUSAURUS_SSG_WORKER_THREAD_COUNT already set is kept.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { generatedDataFiles, readQuestionCount } from '../contract/read-records.ts';
import { SITE_DATA_DIR } from '../contract/records.ts';

/** From this many questions the build runs in two processes (2,000 questions: 2.7 GiB in one, 2.2 GiB in two). */
export const SPLIT_FROM_QUESTIONS = 1000;

const SPLIT_CHOICES = ['always', 'never'] as const;

/**
 * Below this many questions the pages are rendered in the build's thread, not in worker threads. Cold builds, two
 * cores, interleaved: at 52 questions 15.6 and 15.6 s in one thread against 18.7 and 17.6 s with two workers; at 250,
 * 39.3 and 30.1 s against 40.6 and 33.1 s, within the noise.
 */
export const SSG_WORKER_THREADS_FROM_QUESTIONS = 200;

const SSG_THREAD_COUNT = 'DOCUSAURUS_SSG_WORKER_THREAD_COUNT';

/** The SSG thread count to set, if any: none when the reader's environment sets it already, or for a larger bank. */
export function ssgThreadEnv(questionCount: number, environment: Readonly<Record<string, string | undefined>>): Readonly<Record<string, string>> {
  if (environment[SSG_THREAD_COUNT] !== undefined || questionCount >= SSG_WORKER_THREADS_FROM_QUESTIONS) return {};
  return { [SSG_THREAD_COUNT]: '1' };
}

export function shouldSplit(questionCount: number, override: string | undefined): boolean {
  if (override === undefined || override === '') return questionCount >= SPLIT_FROM_QUESTIONS;
  if (override === 'always') return true;
  if (override === 'never') return false;
  throw new Error(`BUILD_SPLIT is "${override}"; use one of ${SPLIT_CHOICES.join(', ')}, or leave it unset to split from ${SPLIT_FROM_QUESTIONS} questions`);
}

/** The environment of each `docusaurus build` run: one run, or the bundling run and then the rendering run. */
export function buildRuns(split: boolean): readonly Readonly<Record<string, string>>[] {
  return split ? [{ DOCUSAURUS_EXIT_AFTER_BUNDLING: 'true' }, { DOCUSAURUS_SKIP_BUNDLING: 'true' }] : [{}];
}

function main(): void {
  const siteDir = resolve('.');
  const questionCount = readQuestionCount(generatedDataFiles(siteDir, SITE_DATA_DIR).topicsFile);
  const split = shouldSplit(questionCount, process.env.BUILD_SPLIT);
  const docusaurus = createRequire(import.meta.url).resolve('@docusaurus/core/bin/docusaurus.mjs');
  if (split) console.log(`[build] ${questionCount} questions: bundling, then rendering in a second process (deploy/build-site.ts)`);
  const threads = ssgThreadEnv(questionCount, process.env);
  for (const env of buildRuns(split)) {
    const run = spawnSync(process.execPath, [docusaurus, 'build', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, ...threads, ...env } });
    if (run.error) throw run.error;
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (error) {
    console.error(`deploy/build-site.ts: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
