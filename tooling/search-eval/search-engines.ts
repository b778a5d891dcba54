/**
 * The site's search (flexsearch with the plugin's query layer) and two
 * alternatives configured as their documentation suggests, behind one
 * interface, so the benchmark compares them on the same documents and
 * queries. Each engine serialises what a browser would download: its index
 * plus the fields a result shows.
 */
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { buildSearchIndex, type SearchIndexFiles } from '../../src/plugins/search/server/build-index.ts';
import { Searcher } from '../../src/plugins/search/shared/searcher.ts';
import type { AnswersChunk, QuestionsChunk } from '../../src/plugins/search/shared/types.ts';
import type { SearchCorpus } from './search-corpus.ts';

export interface BuiltEngine {
  /** What a browser downloads for the index, as JSON strings; the first entry is what the first search needs. */
  readonly files: readonly string[];
  /** When the index loads in parts: the files a first search for `query` downloads, until its results are complete. */
  firstSearchFiles?(query: string): string[];
  /** Question numbers of the results, best first. `limit`: how many results are shown, as the navbar box does. */
  search(query: string, limit?: number): number[];
}

export interface SearchEngine {
  readonly name: string;
  /** Builds the index as a browser would receive it (serialised and loaded back). */
  build(corpus: SearchCorpus): BuiltEngine;
}

const EXCERPT_LENGTH = 180;
/** What the navbar shows, and so what a first search completes. */
const NAVBAR_RESULTS = 8;

function excerptOf(answer: string): string {
  return answer.replace(/\s+/g, ' ').slice(0, EXCERPT_LENGTH);
}

function documents(corpus: SearchCorpus) {
  const topicTitle = new Map(corpus.topics.map((topic) => [topic.id, topic.title]));
  return corpus.questions.map((question) => ({
    id: question.number,
    title: question.title,
    answer: question.answer,
    topics: [question.primaryTopic, ...question.secondaryTopics].map((id) => topicTitle.get(id)).join(' '),
    keywords: question.keywords.join(' '),
    url: question.permalink,
    excerpt: excerptOf(question.answer),
  }));
}

export const flexsearchEngine: SearchEngine = {
  name: 'flexsearch (this site)',
  build(corpus) {
    const built = buildSearchIndex(corpus.questions, corpus.topics, { excerptLength: EXCERPT_LENGTH });
    const files = [JSON.stringify(built.questions), JSON.stringify(built.answers), ...[...built.shards.values()].map((shard) => JSON.stringify(shard))];
    const searcher = new Searcher(JSON.parse(files[0]!) as QuestionsChunk);
    searcher.addAnswers(JSON.parse(files[1]!) as AnswersChunk);
    // Warm: every shard in, as after a reader's first searches.
    for (const [key, shard] of built.shards) searcher.addShard(key, shard);
    const numberOf = new Map(corpus.questions.map((question) => [question.id, question.number]));
    return {
      files,
      search: (query, limit) => searcher.search({ query, limit }).hits.map((hit) => numberOf.get(hit.question.id)!),
      firstSearchFiles: (query) => [
        files[0]!,
        files[1]!,
        ...shardsOfFirstSearch(built, query, NAVBAR_RESULTS).map((key) => JSON.stringify(built.shards.get(key))),
      ],
    };
  },
};

export const lunrEngine: SearchEngine = {
  name: 'lunr 2',
  build(corpus) {
    const docs = documents(corpus);
    const built = lunr(function () {
      this.ref('id');
      this.field('title', { boost: 3 });
      this.field('keywords', { boost: 1.5 });
      this.field('topics', { boost: 1.2 });
      this.field('answer');
      for (const doc of docs) this.add(doc);
    });
    const stored = docs.map(({ id, title, url, topics, excerpt }) => ({ id, title, url, topics, excerpt }));
    const files = [JSON.stringify({ index: built, stored })];
    const index = lunr.Index.load((JSON.parse(files[0]!) as { index: object }).index);
    return {
      files,
      search(query, limit) {
        const terms = lunr.tokenizer(query).map((token) => token.toString());
        // Exact terms count most, then completions and one-typo matches, as lunr-based Docusaurus plugins do.
        const results = index.query((builder) => {
          for (const term of terms) {
            builder.term(term, { boost: 10 });
            if (term.length >= 3) builder.term(term, { wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false, boost: 2 });
            if (term.length >= 5) builder.term(term, { editDistance: 1, usePipeline: false, boost: 1 });
          }
        });
        return results.slice(0, limit).map((result) => Number(result.ref));
      },
    };
  },
};

export const minisearchEngine: SearchEngine = {
  name: 'minisearch 7',
  build(corpus) {
    const docs = documents(corpus);
    const options = {
      fields: ['title', 'keywords', 'topics', 'answer'],
      storeFields: ['title', 'url', 'topics', 'excerpt'],
      searchOptions: { boost: { title: 3, keywords: 1.5, topics: 1.2 }, prefix: true, fuzzy: 0.2 },
    };
    const built = new MiniSearch(options);
    built.addAll(docs);
    const files = [JSON.stringify(built)];
    const index = MiniSearch.loadJSON(files[0]!, options);
    return {
      files,
      search: (query, limit) =>
        index
          .search(query)
          .slice(0, limit)
          .map((result) => Number(result.id)),
    };
  },
};

export const ENGINES: readonly SearchEngine[] = [flexsearchEngine, lunrEngine, minisearchEngine];

/**
 * What one search downloads, as the browser loads it (client/engine-store.ts):
 * the two index files, then the shards the search asks for, until its
 * results are complete. The keys of those shards, in the order asked.
 */
export function shardsOfFirstSearch(built: SearchIndexFiles, query: string, limit: number): string[] {
  const asked: string[] = [];
  const pending = new Set<string>();
  const searcher = new Searcher(built.questions, (keys) => {
    for (const key of keys) {
      if (asked.includes(key)) continue;
      asked.push(key);
      pending.add(key);
    }
  });
  searcher.addAnswers(built.answers);
  for (let round = 0; round < 20; round++) {
    if (searcher.search({ query, limit }).complete) return asked;
    for (const key of pending) searcher.addShard(key, built.shards.get(key)!);
    pending.clear();
  }
  throw new Error(`the search "${query}" was still incomplete after 20 rounds of loading shards: ${asked.join(' ')}`);
}
