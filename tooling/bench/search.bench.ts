/**
 * npm run bench:search -- [--questions 5000]
 *
 * Compares the site's search (flexsearch) with lunr and minisearch on the
 * same documents and queries, in the same run: on the real 52 questions and
 * on synthetic ones made through the real generator pipeline. A figure, not a
 * pass/fail: this machine is shared and noisy, so compare rows of one run.
 *
 * - index: what the browser downloads for the index (all files), raw and gzip;
 * - engine JS: the engine's JavaScript, bundled and minified here with
 *   esbuild, gzip;
 * - first results: engine JS plus the index file the first results need
 *   (this site: the questions file; its answers file follows), gzip;
 * - first search (this site): engine JS plus everything a first navbar search
 *   downloads until its 8 results are complete: both index files and the
 *   shards it asks for (shared/shards.ts); median and largest over the queries;
 * - build: building the index, serialising it and loading it back;
 * - p50/p95: one query in Node once warm, returning the 8 results the navbar
 *   shows (for this site's engine, highlighted);
 * - success@3 on each query set (real questions only).
 */
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { type SearchCorpus, corpusFromSource, realCorpus } from '../search-eval/search-corpus.ts';
import { ENGINES, flexsearchEngine, lunrEngine, minisearchEngine, type SearchEngine } from '../search-eval/search-engines.ts';
import { type QuerySet, readQuerySet, scoreQueries } from '../search-eval/search-quality.ts';
import { syntheticSource } from './synthetic-source.ts';

const repo = resolve(fileURLToPath(import.meta.url), '../../..');
const { values } = parseArgs({ options: { questions: { type: 'string', default: '5000' } } });
const syntheticCount = Number(values.questions);

const NAVBAR_RESULTS = 8;
const FIRST_SEARCH_GOAL_AT_SCALE = 150 * 1024;

const fixtures = join(repo, 'test/fixtures/search');
const querySets: [string, QuerySet][] = readdirSync(fixtures)
  .filter((name) => /^search-queries.*\.json$/.test(name))
  .map((name) => [name.replace(/^search-queries\.?/, '').replace(/\.?json$/, '') || 'dev', readQuerySet(join(fixtures, name))]);
const allQueries = querySets.flatMap(([, set]) => set.queries.map((query) => query.q));

/** What the engine's browser code weighs, bundled and minified as a site would ship it. */
async function engineJavaScriptGzip(engine: SearchEngine): Promise<number> {
  const entry: Record<string, string> = {
    [flexsearchEngine.name]: `export { createSearcher } from './src/plugins/search/shared/searcher.ts';`,
    [lunrEngine.name]: `export { default } from 'lunr';`,
    [minisearchEngine.name]: `export { default } from 'minisearch';`,
  };
  const result = await build({
    stdin: { contents: entry[engine.name]!, resolveDir: repo, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => (value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(0)} ms`);
const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;

interface Row {
  readonly cells: string[];
  /** The largest first search over the queries (engines without parts: the first results). */
  readonly firstSearch: number;
  /** Warm query time at p95, ms. */
  readonly p95: number;
}

async function measure(
  engine: SearchEngine,
  corpus: SearchCorpus,
  { builds, rounds, graded }: { builds: number; rounds: number; graded: boolean },
): Promise<Row> {
  const buildTimes: number[] = [];
  let built = engine.build(corpus); // warm-up
  for (let run = 0; run < builds; run++) {
    const started = performance.now();
    built = engine.build(corpus);
    buildTimes.push(performance.now() - started);
  }
  buildTimes.sort((a, b) => a - b);

  for (const query of allQueries) built.search(query, NAVBAR_RESULTS); // warm-up
  const latencies: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of allQueries) {
      const started = performance.now();
      built.search(query, NAVBAR_RESULTS);
      latencies.push(performance.now() - started);
    }
  }
  latencies.sort((a, b) => a - b);

  const raw = built.files.reduce((sum, file) => sum + Buffer.byteLength(file), 0);
  const zipped = built.files.reduce((sum, file) => sum + gzip(file), 0);
  const javaScript = await engineJavaScriptGzip(engine);
  const firstResults = javaScript + gzip(built.files[0]!);
  const firstSearches = built.firstSearchFiles
    ? allQueries.map((query) => javaScript + built.firstSearchFiles!(query).reduce((sum, file) => sum + gzip(file), 0)).sort((a, b) => a - b)
    : undefined;
  const quality = querySets.map(([name, set]) => {
    if (!graded) return '—';
    const report = scoreQueries(set.queries, (query) => built.search(query));
    return `${(report.successAt3 * 100).toFixed(0)}% (${name})`;
  });
  return {
    cells: [
      engine.name,
      String(corpus.questions.length),
      kb(raw),
      kb(zipped),
      kb(javaScript),
      kb(firstResults),
      firstSearches ? `${kb(percentile(firstSearches, 0.5))} / ${kb(firstSearches.at(-1)!)}` : '—',
      ms(percentile(buildTimes, 0.5)),
      ms(percentile(latencies, 0.5)),
      ms(percentile(latencies, 0.95)),
      quality.join(', '),
    ],
    firstSearch: firstSearches ? firstSearches.at(-1)! : firstResults,
    p95: percentile(latencies, 0.95),
  };
}

async function main(): Promise<void> {
  console.log(
    `Node ${process.version}, load average ${loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')}; ${allQueries.length} queries from ${querySets.map(([name]) => name).join(' and ')}.\n`,
  );
  console.log(
    '| engine | questions | index raw | index gzip | engine JS gzip | first results gzip | first search gzip, median / largest | build+load | query p50 | query p95 | success@3 |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');

  const real = realCorpus();
  for (const engine of ENGINES) console.log(`| ${(await measure(engine, real, { builds: 5, rounds: 30, graded: true })).cells.join(' | ')} |`);

  const started = performance.now();
  const synthetic = corpusFromSource(new TextEncoder().encode(syntheticSource(syntheticCount)));
  const generated = performance.now() - started;
  const rows = new Map<SearchEngine, Row>();
  for (const engine of ENGINES) {
    const row = await measure(engine, synthetic, { builds: 1, rounds: 3, graded: false });
    rows.set(engine, row);
    console.log(`| ${row.cells.join(' | ')} |`);
  }
  const ours = rows.get(flexsearchEngine);

  console.log(`\n(${syntheticCount} synthetic questions generated through generator/generate-site.ts in ${(generated / 1000).toFixed(1)} s.)`);
  console.log('Goals for this site: index ≤ 35 KB gzip and first search (engine JS + all index files) ≤ 50 KB gzip on the real');
  console.log(`questions, warm query ≤ 2 ms; at ${syntheticCount} questions:`);
  if (!ours) return;
  const peers = ENGINES.filter((engine) => engine !== flexsearchEngine)
    .map((engine) => `${engine.name} ${(ours.p95 / rows.get(engine)!.p95).toFixed(2)}×`)
    .join(', ');
  console.log(`- warm query ≤ 10 ms at p95: ${ours.p95 <= 10 ? 'met' : 'NOT met'} (${ms(ours.p95)}; ours / peer in this run: ${peers});`);
  console.log(
    `- every first search ≤ ${kb(FIRST_SEARCH_GOAL_AT_SCALE)} gzip: ${ours.firstSearch <= FIRST_SEARCH_GOAL_AT_SCALE ? 'met' : 'NOT met'} (largest ${kb(ours.firstSearch)}).`,
  );
}

void main();
