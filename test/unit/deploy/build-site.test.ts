import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildRuns, shouldSplit, ssgThreadEnv } from '../../../deploy/build-site.ts';

describe('npm run build: one process or two', () => {
  it('splits from 1,000 questions, unless BUILD_SPLIT says otherwise', () => {
    // Written-down cases: the real bank, just under and at the threshold, the benchmark's sizes.
    const cases: [questions: number, override: string | undefined, split: boolean][] = [
      [55, undefined, false],
      [999, undefined, false],
      [1000, undefined, true],
      [10_000, undefined, true],
      [55, 'always', true],
      [10_000, 'never', false],
      [2000, '', true],
    ];
    for (const [questions, override, split] of cases) expect(shouldSplit(questions, override), `${questions} questions, BUILD_SPLIT=${override}`).toBe(split);
  });

  it('refuses an unknown BUILD_SPLIT, naming the valid choices', () => {
    expect(() => shouldSplit(55, 'yes')).toThrowErrorMatchingInlineSnapshot(
      `[Error: BUILD_SPLIT is "yes"; use one of always, never, or leave it unset to split from 1000 questions]`,
    );
  });

  it('split, bundles in the first run and renders from its bundles in the second, with switches this Docusaurus reads', () => {
    expect(buildRuns(false)).toEqual([{}]);
    const [bundle, render] = buildRuns(true);
    expect(Object.keys(bundle!)).toEqual(['DOCUSAURUS_EXIT_AFTER_BUNDLING']);
    expect(Object.keys(render!)).toEqual(['DOCUSAURUS_SKIP_BUNDLING']);
    // A Docusaurus upgrade that dropped a switch would make each run a whole build: the output alike, the point lost.
    const buildLocale = readFileSync(createRequire(import.meta.url).resolve('@docusaurus/core/lib/commands/build/buildLocale.js'), 'utf8');
    const reads = (name: string, value: string) => buildLocale.includes(`process.env.${name} === '${value}'`);
    for (const [name, value] of Object.entries({ ...bundle, ...render })) expect(reads(name, value), name).toBe(true);
    // Negative control: a switch it does not read is not found.
    expect(reads('DOCUSAURUS_EXIT_AFTER_RENDERING', 'true')).toBe(false);
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
