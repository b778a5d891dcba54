/**
 * npm run bench:lighthouse -- [--runs 3] [--desktop] [--reuse | --ours-build <dir>] [--base-url /] [--site-url <url>]
 *
 * Lighthouse 12.2.3 on every page type (home, question, quiz, topic, /search, /study), this site beside stock
 * Docusaurus 3.10.2 with the easyops search theme serving the same pages (issue 12's peer, generated and built by
 * stock-site/), in the same run: the two sites are served by the same server and audited by the same Chromium,
 * interleaved (ours, stock, ours, stock, …) so a busy machine slows both alike. Prints the medians of --runs runs
 * side by side with the TBT ratio, whether each of the issue's goals holds (printed only: this is a benchmark, it
 * never fails on a figure), and where our main-thread time goes.
 *
 * By default it builds ours first (`npm run build`, with BASE_URL/SITE_URL as given). --reuse serves the existing
 * build/ instead; --ours-build <dir> (or the older --dir) serves another existing build, which must have been built
 * under --base-url. The stock site is rebuilt only when its generated files change (build-stock/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
    dir: { type: 'string' },
    'base-url': { type: 'string', default: process.env.BASE_URL ?? '/' },
    'site-url': { type: 'string', default: process.env.SITE_URL ?? 'http://localhost:3000' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a whole number of at least 1, not "${values.runs}".`);
const baseUrl = normaliseBaseUrl(values['base-url']);
const siteUrl = values['site-url'];
const presets: Preset[] = values.desktop ? ['mobile', 'desktop'] : ['mobile'];
const existingBuild = values['ours-build'] ?? values.dir ?? (values.reuse ? 'build' : undefined);

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
  const root = resolve(existingBuild ?? 'build');
  const index = resolve(root, 'index.html');
  if (!existsSync(index)) fail(`${index} not found: build ours first (\`npm run build\`), or leave out --reuse/--ours-build to let the bench build it.`);
  // A build made under another base URL would load none of its assets here and measure an empty page.
  const assetsUnderBaseUrl = new RegExp(`[="']${baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}assets/`);
  if (!assetsUnderBaseUrl.test(readFileSync(index, 'utf8'))) {
    fail(
      `${index}:1: this build does not load its assets from ${baseUrl}assets/, so it was built under another base URL; pass the one it was built under as --base-url.`,
    );
  }
  return root;
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

/** Stock has no quiz pages: its counterpart of a quiz page is the question page itself. */
function stockPage(page: PageType, questionPage: PageType): PageType {
  return page.name === 'quiz' ? { ...page, path: questionPage.path } : page;
}

async function main(): Promise<void> {
  const loadAtStart = load();
  const oursRoot = oursBuild();
  const pages = pageTypes();
  const questionPage =
    pages.find((page) => page.name === 'question') ?? fail('tooling/page-types.ts has no "question" page type for the quiz page to stand in for.');
  console.error(`Building the stock peer under ${baseUrl} …`);
  const stock = prepareStockSite({ baseUrl, siteUrl });
  console.error(stock.reused ? `Reusing ${stock.outDir} (its generated files have not changed).` : `Built ${stock.outDir}.`);

  const { sessions, close } = await startLighthouseOnSites([
    { root: oursRoot, baseUrl },
    { root: stock.outDir, baseUrl },
  ]);
  const [oursSession, stockSession] = sessions as [(typeof sessions)[0], (typeof sessions)[0]];
  const rows: Comparison[] = [];
  try {
    for (const preset of presets) {
      for (const page of pages) {
        const oursSamples: LighthouseRun[] = [];
        const stockSamples: LighthouseRun[] = [];
        for (let run = 1; run <= runs; run++) {
          console.error(`${preset} ${page.name} run ${run}/${runs}: ours …`);
          oursSamples.push(await oursSession.audit(page, preset));
          console.error(`${preset} ${page.name} run ${run}/${runs}: stock …`);
          stockSamples.push(await stockSession.audit(stockPage(page, questionPage), preset));
        }
        rows.push({ page, preset, ours: medians(oursSamples), stock: medians(stockSamples), oursMedianRun: medianRun(oursSamples) });
      }
    }
  } finally {
    await close();
  }

  console.log(
    `Lighthouse 12.2.3, ours (${oursRoot}) beside stock Docusaurus 3.10.2 + @easyops-cn/docusaurus-search-local (${stock.outDir}), base URL ${baseUrl}.`,
  );
  console.log(`Medians of ${runs} run${runs > 1 ? 's' : ''} per side, interleaved ours/stock; each column is its own median. TBT, LCP and FCP in ms.`);
  console.log(`Stock has no quiz pages: its "quiz" row is the question page (${questionPage.path}). Its /study is a plain page (stock has no study mode).`);
  console.log(`Load average (1 / 5 / 15 min) at start: ${loadAtStart}; at end: ${load()}.`);
  for (const preset of presets) {
    const presetRows = rows.filter((row) => row.preset === preset);
    console.log(`\n## ${preset}\n\n${comparisonTable(presetRows)}`);
    if (preset === 'mobile') console.log(`\nIssue 12's goals (mobile; printed only, never an exit code):\n\n${goalsTable(presetRows)}`);
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
