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

/** Where the main thread's time went, from the audits Lighthouse reports it in; each list largest first. */
export interface MainThreadWork {
  /** mainthread-work-breakdown: time by kind of work (Script Evaluation, Style & Layout, …). */
  readonly byCategory: readonly { readonly label: string; readonly ms: number }[];
  /** bootup-time: main-thread time per script URL, and how much of it was evaluating the script. */
  readonly byScript: readonly { readonly url: string; readonly totalMs: number; readonly scriptingMs: number }[];
  /** long-tasks: the longest tasks (over 50 ms, the ones that make up Total Blocking Time) and the URL they are attributed to. */
  readonly longTasks: readonly { readonly url: string; readonly ms: number; readonly startMs: number }[];
}

export interface LighthouseRun {
  readonly page: string;
  readonly path: string;
  readonly preset: Preset;
  readonly scores: Readonly<Record<Category, number>>;
  readonly metrics: Readonly<Record<Metric, number>>;
  /** Audits with weight that cost points outside Performance, as `category/audit-id`. */
  readonly failedAudits: readonly string[];
  readonly mainThread: MainThreadWork;
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

export interface SiteToServe {
  /** The build folder. */
  readonly root: string;
  /** The base URL it was built under: `/`, `/sre/`. */
  readonly baseUrl?: string;
}

/** Starts the static server and one Chromium that every audit reuses (each audit opens a fresh tab). */
export async function startLighthouse(root: string, baseUrl = '/'): Promise<LighthouseSession> {
  const { sessions } = await startLighthouseOnSites([{ root, baseUrl }]);
  return sessions[0]!;
}

/**
 * One static server per site and one Chromium for all of them, so sites audited in turn share the same browser and
 * the same server code (compression and caching included): the only difference between their figures is the sites.
 * Closing any session closes them all.
 */
export async function startLighthouseOnSites(sites: readonly SiteToServe[]): Promise<{ sessions: LighthouseSession[]; close: () => Promise<void> }> {
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const servers = sites.map(({ root, baseUrl = '/' }) => ({ baseUrl, server: createStaticServer({ root, baseUrl }) }));
  await Promise.all(servers.map(({ server }) => new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()))));
  // chrome-launcher gives the browser a fresh temporary profile of its own.
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: [...CHROMIUM_ARGS] });
  const close = async () => {
    chrome.kill();
    await Promise.all(
      servers.map(({ server }) => {
        server.closeAllConnections();
        return new Promise<void>((closed) => server.close(() => closed()));
      }),
    );
  };
  const sessions = servers.map(({ baseUrl, server }): LighthouseSession => {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}${baseUrl.replace(/\/$/, '')}`;
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
          mainThread: mainThreadWork(audits, origin),
        };
      },
      close,
    };
  });
  return { sessions, close };
}

type AuditItem = Readonly<Record<string, unknown>>;

/** The table rows of an audit's details (Lighthouse types them loosely; the fields read here are checked as read). */
function itemsOf(audits: Readonly<Record<string, { details?: unknown }>>, id: string): AuditItem[] {
  const items = (audits[id]?.details as { items?: unknown } | undefined)?.items;
  return Array.isArray(items) ? (items as AuditItem[]) : [];
}

const numberOf = (value: unknown) => (typeof value === 'number' ? value : 0);

function mainThreadWork(audits: Readonly<Record<string, { details?: unknown }>>, origin: string): MainThreadWork {
  // Same-site URLs are shown as paths, so ours and stock read alike.
  const shortUrl = (value: unknown) => (typeof value === 'string' ? value.replace(origin, '') || '/' : String(value));
  const largestFirst = <T>(rows: T[], size: (row: T) => number) => rows.sort((a, b) => size(b) - size(a));
  return {
    byCategory: largestFirst(
      itemsOf(audits, 'mainthread-work-breakdown').map((item) => ({ label: String(item.groupLabel ?? item.group), ms: numberOf(item.duration) })),
      (row) => row.ms,
    ),
    byScript: largestFirst(
      itemsOf(audits, 'bootup-time').map((item) => ({ url: shortUrl(item.url), totalMs: numberOf(item.total), scriptingMs: numberOf(item.scripting) })),
      (row) => row.totalMs,
    ),
    longTasks: largestFirst(
      itemsOf(audits, 'long-tasks').map((item) => ({ url: shortUrl(item.url), ms: numberOf(item.duration), startMs: numberOf(item.startTime) })),
      (row) => row.ms,
    ),
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
