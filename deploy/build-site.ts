/**
 * `npm run build`: `docusaurus build`, in one process for a small bank, in two for a large one, and in three for a very
 * large one.
 *
 * Rspack does not hand its memory back when bundling ends: Docusaurus renders the pages and runs every plugin's
 * postBuild in the process that bundled, so a build's peak is the bundler's memory with the rendering workers' on top
 * (about 1 MB a question for the bundler). Docusaurus can stop after bundling (DOCUSAURUS_EXIT_AFTER_BUNDLING) and
 * render from the bundles already on disk (DOCUSAURUS_SKIP_BUNDLING); run in two processes, one after the other, the
 * peak is the larger of the two instead of their sum, and the build folder is the same, file for file
 * (test/browser/build-split.test.ts). The second process loads the site again, a few seconds, so a small bank, whose
 * memory is no concern, builds in one. See README.md "Build time and size".
 *
 * From 5,000 questions the bundling is split again, one process per compilation (lib/bundle-one-compilation.ts): the
 * client's into the build, leaving each MDX file's compiled code in a scratch folder, then the server's, from that code,
 * into another scratch folder; its server bundle then replaces the client's run's empty one in the build.
 *
 * A small bank is also rendered in the build's own thread: Docusaurus starts an SSG worker thread per 100 pages, up to one
 * per core, and each loads the whole server bundle first, which at 52 questions (two threads) took longer than
 * rendering the pages. Docusaurus reads DOCUSAURUS_SSG_WORKER_THREAD_COUNT when its CLI starts, before any site config, so
 * only this launcher can set it.
 *
 * Usage: node --require tsx/cjs deploy/build-site.ts [docusaurus build's arguments, such as --out-dir dir]
 * Run under tsx's CommonJS hook, as package.json does: `--import tsx` also starts a thread for ES module hooks, which
 * nothing here needs (node alone, 0.10 s; with `--require tsx/cjs`, 0.15 s; with `--import tsx`, 0.36 s).
 * BUILD_SPLIT=always|never|compilations (two processes, one, three) overrides the choice, which is by the number of
 * generated questions; a DOCUSAURUS_SSG_WORKER_THREAD_COUNT already set is kept.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { BUNDLE_ONLY_ENV, COMPILED_MDX_DIR_ENV } from '../lib/bundle-one-compilation.ts';
import { generatedDataFiles, readQuestionCount } from '../contract/read-records.ts';
import { SITE_DATA_DIR } from '../contract/records.ts';

/** From this many questions the build runs in two processes (2,000 questions: 2.7 GiB in one, 2.2 GiB in two). */
export const SPLIT_FROM_QUESTIONS = 1000;

/**
 * From this many questions each compilation is also bundled in its own process, so the build runs in three
 * (lib/bundle-one-compilation.ts). 10,000 questions, bundling alone: 6.2 GiB for both at once, 3.7 GiB for the client's
 * and 3.4 GiB for the server's apart. Below, a third load of the site, and the two compilations bundled one after the
 * other instead of side by side, cost more time than the memory is worth.
 */
export const SEPARATE_COMPILATIONS_FROM_QUESTIONS = 5000;

/** One `docusaurus build`; bundling, then rendering; or the server's bundling, the client's, then rendering. */
export type BuildSplit = 'none' | 'bundle-then-render' | 'each-compilation';

/** What each BUILD_SPLIT value asks for. */
const SPLIT_OVERRIDES: Readonly<Record<string, BuildSplit>> = { always: 'bundle-then-render', never: 'none', compilations: 'each-compilation' };

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

export function splitFor(questionCount: number, override: string | undefined): BuildSplit {
  if (override === undefined || override === '') {
    if (questionCount >= SEPARATE_COMPILATIONS_FROM_QUESTIONS) return 'each-compilation';
    return questionCount >= SPLIT_FROM_QUESTIONS ? 'bundle-then-render' : 'none';
  }
  if (Object.hasOwn(SPLIT_OVERRIDES, override)) return SPLIT_OVERRIDES[override]!;
  throw new Error(
    `BUILD_SPLIT is "${override}"; use one of ${Object.keys(SPLIT_OVERRIDES).join(', ')}, or leave it unset to split from ${SPLIT_FROM_QUESTIONS} questions ` +
      `and bundle each compilation apart from ${SEPARATE_COMPILATIONS_FROM_QUESTIONS}`,
  );
}

/** A `docusaurus build` run: its environment, and whether it writes into the build folder or a scratch folder beside it. */
interface DocusaurusRun {
  readonly kind: 'docusaurus';
  readonly env: Readonly<Record<string, string>>;
  readonly outDir: 'build' | 'scratch';
}

/** Empties the compiled-MDX folder, for the client's run to fill. */
interface EmptyCompiledMdx {
  readonly kind: 'empty-compiled-mdx';
}

/**
 * The server bundle bundled into the scratch folder replaces the empty one the client's run left in the build folder;
 * both scratch folders are removed.
 */
interface TakeServerBundle {
  readonly kind: 'take-server-bundle';
}

export type BuildStep = DocusaurusRun | EmptyCompiledMdx | TakeServerBundle;

const BUNDLE_ONLY = { DOCUSAURUS_EXIT_AFTER_BUNDLING: 'true' } as const;
const RENDER_ONLY = { DOCUSAURUS_SKIP_BUNDLING: 'true' } as const;

/**
 * The steps of a build. The client's compilation is bundled first, into the build: the server's takes each MDX file's
 * compiled code from it (lib/bundle-one-compilation.ts). Each bundling run empties its output folder first, so the
 * server's goes into a scratch folder, and it leaves the client's manifest alone (server/one-compilation.ts).
 */
export function buildSteps(split: BuildSplit): readonly BuildStep[] {
  const run = (env: DocusaurusRun['env'], outDir: DocusaurusRun['outDir'] = 'build'): DocusaurusRun => ({ kind: 'docusaurus', env, outDir });
  switch (split) {
    case 'none':
      return [run({})];
    case 'bundle-then-render':
      return [run(BUNDLE_ONLY), run(RENDER_ONLY)];
    case 'each-compilation':
      return [
        { kind: 'empty-compiled-mdx' },
        run({ ...BUNDLE_ONLY, [BUNDLE_ONLY_ENV]: 'client' }),
        run({ ...BUNDLE_ONLY, [BUNDLE_ONLY_ENV]: 'server' }, 'scratch'),
        { kind: 'take-server-bundle' },
        run(RENDER_ONLY),
      ];
  }
}

/**
 * V8's heap limit, in MiB, for a process that bundles one compilation alone: 256 MiB and 0.1 MiB a question. Without
 * a limit V8 lets its heap grow well past what it uses, since memory looks plentiful: bundling the client's compilation
 * of 10,000 questions alone peaked at 4.40 GiB, and at 3.65 GiB with the limit at 1,280 MiB. With the limit, V8's heap
 * stayed under 1.0 GiB, at most 0.81 GiB of it in use for the client's compilation and 0.85 GiB for the server's (the
 * loaded site is about 0.5 GiB of that), so 1,256 MiB at 10,000 questions leaves room, and it grows with the bank.
 */
export function bundlerHeapLimitMiB(questionCount: number): number {
  return 256 + Math.ceil(questionCount / 10);
}

/** Where Docusaurus writes the server bundle, under the output folder (@docusaurus/core/lib/webpack/server.js). */
export const SERVER_BUNDLE_DIR = '__server';

const OUT_DIR_OPTION = '--out-dir';

/** The output folder `docusaurus build` gets from these arguments: its --out-dir, or its default, build. */
export function outDirOf(args: readonly string[]): string {
  let outDir = 'build';
  args.forEach((arg, index) => {
    if (arg === OUT_DIR_OPTION && args[index + 1] !== undefined) outDir = args[index + 1]!;
    else if (arg.startsWith(`${OUT_DIR_OPTION}=`)) outDir = arg.slice(OUT_DIR_OPTION.length + 1);
  });
  return outDir;
}

/** The same arguments with the output folder replaced. */
export function withOutDir(args: readonly string[], outDir: string): string[] {
  const kept = args.filter((arg, index) => arg !== OUT_DIR_OPTION && args[index - 1] !== OUT_DIR_OPTION && !arg.startsWith(`${OUT_DIR_OPTION}=`));
  return [...kept, OUT_DIR_OPTION, outDir];
}

function main(): void {
  const siteDir = resolve('.');
  const questionCount = readQuestionCount(generatedDataFiles(siteDir, SITE_DATA_DIR).topicsFile);
  const split = splitFor(questionCount, process.env.BUILD_SPLIT);
  const docusaurus = createRequire(import.meta.url).resolve('@docusaurus/core/bin/docusaurus.mjs');
  const args = process.argv.slice(2);
  const outDir = resolve(outDirOf(args));
  const scratch = `${outDir}-server-bundle`;
  const compiledMdx = `${outDir}-compiled-mdx`;
  if (split === 'bundle-then-render') console.log(`[build] ${questionCount} questions: bundling, then rendering in a second process (deploy/build-site.ts)`);
  if (split === 'each-compilation') {
    console.log(
      `[build] ${questionCount} questions: bundling the client's compilation, then the server's, then rendering, each in its own process (deploy/build-site.ts)`,
    );
  }
  const threads = ssgThreadEnv(questionCount, process.env);
  for (const step of buildSteps(split)) {
    if (step.kind === 'empty-compiled-mdx') {
      rmSync(compiledMdx, { recursive: true, force: true });
      mkdirSync(compiledMdx, { recursive: true });
      continue;
    }
    if (step.kind === 'take-server-bundle') {
      rmSync(join(outDir, SERVER_BUNDLE_DIR), { recursive: true, force: true });
      renameSync(join(scratch, SERVER_BUNDLE_DIR), join(outDir, SERVER_BUNDLE_DIR));
      rmSync(scratch, { recursive: true, force: true });
      rmSync(compiledMdx, { recursive: true, force: true });
      continue;
    }
    const alone = step.env[BUNDLE_ONLY_ENV];
    if (alone !== undefined) console.log(`[build] bundling the ${alone}'s compilation alone (${BUNDLE_ONLY_ENV}=${alone})`);
    const runArgs = step.outDir === 'scratch' ? withOutDir(args, scratch) : args;
    const nodeFlags = alone === undefined ? [] : [`--max-old-space-size=${bundlerHeapLimitMiB(questionCount)}`];
    const run = spawnSync(process.execPath, [...nodeFlags, docusaurus, 'build', ...runArgs], {
      stdio: 'inherit',
      env: { ...process.env, ...threads, ...step.env, ...(alone === undefined ? {} : { [COMPILED_MDX_DIR_ENV]: compiledMdx }) },
    });
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
