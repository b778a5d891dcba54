/**
 * Which built files a first search downloads (src/plugins/search/client/engine-store.ts):
 * the engine chunk, the two index files, then the shards the search asks for
 * until its results are complete, replayed here on the index rebuilt from
 * the site's data (so run it on the build of the docs/ that is there now).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readGeneratedData } from '../../src/plugins/search/server/generated-data.ts';
import { buildSearchIndex } from '../../src/plugins/search/server/build-index.ts';
import { DEFAULT_OPTIONS } from '../../src/plugins/search/options.ts';
import { SITE_DATA_DIR } from '../../contract/records.ts';
import { shardsOfFirstSearch } from '../search-eval/search-engines.ts';

/** What the navbar shows. */
const NAVBAR_RESULTS = 8;

export interface FirstSearch {
  readonly query: string;
  readonly files: readonly string[];
}

export function firstSearches(siteDir: string, jsDir: string, queries: readonly string[]): FirstSearch[] {
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
