/**
 * Lighthouse 12.2.3 (the last release that runs on Node 20) against a built
 * site served like a real host (tooling/server/static-server.ts: compression,
 * caching, real 404), with the mobile and the desktop preset. Used by
 * `npm run bench:lighthouse` (prints every score) and by the budget test
 * (test/browser/lighthouse.test.ts, which fails CI below the budgets).
 */
import type { AddressInfo } from 'node:net';
import { CHROMIUM_ARGS, chromiumPath } from '../browser/chromium.ts';
import { createStaticServer } from '../server/static-server.ts';

export type Preset = 'mobile' | 'desktop';
export const PRESETS: readonly Preset[] = ['mobile', 'desktop'];

/** Lighthouse's four categories, by their ids. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The metrics behind the Performance score, in milliseconds (CLS unitless). */
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
} as const;
export type Metric = keyof typeof METRICS;

export interface LighthouseRun {
  readonly page: string;
  readonly path: string;
  readonly preset: Preset;
  readonly scores: Readonly<Record<Category, number>>;
  readonly metrics: Readonly<Record<Metric, number>>;
  /** Audits with weight that cost points outside Performance, as `category/audit-id`. */
  readonly failedAudits: readonly string[];
}

export interface PageToAudit {
  readonly name: string;
  /** Path from the site's root, without the base URL: `/questions/decide-rto-rpo`. */
  readonly path: string;
}

export interface LighthouseSession {
  audit(page: PageToAudit, preset: Preset): Promise<LighthouseRun>;
  close(): Promise<void>;
}

/** Starts the static server and one Chromium that every audit reuses (each audit opens a fresh tab). */
export async function startLighthouse(root: string, baseUrl = '/'): Promise<LighthouseSession> {
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const server = createStaticServer({ root, baseUrl });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}${baseUrl.replace(/\/$/, '')}`;
  // chrome-launcher gives the browser a fresh temporary profile of its own.
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: [...CHROMIUM_ARGS] });
  return {
    async audit(page, preset) {
      const result = await lighthouse(
        origin + page.path,
        { port: chrome.port, output: 'json', logLevel: 'error' },
        preset === 'desktop' ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`Lighthouse returned no result for ${page.path} (${preset})`);
      const { categories, audits, runtimeError } = result.lhr;
      if (runtimeError) throw new Error(`Lighthouse could not audit ${page.path} (${preset}): ${runtimeError.code}: ${runtimeError.message}`);
      const score = (id: Category) => Math.round((categories[id]?.score ?? 0) * 100);
      return {
        page: page.name,
        path: page.path,
        preset,
        scores: Object.fromEntries(CATEGORIES.map((id) => [id, score(id)])) as Record<Category, number>,
        metrics: Object.fromEntries(Object.entries(METRICS).map(([key, id]) => [key, audits[id]?.numericValue ?? Number.NaN])) as Record<Metric, number>,
        failedAudits: CATEGORIES.filter((id) => id !== 'performance').flatMap((category) =>
          (categories[category]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1).map((ref) => `${category}/${ref.id}`),
        ),
      };
    },
    async close() {
      chrome.kill();
      server.closeAllConnections();
      await new Promise<void>((closed) => server.close(() => closed()));
    },
  };
}

/** The run with the median Performance score: Lighthouse's own advice for noisy machines. */
export function medianRun(runs: readonly LighthouseRun[]): LighthouseRun {
  if (runs.length === 0) throw new Error('medianRun: no runs');
  const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value).toLocaleString('en-US')} ms` : '–');

export function formatRuns(runs: readonly LighthouseRun[]): string {
  return [
    '| page | preset | Performance | Accessibility | Best Practices | SEO | FCP | LCP | TBT | CLS | Speed Index |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...runs.map(({ page, preset, scores: s, metrics: m }) =>
      [page, preset, s.performance, s.accessibility, s['best-practices'], s.seo, ms(m.fcp), ms(m.lcp), ms(m.tbt), m.cls.toFixed(3), ms(m.si)]
        .join(' | ')
        .replace(/^/, '| ')
        .concat(' |'),
    ),
  ].join('\n');
}
