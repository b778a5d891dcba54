import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  type BuildSplit,
  buildSteps,
  bundlerHeapLimitMiB,
  outDirOf,
  SERVER_BUNDLE_DIR,
  splitFor,
  ssgThreadEnv,
  withOutDir,
} from '../../../deploy/build-site.ts';

describe('npm run build: one process, two or three', () => {
  it('splits from 1,000 questions and bundles each compilation apart from 5,000, unless BUILD_SPLIT says otherwise', () => {
    // Written-down cases: the real bank, just under and at each threshold, the benchmark's sizes, each override.
    const cases: [questions: number, override: string | undefined, split: BuildSplit][] = [
      [55, undefined, 'none'],
      [999, undefined, 'none'],
      [1000, undefined, 'bundle-then-render'],
      [2000, '', 'bundle-then-render'],
      [4999, undefined, 'bundle-then-render'],
      [5000, undefined, 'each-compilation'],
      [10_000, undefined, 'each-compilation'],
      [55, 'always', 'bundle-then-render'],
      [55, 'compilations', 'each-compilation'],
      [10_000, 'never', 'none'],
      [10_000, 'always', 'bundle-then-render'],
    ];
    for (const [questions, override, split] of cases) expect(splitFor(questions, override), `${questions} questions, BUILD_SPLIT=${override}`).toBe(split);
  });

  it('refuses an unknown BUILD_SPLIT, naming the valid choices', () => {
    expect(() => splitFor(55, 'yes')).toThrowErrorMatchingInlineSnapshot(
      `[Error: BUILD_SPLIT is "yes"; use one of always, never, compilations, or leave it unset to split from 1000 questions and bundle each compilation apart from 5000]`,
    );
  });

  it('split, bundles in the first run and renders from its bundles in the second, with switches this Docusaurus reads', () => {
    expect(buildSteps('none')).toEqual([{ kind: 'docusaurus', env: {}, outDir: 'build' }]);
    expect(buildSteps('bundle-then-render')).toEqual([
      { kind: 'docusaurus', env: { DOCUSAURUS_EXIT_AFTER_BUNDLING: 'true' }, outDir: 'build' },
      { kind: 'docusaurus', env: { DOCUSAURUS_SKIP_BUNDLING: 'true' }, outDir: 'build' },
    ]);
    // A Docusaurus upgrade that dropped a switch would make each run a whole build: the output alike, the point lost.
    const buildLocale = readFileSync(createRequire(import.meta.url).resolve('@docusaurus/core/lib/commands/build/buildLocale.js'), 'utf8');
    const reads = (name: string, value: string) => buildLocale.includes(`process.env.${name} === '${value}'`);
    for (const name of ['DOCUSAURUS_EXIT_AFTER_BUNDLING', 'DOCUSAURUS_SKIP_BUNDLING']) expect(reads(name, 'true'), name).toBe(true);
    // Negative control: a switch it does not read is not found.
    expect(reads('DOCUSAURUS_EXIT_AFTER_RENDERING', 'true')).toBe(false);
  });

  it('each compilation apart: the client’s into the build, the server’s from its compiled MDX into a scratch folder, the server bundle moved in, then rendering', () => {
    expect(buildSteps('each-compilation')).toEqual([
      { kind: 'empty-compiled-mdx' },
      { kind: 'docusaurus', env: { DOCUSAURUS_EXIT_AFTER_BUNDLING: 'true', SRE_BUNDLE_ONLY: 'client' }, outDir: 'build' },
      { kind: 'docusaurus', env: { DOCUSAURUS_EXIT_AFTER_BUNDLING: 'true', SRE_BUNDLE_ONLY: 'server' }, outDir: 'scratch' },
      { kind: 'take-server-bundle' },
      { kind: 'docusaurus', env: { DOCUSAURUS_SKIP_BUNDLING: 'true' }, outDir: 'build' },
    ]);
    // The server bundle is where this Docusaurus writes it (negative control: another folder name is not found).
    const serverConfig = readFileSync(createRequire(import.meta.url).resolve('@docusaurus/core/lib/webpack/server.js'), 'utf8');
    expect(serverConfig).toContain(`path_1.default.join(props.outDir, '${SERVER_BUNDLE_DIR}')`);
    expect(serverConfig).not.toContain(`path_1.default.join(props.outDir, '__ssr')`);
  });

  it('limits V8’s heap in a process that bundles one compilation alone, above what 10,000 questions were measured to use', () => {
    // Measured (README.md "Build time and size"): bundling 10,000 questions' client or server alone, V8 had at most
    // 0.85 GiB in use, and both passed with the limit at 1,280 MiB; a limit under what is in use would end the build.
    expect(bundlerHeapLimitMiB(10_000)).toBeGreaterThan(0.85 * 1024);
    expect(bundlerHeapLimitMiB(10_000)).toBeLessThanOrEqual(1280);
    // It grows with the bank, so a larger bank does not run out of heap (negative control: it is not a constant).
    expect(bundlerHeapLimitMiB(20_000)).toBeGreaterThan(bundlerHeapLimitMiB(10_000) + 900);
    expect(bundlerHeapLimitMiB(5000)).toBeLessThan(bundlerHeapLimitMiB(10_000));
  });

  it('finds and replaces the output folder in docusaurus build’s arguments', () => {
    // Written-down cases: no option (Docusaurus's default), each spelling, the option among others.
    expect(outDirOf([])).toBe('build');
    expect(outDirOf(['--out-dir', 'out'])).toBe('out');
    expect(outDirOf(['--out-dir=out', '--no-minify'])).toBe('out');
    expect(outDirOf(['--no-minify', '--out-dir', '/tmp/x'])).toBe('/tmp/x');
    expect(withOutDir(['--out-dir', 'out', '--no-minify'], '/tmp/s')).toEqual(['--no-minify', '--out-dir', '/tmp/s']);
    expect(withOutDir(['--out-dir=out'], '/tmp/s')).toEqual(['--out-dir', '/tmp/s']);
    expect(withOutDir([], '/tmp/s')).toEqual(['--out-dir', '/tmp/s']);
  });

  it('renders a bank under 200 questions in the build’s thread, unless the environment sets a thread count', () => {
    // Written-down cases: the real bank, just under and at the threshold, a large bank, a count the reader set.
    expect(ssgThreadEnv(55, {})).toEqual({ DOCUSAURUS_SSG_WORKER_THREAD_COUNT: '1' });
    expect(ssgThreadEnv(199, { PATH: '/usr/bin' })).toEqual({ DOCUSAURUS_SSG_WORKER_THREAD_COUNT: '1' });
    expect(ssgThreadEnv(200, {})).toEqual({});
    expect(ssgThreadEnv(2000, {})).toEqual({});
    expect(ssgThreadEnv(55, { DOCUSAURUS_SSG_WORKER_THREAD_COUNT: '2' })).toEqual({});
    // The variable is one this Docusaurus reads (negative control: a misspelt one is not found).
    const ssgEnv = readFileSync(createRequire(import.meta.url).resolve('@docusaurus/core/lib/ssg/ssgEnv.js'), 'utf8');
    expect(ssgEnv).toContain('process.env.DOCUSAURUS_SSG_WORKER_THREAD_COUNT');
    expect(ssgEnv).not.toContain('process.env.DOCUSAURUS_SSG_WORKER_THREADS_COUNT');
  });
});
