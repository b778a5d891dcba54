import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_OPTIONS } from '../../src/plugins/search/options.ts';
import type { SearchableQuestion, SearchableTopic } from '../../src/plugins/search/server/build-index.ts';
import { buildSearchIndex } from '../../src/plugins/search/server/build-index.ts';
import { type GeneratedData, readGeneratedData } from '../../src/plugins/search/server/generated-data.ts';
import { Searcher } from '../../src/plugins/search/shared/searcher.ts';

export const TOPICS: SearchableTopic[] = [
  { id: 'reliability', title: 'Reliability', permalink: '/topics/reliability' },
  { id: 'delivery', title: 'Delivery', permalink: '/topics/delivery' },
];

let nextId = 1;

/** A question for a small test index; `id` and URL are made up unless given. */
export function question(title: string, answer: string, extra: Partial<SearchableQuestion> = {}): SearchableQuestion {
  const id = extra.id ?? nextId++;
  return { id, title, answer, permalink: `/questions/q${id}`, primaryTopic: 'reliability', secondaryTopics: [], keywords: [], ...extra };
}

/** Builds the index files as the plugin does, ships them through JSON as the browser receives them, and loads both. */
export function searcherFor(questions: readonly SearchableQuestion[], topics: readonly SearchableTopic[] = TOPICS, { withAnswers = true } = {}): Searcher {
  const files = JSON.parse(JSON.stringify(buildSearchIndex(questions, topics, { excerptLength: DEFAULT_OPTIONS.excerptLength }))) as ReturnType<
    typeof buildSearchIndex
  >;
  const searcher = new Searcher(files.questions);
  if (withAnswers) searcher.addAnswers(files.answers);
  return searcher;
}

/** Titles of the results, best first. */
export function titles(searcher: Searcher, query: string, options: { topic?: string; limit?: number; scope?: 'question' | 'all' } = {}): string[] {
  return searcher.search({ query, ...options }).hits.map((hit) => hit.question.title);
}

/**
 * The site's own search, built in Node from docs/_generated exactly as the
 * plugin builds it: what the browser tests expect the pages to show.
 */
export function siteSearch(): { data: GeneratedData; engine: Searcher } {
  const data = readGeneratedData(resolve(fileURLToPath(import.meta.url), '../../..'), DEFAULT_OPTIONS.dataDir);
  const engine = searcherFor(data.questions, data.topics);
  return { data, engine };
}
