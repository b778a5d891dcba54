/**
 * Issue 6's Lighthouse budgets, on the /sre/ build served like a real host:
 * for every page type (tooling/page-types.ts) with the mobile and the
 * desktop preset, Accessibility, Best Practices and SEO must be 100. A page
 * kept out of search engines on purpose (the quiz pages) loses SEO points on
 * exactly one audit, is-crawlable, and on nothing else.
 *
 * Performance is timing, and timing depends on the machine, so it decides
 * nothing here: the table of every score (Performance and its metrics
 * included) prints at the end for a reader, and `npm run bench:lighthouse`
 * (tooling/bench/lighthouse.bench.ts) measures it properly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRuns, PRESETS, startLighthouse, type LighthouseRun, type LighthouseSession } from '../../tooling/lighthouse/run-lighthouse.ts';
import { pageTypes } from '../../tooling/page-types.ts';
import { TEST_BASE_URL } from './global-setup.ts';
import { buildDir } from './helpers/site.ts';

let lighthouse: LighthouseSession;
const results: LighthouseRun[] = [];

beforeAll(async () => {
  lighthouse = await startLighthouse(buildDir, TEST_BASE_URL);
});
afterAll(async () => {
  await lighthouse?.close();
  if (results.length > 0) console.log(`[lighthouse] Performance is printed for information only; it decides nothing here.\n${formatRuns(results)}`);
});

describe.each(pageTypes().map((page) => [page.name, page] as const))('Lighthouse on the %s page', (_name, page) => {
  it.each(PRESETS)(
    '%s: Accessibility, Best Practices and SEO 100',
    async (preset) => {
      const run = await lighthouse.audit(page, preset);
      results.push(run);
      const lost = run.failedAudits.join(', ') || 'none';
      expect(run.scores.accessibility, `accessibility audits that failed: ${lost}`).toBe(100);
      expect(run.scores['best-practices'], `best-practices audits that failed: ${lost}`).toBe(100);
      if (page.noindex) expect(run.failedAudits.filter((audit) => audit.startsWith('seo/'))).toEqual(['seo/is-crawlable']);
      else expect(run.scores.seo, `SEO audits that failed: ${lost}`).toBe(100);
    },
    180_000,
  );
});
