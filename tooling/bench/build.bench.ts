/**
 * npm run bench:build -- [--sizes 52,2000,10000] [--stock-up-to 2000] [--rounds 3] [--warm] [--keep]
 *
 * Cold builds of the whole site for each bank size, beside stock Docusaurus 3.10.2 + easyops search built from the
 * same generated questions (tooling/bench/stock-site/) in the same run, one after the other, so a busy machine slows
 * both alike. Size 52 is the real source; the others are synthetic banks made from the real questions
 * (synthetic-source.ts). For each side it prints the build time, the peak memory summed over every process of the
 * build (measure-process-tree.ts), the build/ bytes per question with the preview images (img/og/) left out, and the
 * gzip bytes of the search index files the first query downloads; then the ratios ours/stock and issue 14's goals
 * (printed only: a benchmark never fails on a figure). Stock is built up to --stock-up-to questions (default 2,000);
 * above that ours is reported alone. A bank of at most 500 questions builds in seconds, where the machine's noise is as
 * large as the gap being measured: it is built --rounds times (default 3), ours and stock alternating (ours first, then
 * stock first, ...), and each side's median build is reported, with every round's time. --warm rebuilds ours once more
 * with its caches kept (Rspack's persistent cache, the preview-image cache) and prints that time too.
 *
 * Everything happens in build-bench/ (git-ignored): a copy of the site's sources with its own docs/, so docs/, build/
 * and caches of this checkout are never touched. --keep leaves build-bench/ for inspection; it is removed otherwise.
 * Environment variables pass through to both builds (e.g. DOCUSAURUS_SSG_WORKER_THREAD_COUNT, DOCUSAURUS_PERF_LOGGER);
 * each build's full log is kept in build-bench/logs/ until the end.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { measureProcessTree, type Measured } from './measure-process-tree.ts';
import { stockBuildCommand, writeStockSite } from './stock-site/prepare-stock-site.ts';
import { syntheticSource } from './synthetic-source.ts';
import { firstSearchGzip } from './first-search-files.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '52,2000,10000' },
    'stock-up-to': { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '3' },
    warm: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const stockUpTo = Number(values['stock-up-to']);
const rounds = Number(values.rounds);
if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !Number.isInteger(stockUpTo) || !Number.isInteger(rounds) || rounds < 1) {
  console.error(
    `--sizes must be whole numbers separated by commas (such as 52,2000), not "${values.sizes}"; --stock-up-to a whole number; --rounds a whole number from 1.`,
  );
  process.exit(2);
}
/** Banks up to this size are built --rounds times; a larger one takes minutes a build, and is built once. */
const ROUNDS_UP_TO_QUESTIONS = 500;

/** Issue 14's goals, on 2 cores. */
const GOALS = {
  timeRatioAt2000: 0.75,
  peakGiBAt2000: 2.5,
  peakGiBAt10000: 4,
  kbPerQuestion: 60,
  timeRatioAt52: 1.2,
  perQuestionGrowth: 1.2,
  firstSearchKB: 150,
} as const;

const repo = resolve('.');
const bin = (name: string) => join(repo, 'node_modules/.bin', name);
const scratch = resolve('build-bench');
const ours = join(scratch, 'site');
const logs = join(scratch, 'logs');
/** What the site needs to build: its code, static files and config. docs/ is generated into the copy for each size. */
const SITE_FILES = ['src', 'static', 'contract', 'lib', 'deploy', 'docusaurus.config.ts', 'sidebars.ts', 'package.json', 'tsconfig.json'];
/** The bundler's persistent cache, our preview-image cache, Docusaurus's generated files: what a cold build starts without. */
const CACHES = ['node_modules', '.docusaurus'];

function clearCaches(siteDir: string): void {
  for (const dir of CACHES) rmSync(join(siteDir, dir), { recursive: true, force: true });
}

function files(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { path: relative(dir, file), bytes: statSync(file).size };
    });
}

/** Preview images are left out of the per-question size: they are one PNG per page by design, budgeted elsewhere. */
const isPreviewImage = (path: string) => path.startsWith('img/og/');

/** Bytes by what they serve: the first folder of the path (questions/, quiz/, q/, print/, assets/js …). */
function breakdown(all: readonly { path: string; bytes: number }[]): Map<string, number> {
  const groups = new Map<string, number>();
  for (const { path, bytes } of all) {
    if (isPreviewImage(path)) continue;
    const parts = path.split('/');
    const group = parts.length === 1 ? '(root files)' : parts[0] === 'assets' ? parts.slice(0, 2).join('/') : `${parts[0]}/`;
    groups.set(group, (groups.get(group) ?? 0) + bytes);
  }
  return groups;
}

const gzipBytes = (dir: string, paths: readonly string[]) => paths.reduce((total, path) => total + gzipSync(readFileSync(join(dir, path))).length, 0);

/**
 * Docusaurus's own phase timings (DOCUSAURUS_PERF_LOGGER) and ours: where a build's time goes. A phase logged more than
 * once is summed: a build split in two processes (deploy/build-site.ts) loads the site twice.
 */
const PHASES = [
  ['load', /\[PERF\] Build > en > Load site - ([\d.]+) (ms|seconds)/g],
  ['bundle', /\[PERF\] Build > en > Bundling with rspack - ([\d.]+) (ms|seconds)/g],
  ['SSG', /\[PERF\] Build > en > SSG - ([\d.]+) (ms|seconds)/g],
  ['postBuild', /\[PERF\] Build > en > postBuild\(\) - ([\d.]+) (ms|seconds)/g],
  ['images', /\[previews-and-downloads\] .* in (\d+) (ms)/g],
] as const;

function phases(logFile: string): string {
  const log = readFileSync(logFile, 'utf8');
  return PHASES.flatMap(([name, pattern]) => {
    const matches = [...log.matchAll(pattern)];
    const seconds = matches.reduce((total, match) => total + Number(match[1]) / (match[2] === 'ms' ? 1000 : 1), 0);
    return matches.length > 0 ? [`${name} ${seconds.toFixed(1)} s${matches.length > 1 ? ` (${matches.length} runs)` : ''}`] : [];
  }).join(', ');
}

interface Side {
  readonly build: Measured;
  /** Where the time went, from the build's log. */
  readonly phases: string;
  readonly bytesPerQuestion: number;
  /** gzip bytes a reader's first search downloads: ours, the median and the largest over the evaluation queries (its index is sharded); stock's, its whole index. */
  readonly firstSearchGzip: { readonly median: number; readonly worst: number };
  readonly breakdown: Map<string, number>;
  readonly warmSeconds?: number;
  /** Every round's build time, in the order run, when the size was built more than once. */
  readonly roundSeconds?: readonly number[];
  /** Every round's CPU time, in the same order. */
  readonly roundCpuSeconds?: readonly number[];
}

/** The item in the middle of `items` ordered by `value`: the upper one of an even count. */
function upperMedianBy<T>(items: readonly T[], value: (item: T) => number): T {
  return [...items].sort((a, b) => value(a) - value(b))[Math.floor(items.length / 2)]!;
}

/** The side's median build by time, with every round's time. */
function medianSide(sides: readonly Side[]): Side {
  const median = upperMedianBy(sides, (side) => side.build.seconds);
  return sides.length > 1
    ? { ...median, roundSeconds: sides.map((side) => side.build.seconds), roundCpuSeconds: sides.map((side) => side.build.cpuSeconds) }
    : median;
}

/** The side's CPU time: the median over its rounds, which need not be the median build's. */
const medianCpuSeconds = (side: Side): number => upperMedianBy(side.roundCpuSeconds ?? [side.build.cpuSeconds], (cpu) => cpu);

function measureOutput(
  outDir: string,
  questions: number,
  firstSearchGzip: (all: readonly string[]) => Side['firstSearchGzip'],
): Omit<Side, 'build' | 'phases'> {
  const all = files(outDir);
  const bytes = all.filter(({ path }) => !isPreviewImage(path)).reduce((total, file) => total + file.bytes, 0);
  return { bytesPerQuestion: bytes / questions, firstSearchGzip: firstSearchGzip(all.map(({ path }) => path)), breakdown: breakdown(all) };
}

/** Docusaurus's phase timings in each build's log, for the "where the time goes" lines. */
const PERF_ENV = { ...process.env, DOCUSAURUS_PERF_LOGGER: 'true' };

/** What `npm run build` runs (package.json), in the copy: one `docusaurus build`, or two for a large bank. */
const ourBuild = (siteDir: string, outDir: string) => [process.execPath, '--require', 'tsx/cjs', join(siteDir, 'deploy/build-site.ts'), '--out-dir', outDir];

async function buildOurs(size: number, label: string): Promise<Side> {
  const outDir = join(scratch, 'build-ours');
  clearCaches(ours);
  rmSync(outDir, { recursive: true, force: true });
  const logFile = join(logs, `${label}-ours.log`);
  const build = await measureProcessTree(ourBuild(ours, outDir), { cwd: ours, logFile, env: PERF_ENV });
  let warmSeconds: number | undefined;
  if (values.warm) {
    rmSync(outDir, { recursive: true, force: true });
    warmSeconds = (await measureProcessTree(ourBuild(ours, outDir), { cwd: ours, logFile: join(logs, `${label}-ours-warm.log`), env: PERF_ENV })).seconds;
  }
  // Our index is sharded: each evaluation query replayed as a first search, on the index rebuilt from this bank's data.
  const firstSearch = () => {
    const { median, worst } = firstSearchGzip(ours, join(outDir, 'assets/js'));
    return { median: median.bytes, worst: worst.bytes };
  };
  return { build, phases: phases(logFile), warmSeconds, ...measureOutput(outDir, size, firstSearch) };
}

async function buildStock(size: number, label: string): Promise<Side> {
  const { siteDir, outDir } = writeStockSite({ baseUrl: '/', siteUrl: 'http://localhost:3000' }, join(ours, 'docs'), join(scratch, 'stock'));
  clearCaches(siteDir);
  rmSync(outDir, { recursive: true, force: true });
  const [, ...args] = stockBuildCommand(siteDir, outDir);
  // Run with the same Docusaurus binary as ours, in the stock site's folder so its caches stay there.
  const logFile = join(logs, `${label}-stock.log`);
  const build = await measureProcessTree([process.execPath, bin(args[0]!), ...args.slice(1)], { cwd: siteDir, logFile, env: PERF_ENV });
  // easyops writes its whole index as search-index*.json, all of it fetched by the first query.
  const wholeIndex = (all: readonly string[]) => {
    const index = all.filter((path) => /^search-index[^/]*\.json$/.test(path));
    if (index.length === 0) throw new Error(`${outDir}: no search-index*.json; update build.bench.ts to easyops' new file names.`);
    const bytes = gzipBytes(outDir, index);
    return { median: bytes, worst: bytes };
  };
  return { build, phases: phases(logFile), ...measureOutput(outDir, size, wholeIndex) };
}

function generate(size: number): Measured | Promise<Measured> {
  const source = join(scratch, `source-${size}.txt`);
  const lock = join(scratch, `slugs-${size}.lock.json`);
  rmSync(lock, { force: true });
  if (size === 52) {
    // The real site: its source and lock, copied so the checkout's lock is never rewritten.
    cpSync('source/sre-interview-questions.txt', source);
    cpSync('source/slugs.lock.json', lock);
  } else {
    writeFileSync(source, syntheticSource(size));
  }
  return measureProcessTree([process.execPath, bin('tsx'), 'generator/cli.ts', '--source', source, '--lock', lock, '--out', join(ours, 'docs')], {
    logFile: join(logs, `${size}-generate.log`),
  });
}

const seconds = (value: number) => `${value.toFixed(1)} s`;
const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const ratio = (a: number, b: number) => (a / b).toFixed(2);
const roundsOf = (side: Side) => (side.roundSeconds ? ` (median of ${side.roundSeconds.map(seconds).join(', ')})` : '');
const verdict = (holds: boolean, figure: string) => `${holds ? 'yes' : 'NO'} (${figure})`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');

interface Row {
  readonly size: number;
  readonly generate: Measured;
  readonly ours: Side;
  readonly stock?: Side;
}

function report(rows: readonly Row[]): void {
  console.log(
    '\n| questions | generate | ours build | stock build | time ours/stock | ours peak memory | stock peak memory | memory ours/stock | ours build/ per question | stock build/ per question | ours first search gzip (median / largest query) | stock first search gzip (whole index) |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const { size, generate: gen, ours: o, stock: s } of rows) {
    const cells = [
      size === 52 ? '52 (real)' : size.toLocaleString('en-US'),
      seconds(gen.seconds),
      seconds(o.build.seconds) + roundsOf(o) + (o.warmSeconds === undefined ? '' : ` (warm ${seconds(o.warmSeconds)})`),
      s ? seconds(s.build.seconds) + roundsOf(s) : '–',
      s ? ratio(o.build.seconds, s.build.seconds) : '–',
      gib(o.build.peakBytes),
      s ? gib(s.build.peakBytes) : '–',
      s ? ratio(o.build.peakBytes, s.build.peakBytes) : '–',
      kb(o.bytesPerQuestion),
      s ? kb(s.bytesPerQuestion) : '–',
      `${kb(o.firstSearchGzip.median)} / ${kb(o.firstSearchGzip.worst)}`,
      s ? kb(s.firstSearchGzip.median) : '–',
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }

  console.log("\nCPU time, user + system, over the build's process tree (the work done, without the time spent waiting for a core):\n");
  for (const { size, ours: o, stock: s } of rows) {
    const cpuRounds = (side: Side) => (side.roundCpuSeconds ? ` (median of ${side.roundCpuSeconds.map(seconds).join(', ')})` : '');
    const stock = s ? `; stock ${seconds(medianCpuSeconds(s))}${cpuRounds(s)}; ours/stock ${ratio(medianCpuSeconds(o), medianCpuSeconds(s))}` : '';
    console.log(`- ${size.toLocaleString('en-US')}: ours ${seconds(medianCpuSeconds(o))}${cpuRounds(o)}${stock}`);
  }

  console.log('\nWhere the build time goes (Docusaurus PERF logger; the preview images are drawn in postBuild, after rendering):\n');
  for (const { size, ours: o, stock: s } of rows) {
    console.log(`- ${size.toLocaleString('en-US')}: ours ${o.phases}${s ? `; stock ${s.phases}` : ''}`);
  }

  console.log('\nOurs, build/ bytes per question by folder (preview images left out), largest first:\n');
  for (const { size, ours: o } of rows) {
    const parts = [...o.breakdown].sort(([, a], [, b]) => b - a).map(([group, bytes]) => `${group} ${kb(bytes / size)}`);
    console.log(`- ${size.toLocaleString('en-US')}: ${parts.join(', ')}`);
  }

  console.log("\nIssue 14's goals (2 cores; printed only, never an exit code):\n");
  const per2000 = rows.find((row) => row.size === 2000);
  for (const { size, ours: o, stock: s } of rows) {
    const goals: string[] = [];
    if (size === 52 && s)
      goals.push(
        `cold build ≤ ${GOALS.timeRatioAt52} × stock: ${verdict(o.build.seconds <= GOALS.timeRatioAt52 * s.build.seconds, ratio(o.build.seconds, s.build.seconds))}`,
      );
    if (size === 2000 && s)
      goals.push(
        `cold build ≤ ${GOALS.timeRatioAt2000} × stock: ${verdict(o.build.seconds <= GOALS.timeRatioAt2000 * s.build.seconds, ratio(o.build.seconds, s.build.seconds))}`,
      );
    if (size === 2000) goals.push(`peak ≤ ${GOALS.peakGiBAt2000} GiB: ${verdict(o.build.peakBytes <= GOALS.peakGiBAt2000 * 2 ** 30, gib(o.build.peakBytes))}`);
    if (size === 10000) {
      goals.push(`peak ≤ ${GOALS.peakGiBAt10000} GiB: ${verdict(o.build.peakBytes <= GOALS.peakGiBAt10000 * 2 ** 30, gib(o.build.peakBytes))}`);
      if (per2000) {
        const growth = o.build.seconds / size / (per2000.ours.build.seconds / per2000.size);
        goals.push(`time per question ≤ ${GOALS.perQuestionGrowth} × the 2,000 figure: ${verdict(growth <= GOALS.perQuestionGrowth, growth.toFixed(2))}`);
      }
    }
    if (size >= 2000)
      goals.push(`build/ ≤ ${GOALS.kbPerQuestion} KB per question: ${verdict(o.bytesPerQuestion <= GOALS.kbPerQuestion * 1000, kb(o.bytesPerQuestion))}`);
    if (size >= 2000)
      goals.push(
        `first search ≤ ${GOALS.firstSearchKB} KB gzip, largest query: ${verdict(o.firstSearchGzip.worst <= GOALS.firstSearchKB * 1000, kb(o.firstSearchGzip.worst))}`,
      );
    if (goals.length > 0) console.log(`- ${size.toLocaleString('en-US')}: ${goals.join('; ')}`);
  }
}

async function main(): Promise<void> {
  const loadAtStart = load();
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(logs, { recursive: true });
  for (const file of SITE_FILES) cpSync(file, join(ours, file), { recursive: true });
  const rows: Row[] = [];
  try {
    for (const size of sizes) {
      const label = String(size);
      console.error(`${size} questions: generating …`);
      const gen = await generate(size);
      if (!existsSync(join(ours, 'docs/_generated/questions.json')))
        throw new Error(`${ours}/docs: the generator wrote no questions.json; see ${logs}/${size}-generate.log.`);
      const oursRounds: Side[] = [];
      const stockRounds: Side[] = [];
      const roundCount = size <= ROUNDS_UP_TO_QUESTIONS ? rounds : 1;
      for (let round = 0; round < roundCount; round++) {
        // Alternating which side goes first, so a machine growing busier or quieter does not favour one side.
        const order = round % 2 === 0 ? (['ours', 'stock'] as const) : (['stock', 'ours'] as const);
        for (const side of order) {
          if (side === 'stock' && size > stockUpTo) continue;
          const tag = roundCount > 1 ? `${label}-round${round + 1}` : label;
          console.error(`${size} questions: building ${side}${roundCount > 1 ? ` (round ${round + 1} of ${roundCount})` : ''} …`);
          const built = side === 'ours' ? await buildOurs(size, tag) : await buildStock(size, tag);
          (side === 'ours' ? oursRounds : stockRounds).push(built);
          console.error(`${size} questions: ${side} ${seconds(built.build.seconds)}, ${gib(built.build.peakBytes)}`);
        }
      }
      rows.push({ size, generate: gen, ours: medianSide(oursRounds), stock: stockRounds.length > 0 ? medianSide(stockRounds) : undefined });
      // Free the disk between sizes (a 10,000-question build is large), unless asked to keep it for inspection.
      if (!values.keep) rmSync(join(scratch, 'build-ours'), { recursive: true, force: true });
    }
  } finally {
    if (rows.length > 0) {
      console.log(`Cold builds (no .docusaurus, no node_modules/.cache: the bundler's and the preview images' caches empty), 2 cores shared.`);
      console.log(`Load average (1 / 5 / 15 min) at start: ${loadAtStart}; at end: ${load()}. Peak memory: RSS summed over the build's process tree.`);
      report(rows);
    }
    if (!values.keep) rmSync(scratch, { recursive: true, force: true });
  }
}

void main();
