import { DEFAULT_OPTIONS } from '../../src/plugins/search/options.ts';
import type { SearchableQuestion, SearchableTopic } from '../../src/plugins/search/server/build-index.ts';
import { buildSearchIndex } from '../../src/plugins/search/server/build-index.ts';
import { Searcher } from '../../src/plugins/search/shared/searcher.ts';

const TOPICS: SearchableTopic[] = [
  { id: 'reliability', title: 'Reliability', permalink: '/topics/reliability' },
  { id: 'delivery', title: 'Delivery', permalink: '/topics/delivery' },
];

let nextId = 1;

/** A question for a small test index; `id` and URL are made up unless given. */
export function question(title: string, answer: string, extra: Partial<SearchableQuestion> = {}): SearchableQuestion {
  const id = extra.id ?? nextId++;
  return { id, title, answer, permalink: `/questions/q${id}`, primaryTopic: 'reliability', secondaryTopics: [], keywords: [], ...extra };
}

/** Builds the index files as the plugin does, ships them through JSON as the browser receives them, and loads both (and any shards). */
export function searcherFor(questions: readonly SearchableQuestion[], topics: readonly SearchableTopic[] = TOPICS, { withAnswers = true } = {}): Searcher {
  const built = buildSearchIndex(questions, topics, { excerptLength: DEFAULT_OPTIONS.excerptLength });
  const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  const searcher = new Searcher(viaJson(built.questions));
  if (withAnswers) searcher.addAnswers(viaJson(built.answers));
  for (const [key, shard] of built.shards) if (withAnswers || !/^[ae]/.test(key)) searcher.addShard(key, viaJson(shard));
  return searcher;
}

/** Titles of the results, best first. */
export function titles(searcher: Searcher, query: string, options: { topic?: string; limit?: number; scope?: 'question' | 'all' } = {}): string[] {
  return searcher.search({ query, ...options }).hits.map((hit) => hit.question.title);
}
