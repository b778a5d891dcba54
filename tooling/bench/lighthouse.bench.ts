/**
 * npm run bench:lighthouse -- [--runs 3] [--pages question,home] [--desktop] [--reuse | --ours-build <dir>] [--before-build <dir>] [--base-url /] [--site-url <url>]
 *
 * Lighthouse 12.2.3 on every page type (home, question, quiz, topic, guide, /search, /study), this site beside stock
 * Docusaurus 3.10.2 with the easyops search theme serving the same pages (issue 12's peer, generated and built by
 * stock-site/), in the same run: the two sites are served by the same server and audited by the same Chromium,
 * interleaved (ours, stock, ours, stock, …) so a busy machine slows both alike. Prints the medians of --runs runs
 * side by side with the TBT ratio, whether each of the issue's goals holds (printed only: this is a benchmark, it
 * never fails on a figure), and where our main-thread time goes.
 *
 * By default it builds ours first (`npm run build`, with BASE_URL/SITE_URL as given). --reuse serves the existing
 * build/ instead; --ours-build <dir> (or the older --dir) serves another existing build, which must have been built
 * under --base-url. The stock site is rebuilt only when its generated files change (build-stock/).
 *
 * --before-build <dir> adds a third site to the same interleaved run: an earlier build of ours (built under
 * --base-url too), so a change is measured before and after on the same machine at the same time, beside stock.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { normaliseBaseUrl } from '../../contract/urls.ts';
import { formatRuns, medianRun, startLighthouseOnSites, type LighthouseRun, type Metric, type Preset } from '../lighthouse/run-lighthouse.ts';
import { pageTypes, type PageType } from '../page-types.ts';
import { prepareStockSite } from './stock-site/prepare-stock-site.ts';

/** Issue 12's goals, on the mobile preset. */
const GOALS = { performance: 95, tbtMs: 150, tbtRatio: 0.5 } as const;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    desktop: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    'ours-build': { type: 'string' },
    'before-build': { type: 'string' },
    dir: { type: 'string' },
    'base-url': { type: 'string', default: process.env.BASE_URL ?? '/' },
    'site-url': { type: 'string', default: process.env.SITE_URL ?? 'http://localhost:3000' },
    pages: { type: 'string' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a whole number of at least 1, not "${values.runs}".`);
const baseUrl = normaliseBaseUrl(values['base-url']);
const siteUrl = values['site-url'];
const presets: Preset[] = values.desktop ? ['mobile', 'desktop'] : ['mobile'];
const existingBuild = values['ours-build'] ?? values.dir ?? (values.reuse ? 'build' : undefined);

/** Fails unless `root` is a build made under the base URL (a build made under another would load none of its assets here). */
function checkBuild(root: string): string {
  const index = resolve(root, 'index.html');
  if (!existsSync(index)) fail(`${index} not found: build ours first (\`npm run build\`), or leave out --reuse/--ours-build to let the bench build it.`);
  const assetsUnderBaseUrl = new RegExp(`[="']${baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}assets/`);
  if (!assetsUnderBaseUrl.test(readFileSync(index, 'utf8'))) {
    fail(
      `${index}:1: this build does not load its assets from ${baseUrl}assets/, so it was built under another base URL; pass the one it was built under as --base-url.`,
    );
  }
  return root;
}

/** Ours: the existing build named, or a fresh `npm run build` into build/. */
function oursBuild(): string {
  if (existingBuild === undefined) {
    console.error(`Building ours: npm run build (BASE_URL=${baseUrl} SITE_URL=${siteUrl}) …`);
    const build = spawnSync('npm', ['run', 'build'], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, BASE_URL: baseUrl, SITE_URL: siteUrl },
    });
    if (build.status !== 0) fail(`npm run build failed (exit ${build.status}); see the output above.`);
  }
  return checkBuild(resolve(existingBuild ?? 'build'));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

interface Medians {
  readonly performance: number;
  readonly metrics: Readonly<Record<Metric, number>>;
}

function medians(samples: readonly LighthouseRun[]): Medians {
  const metric = (key: Metric) => median(samples.map((sample) => sample.metrics[key]));
  return {
    performance: median(samples.map((sample) => sample.scores.performance)),
    metrics: { fcp: metric('fcp'), lcp: metric('lcp'), tbt: metric('tbt'), cls: metric('cls'), si: metric('si') },
  };
}

interface Comparison {
  readonly page: PageType;
  readonly preset: Preset;
  readonly ours: Medians;
  readonly stock: Medians;
  /** The --before-build's medians, when one was given. */
  readonly before?: Medians;
  /** Ours' run with the median Performance score: the one whose main-thread work is printed. */
  readonly oursMedianRun: LighthouseRun;
}

const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value).toLocaleString('en-US')}` : '–');
const score = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

function tbtRatio({ ours, stock }: Comparison): string {
  if (stock.metrics.tbt > 0) return (ours.metrics.tbt / stock.metrics.tbt).toFixed(2);
  return ours.metrics.tbt > 0 ? '∞ (stock 0 ms)' : '– (both 0 ms)';
}

function comparisonTable(rows: readonly Comparison[]): string {
  const side = ({ performance, metrics: m }: Medians) => [score(performance), ms(m.tbt), ms(m.lcp), ms(m.fcp), m.cls.toFixed(3)];
  return [
    '| page type | ours Perf | ours TBT ms | ours LCP ms | ours FCP ms | ours CLS | stock Perf | stock TBT ms | stock LCP ms | stock FCP ms | stock CLS | TBT ours/stock | Perf ours − stock |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((row) => {
      const difference = row.ours.performance - row.stock.performance;
      const cells = [row.page.name, ...side(row.ours), ...side(row.stock), tbtRatio(row), `${difference > 0 ? '+' : ''}${score(difference)}`];
      return `| ${cells.join(' | ')} |`;
    }),
  ].join('\n');
}

/** Before (--before-build), after (ours) and stock side by side: Performance, TBT and each side's TBT ratio to stock. */
function beforeAfterTable(rows: readonly Comparison[]): string {
  const ratio = (side: Medians, stock: Medians) => (stock.metrics.tbt > 0 ? (side.metrics.tbt / stock.metrics.tbt).toFixed(2) : '–');
  return [
    '| page type | before Perf | after Perf | stock Perf | before TBT ms | after TBT ms | stock TBT ms | before/stock TBT | after/stock TBT |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.flatMap(({ page, before, ours, stock }) =>
      before
        ? [
            `| ${[
              page.name,
              score(before.performance),
              score(ours.performance),
              score(stock.performance),
              ms(before.metrics.tbt),
              ms(ours.metrics.tbt),
              ms(stock.metrics.tbt),
              ratio(before, stock),
              ratio(ours, stock),
            ].join(' | ')} |`,
          ]
        : [],
    ),
  ].join('\n');
}

function goalsTable(rows: readonly Comparison[]): string {
  const verdict = (holds: boolean, figure: string) => `${holds ? 'yes' : 'NO'} (${figure})`;
  return [
    `| page type | Performance ≥ ${GOALS.performance} | TBT ≤ ${GOALS.tbtMs} ms | TBT ≤ ${GOALS.tbtRatio} × stock |`,
    '|---|---|---|---|',
    ...rows.map(({ page, ours, stock }) => {
      const limit = GOALS.tbtRatio * stock.metrics.tbt;
      return `| ${[
        page.name,
        verdict(ours.performance >= GOALS.performance, score(ours.performance)),
        verdict(ours.metrics.tbt <= GOALS.tbtMs, `${ms(ours.metrics.tbt)} ms`),
        verdict(ours.metrics.tbt <= limit, `${ms(ours.metrics.tbt)} ≤ ${ms(limit)} ms`),
      ].join(' | ')} |`;
    }),
  ].join('\n');
}

const TOP = 5;

function mainThreadReport({ page, preset, oursMedianRun: { mainThread } }: Comparison): string {
  const list = (title: string, lines: string[]) => [`  ${title}:`, ...(lines.length ? lines.map((line) => `    ${line}`) : ['    (none)'])];
  return [
    `${page.name} (${preset}, ${page.path}):`,
    ...list(
      `longest tasks (long-tasks, top ${TOP})`,
      mainThread.longTasks.slice(0, TOP).map((task) => `${ms(task.ms)} ms at ${ms(task.startMs)} ms  ${task.url}`),
    ),
    ...list(
      `scripts by main-thread time (bootup-time, top ${TOP}: total / evaluation)`,
      mainThread.byScript.slice(0, TOP).map((script) => `${ms(script.totalMs)} / ${ms(script.scriptingMs)} ms  ${script.url}`),
    ),
    ...list(
      `main-thread work by kind (mainthread-work-breakdown, top ${TOP})`,
      mainThread.byCategory.slice(0, TOP).map((work) => `${ms(work.ms)} ms  ${work.label}`),
    ),
  ].join('\n');
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');

/** Stock has no quiz pages and no guides: its counterpart of either is the question page. */
function stockPage(page: PageType, questionPage: PageType): PageType {
  return page.name === 'quiz' || page.name === 'guide' ? { ...page, path: questionPage.path } : page;
}

/** The first guide (docs/guides/<slug>.mdx, served at /guides/<slug>), when the generator copied any. */
function guidePage(): PageType[] {
  const slugs = existsSync('docs/guides')
    ? readdirSync('docs/guides')
        .filter((name) => name.endsWith('.mdx'))
        .sort()
    : [];
  return slugs[0] ? [{ name: 'guide', path: `/guides/${slugs[0].slice(0, -'.mdx'.length)}` }] : [];
}

async function main(): Promise<void> {
  const loadAtStart = load();
  const oursRoot = oursBuild();
  const beforeRoot = values['before-build'] === undefined ? undefined : checkBuild(resolve(values['before-build']));
  const allPages = [...pageTypes(), ...guidePage()];
  const wanted = values.pages?.split(',').map((name) => name.trim());
  const unknown = wanted?.filter((name) => !allPages.some((page) => page.name === name)) ?? [];
  if (unknown.length > 0) fail(`--pages: no page type ${unknown.join(', ')}; the page types are ${allPages.map((page) => page.name).join(', ')}.`);
  const pages = wanted ? allPages.filter((page) => wanted.includes(page.name)) : allPages;
  const questionPage =
    allPages.find((page) => page.name === 'question') ?? fail('tooling/page-types.ts has no "question" page type for the quiz page to stand in for.');
  console.error(`Building the stock peer under ${baseUrl} …`);
  const stock = prepareStockSite({ baseUrl, siteUrl });
  console.error(stock.reused ? `Reusing ${stock.outDir} (its generated files have not changed).` : `Built ${stock.outDir}.`);

  const { sessions, close } = await startLighthouseOnSites([
    { root: oursRoot, baseUrl },
    { root: stock.outDir, baseUrl },
    ...(beforeRoot ? [{ root: beforeRoot, baseUrl }] : []),
  ]);
  const [oursSession, stockSession, beforeSession] = sessions as [(typeof sessions)[0], (typeof sessions)[0], (typeof sessions)[0] | undefined];
  const rows: Comparison[] = [];
  try {
    for (const preset of presets) {
      for (const page of pages) {
        const oursSamples: LighthouseRun[] = [];
        const stockSamples: LighthouseRun[] = [];
        const beforeSamples: LighthouseRun[] = [];
        for (let run = 1; run <= runs; run++) {
          console.error(`${preset} ${page.name} run ${run}/${runs}: ours …`);
          oursSamples.push(await oursSession.audit(page, preset));
          console.error(`${preset} ${page.name} run ${run}/${runs}: stock …`);
          stockSamples.push(await stockSession.audit(stockPage(page, questionPage), preset));
          if (beforeSession) {
            console.error(`${preset} ${page.name} run ${run}/${runs}: before …`);
            beforeSamples.push(await beforeSession.audit(page, preset));
          }
        }
        rows.push({
          page,
          preset,
          ours: medians(oursSamples),
          stock: medians(stockSamples),
          ...(beforeSession ? { before: medians(beforeSamples) } : {}),
          oursMedianRun: medianRun(oursSamples),
        });
      }
    }
  } finally {
    await close();
  }

  console.log(
    `Lighthouse 12.2.3, ours (${oursRoot}) beside stock Docusaurus 3.10.2 + @easyops-cn/docusaurus-search-local (${stock.outDir}), base URL ${baseUrl}.`,
  );
  console.log(`Medians of ${runs} run${runs > 1 ? 's' : ''} per side, interleaved ours/stock; each column is its own median. TBT, LCP and FCP in ms.`);
  console.log(
    `Stock has no quiz pages and no guides: its "quiz" and "guide" rows are the question page (${questionPage.path}). Its /study is a plain page (stock has no study mode).`,
  );
  if (beforeRoot) console.log(`Before: ${beforeRoot}, audited in the same interleaved run (ours, stock, before, …).`);
  console.log(`Load average (1 / 5 / 15 min) at start: ${loadAtStart}; at end: ${load()}.`);
  for (const preset of presets) {
    const presetRows = rows.filter((row) => row.preset === preset);
    console.log(`\n## ${preset}\n\n${comparisonTable(presetRows)}`);
    if (preset === 'mobile') console.log(`\nIssue 12's goals (mobile; printed only, never an exit code):\n\n${goalsTable(presetRows)}`);
    if (beforeRoot) console.log(`\nBefore (${beforeRoot}) and after (ours), ${preset}:\n\n${beforeAfterTable(presetRows)}`);
  }
  console.log(`\n## Where our main-thread time goes (ours' median-Performance run of each page type)\n`);
  console.log(rows.map(mainThreadReport).join('\n\n'));
  const oursRuns = rows.map((row) => row.oursMedianRun);
  console.log(`\n## Ours, all four categories (median-Performance run)\n\n${formatRuns(oursRuns)}`);
  for (const run of oursRuns) {
    if (run.failedAudits.length > 0) console.log(`${run.page}/${run.preset} lost points on: ${run.failedAudits.join(', ')}`);
  }
}

void main();
