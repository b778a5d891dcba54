/**
 * Issue 6's Lighthouse budgets, on the /sre/ build served like a real host:
 * for every page type (tooling/page-types.ts) with the mobile and the
 * desktop preset, Accessibility, Best Practices and SEO must be 100, and
 * mobile Performance at least 85 (the goal is 95; the margin is for noise).
 * A page kept out of search engines on purpose (the quiz pages) loses SEO
 * points on exactly one audit, is-crawlable, and on nothing else.
 *
 * Performance is timing, and these machines are shared: a page under the
 * floor is audited twice more and judged by the median of the three runs,
 * as Lighthouse advises. The other categories do not depend on timing. The
 * table of every score prints at the end; `npm run bench:lighthouse` prints
 * the same for a local build.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatRuns, medianRun, PRESETS, startLighthouse, type LighthouseRun, type LighthouseSession } from '../../tooling/lighthouse/run-lighthouse.ts';
import { pageTypes } from '../../tooling/page-types.ts';
import { TEST_BASE_URL } from './global-setup.ts';

const MOBILE_PERFORMANCE_FLOOR = 85;
const RUNS_WHEN_UNDER_FLOOR = 3;

let lighthouse: LighthouseSession;
const results: LighthouseRun[] = [];

beforeAll(async () => {
  lighthouse = await startLighthouse(inject('buildDir'), TEST_BASE_URL);
});
afterAll(async () => {
  await lighthouse?.close();
  if (results.length > 0) console.log(`[lighthouse]\n${formatRuns(results)}`);
});

describe.each(pageTypes().map((page) => [page.name, page] as const))('Lighthouse on the %s page', (_name, page) => {
  it.each(PRESETS)('%s: Accessibility, Best Practices and SEO 100; mobile Performance at least 85', async (preset) => {
    const runs = [await lighthouse.audit(page, preset)];
    if (preset === 'mobile' && runs[0]!.scores.performance < MOBILE_PERFORMANCE_FLOOR) {
      while (runs.length < RUNS_WHEN_UNDER_FLOOR) runs.push(await lighthouse.audit(page, preset));
    }
    const run = medianRun(runs);
    results.push(run);
    const lost = run.failedAudits.join(', ') || 'none';
    expect(run.scores.accessibility, `accessibility audits that failed: ${lost}`).toBe(100);
    expect(run.scores['best-practices'], `best-practices audits that failed: ${lost}`).toBe(100);
    if (page.noindex) expect(run.failedAudits.filter((audit) => audit.startsWith('seo/'))).toEqual(['seo/is-crawlable']);
    else expect(run.scores.seo, `SEO audits that failed: ${lost}`).toBe(100);
    if (preset === 'mobile') {
      expect(
        run.scores.performance,
        `mobile Performance over ${runs.length} run(s): ${runs.map((each) => each.scores.performance).join(', ')}; metrics of the median run: ${JSON.stringify(run.metrics)}`,
      ).toBeGreaterThanOrEqual(MOBILE_PERFORMANCE_FLOOR);
    }
  }, 180_000);
});
