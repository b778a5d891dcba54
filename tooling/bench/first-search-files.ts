/**
 * Which built files a first search downloads (src/plugins/search/client/engine-store.ts):
 * the engine chunk, the two index files, then the shards the search asks for
 * until its results are complete, replayed here on the index rebuilt from
 * the site's data (so run it on the build of the docs/ that is there now).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readGeneratedData } from '../../src/plugins/search/server/generated-data.ts';
import { buildSearchIndex } from '../../src/plugins/search/server/build-index.ts';
import { DEFAULT_OPTIONS } from '../../src/plugins/search/options.ts';
import { SITE_DATA_DIR } from '../../contract/records.ts';
import { shardsOfFirstSearch } from '../search-eval/search-engines.ts';
import { readQuerySet } from '../search-eval/search-quality.ts';

/** What the navbar shows. */
const NAVBAR_RESULTS = 8;

export interface FirstSearch {
  readonly query: string;
  readonly files: readonly string[];
}

function firstSearches(siteDir: string, jsDir: string, queries: readonly string[]): FirstSearch[] {
  const names = readdirSync(jsDir);
  const file = (chunk: string) => {
    const name = names.find((candidate) => candidate.startsWith(`${chunk}.`) && candidate.endsWith('.js'));
    if (!name) throw new Error(`${jsDir}: no ${chunk}.<hash>.js; is this a build of the docs/ in ${siteDir}?`);
    return join(jsDir, name);
  };
  const data = readGeneratedData(siteDir, SITE_DATA_DIR);
  const built = buildSearchIndex(data.questions, data.topics, { excerptLength: DEFAULT_OPTIONS.excerptLength });
  const always = ['search-engine', 'search-questions', 'search-answers'].map(file);
  return queries.map((query) => ({ query, files: [...always, ...shardsOfFirstSearch(built, query, NAVBAR_RESULTS).map((key) => file(`search-${key}`))] }));
}

export interface FirstSearchBytes {
  readonly query: string;
  readonly files: number;
  /** gzip -9 of every file it downloads. */
  readonly bytes: number;
}

/** The evaluation's queries (test/fixtures/search), each as a reader's first search on this build: median and largest download. */
export function firstSearchGzip(siteDir: string, jsDir: string): { median: FirstSearchBytes; worst: FirstSearchBytes; queries: number } {
  const fixtures = resolve(import.meta.dirname, '../../test/fixtures/search');
  const queries = readdirSync(fixtures)
    .filter((name) => /^search-queries.*\.json$/.test(name))
    .flatMap((name) => readQuerySet(join(fixtures, name)).queries.map((query) => query.q));
  const searches = firstSearches(siteDir, jsDir, queries)
    .map(({ query, files }) => ({ query, files: files.length, bytes: files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0) }))
    .sort((a, b) => a.bytes - b.bytes);
  return { median: searches[Math.floor(searches.length / 2)]!, worst: searches.at(-1)!, queries: searches.length };
}
