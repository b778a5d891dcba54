/**
 * The search engine in the browser: imports the index files the build
 * exported from flexsearch, and answers queries. Loaded lazily (it brings
 * flexsearch with it), never in a page's first load.
 *
 * The index arrives in parts (shared/shards.ts): a search answers from what
 * has arrived, asks for the shards its words and its results need through
 * `request`, and says it is not complete until they are in; the caller adds
 * them with addShard and searches again.
 */
import { Index } from 'flexsearch';
import { expandWord, type Candidate } from './expand.ts';
import { FIELDS, type FieldName, type FieldSpec, indexOptions, type SearchScope } from './fields.ts';
import { highlight } from './highlight.ts';
import { decodePostings } from './postings-codec.ts';
import { blockOfPage, shardKeys, shardOfTerm, shardsOfPrefix } from './shards.ts';
import { parseQuery, type QueryWord, SynonymTable } from './query.ts';
import { bestPages, matchedTerms, rankPages, scoreSlot, type TermLookup } from './score.ts';
import { spellingSuggestion, titleWords } from './suggest.ts';
import { filterByTopic, inTopic } from './topic-filter.ts';
import {
  type AnswersChunk,
  type ExcerptBlock,
  INDEX_FORMAT,
  type InlineShards,
  type Postings,
  type QuestionsChunk,
  type Segment,
  type StoredBlock,
  type StoredQuestion,
  type TermShard,
  type TopicLabel,
} from './types.ts';
import { Vocabulary } from './vocabulary.ts';

export interface SearchRequest {
  readonly query: string;
  /** `question` searches titles and topics only and returns no excerpts (study mode). Default `all`. */
  readonly scope?: SearchScope;
  /** A topic id: only questions in that topic (primary or also touching on it). */
  readonly topic?: string;
  /** At most this many hits. Default: all. */
  readonly limit?: number;
}

export interface SearchHit {
  readonly question: StoredQuestion;
  readonly score: number;
  readonly title: readonly Segment[];
  /** Absent in the `question` scope, which must not reveal answers. */
  readonly excerpt?: readonly Segment[];
}

export type Suggestion =
  /** Nothing in the chosen topic, but results in others. */
  | { readonly kind: 'other-topics'; readonly total: number }
  /** A respelled query that finds something. */
  | { readonly kind: 'spelling'; readonly query: string };

export interface SearchOutcome {
  readonly hits: readonly SearchHit[];
  /** Results in the chosen topic, before the limit. */
  readonly total: number;
  /** Results per topic id, before the topic filter: the counts on the topic chips. */
  readonly topicCounts: ReadonlyMap<string, number>;
  /** Results in all topics, before the topic filter. */
  readonly totalInAllTopics: number;
  readonly suggestion?: Suggestion;
  /** False while part of the index this search needs is still loading: the results may still change. */
  readonly complete: boolean;
}

/** The browser receives encoded terms; encoding them again would stem twice. */
const alreadyEncoded = (term: string): string[] => [term];

/** Asks for shards by key (shardKeys); called again on every search until they arrive. */
export type ShardRequest = (keys: readonly string[]) => void;

/** The terms of one field's postings. */
export function postingTerms(postings: Postings): string[] {
  return postings.map(([term]) => term);
}

function checkFormat(chunk: { format?: unknown }, name: string): void {
  if (chunk.format !== INDEX_FORMAT) {
    throw new Error(`The search index file "${name}" has format ${String(chunk.format)}, this page expects ${INDEX_FORMAT}: reload the page.`);
  }
}

/** Words a query looks up: a typed word's completions may fall in several shards. */
function wordsOf(query: string, synonyms: SynonymTable): QueryWord[] {
  return parseQuery(query, synonyms).flatMap((slot) => slot.alternatives.flatMap((alternative) => alternative.words));
}

/** Shorter words are not completed (shared/expand.ts), so they need only their own shard. */
const MIN_COMPLETED_LENGTH = 3;

function shardsOfWord(bounds: readonly string[], word: QueryWord): number[] {
  const shards = new Set([shardOfTerm(bounds, word.stem)]);
  if (word.typed && word.surface.length >= MIN_COMPLETED_LENGTH) for (const shard of shardsOfPrefix(bounds, word.surface)) shards.add(shard);
  return [...shards];
}

export class Searcher {
  readonly topics: readonly TopicLabel[];
  private readonly pageCount: number;
  /** By page number: topic ids, primary first, as the topic filter reads them (made once, not for every result of every keystroke). */
  private readonly pageTopicRecords: readonly { readonly topics: readonly string[] }[];
  private readonly questionBounds: readonly string[];
  private readonly blockSize: number;
  private answerBounds: readonly string[] | undefined;
  private readonly stored = new Map<number, StoredBlock>();
  private readonly excerpts = new Map<number, ExcerptBlock>();
  private readonly loaded = new Set<string>();
  private readonly indexes = new Map<FieldName, Index>();
  private readonly terms = new Map<FieldName, string[]>();
  private readonly vocabularies = new Map<SearchScope, Vocabulary>();
  private readonly synonyms: SynonymTable;
  private titleWords: ReadonlySet<string> | undefined;

  constructor(
    chunk: QuestionsChunk,
    private readonly request: ShardRequest = () => {},
  ) {
    checkFormat(chunk, 'questions');
    this.topics = chunk.topics;
    this.pageCount = chunk.pageCount;
    this.pageTopicRecords = chunk.pageTopics.map((positions) => ({ topics: positions.map((position) => chunk.topics[position]!.id) }));
    this.questionBounds = chunk.layout.questionBounds;
    this.blockSize = chunk.layout.blockSize;
    this.synonyms = new SynonymTable(chunk.synonyms);
    for (const field of FIELDS) if (field.chunk === 'questions') this.indexes.set(field.name, new Index({ ...indexOptions(field), encode: alreadyEncoded }));
    this.addInline(chunk.terms, chunk.stored);
  }

  addAnswers(chunk: AnswersChunk): void {
    checkFormat(chunk, 'answers');
    this.answerBounds = chunk.answerBounds;
    for (const field of FIELDS) if (field.chunk === 'answers') this.indexes.set(field.name, new Index({ ...indexOptions(field), encode: alreadyEncoded }));
    this.vocabularies.clear();
    this.addInline(chunk.terms, chunk.excerpts);
  }

  /** A shard that arrived, by its key (shardKeys). */
  addShard(key: string, data: TermShard | StoredBlock | ExcerptBlock): void {
    if (this.loaded.has(key)) return;
    const kind = key[0];
    const number = Number(key.slice(1));
    if (kind === 'd') {
      this.stored.set(number, data as StoredBlock);
      this.titleWords = undefined;
    } else if (kind === 'e') this.excerpts.set(number, data as ExcerptBlock);
    else if (kind === 't' || kind === 'a') this.addTerms(data as TermShard);
    else throw new Error(`Unknown search index shard "${key}": reload the page.`);
    this.loaded.add(key);
  }

  /** Whether every field the scope searches has arrived (shards may still load on demand). */
  isComplete(scope: SearchScope = 'all'): boolean {
    return this.fieldsIn(scope).length === FIELDS.filter((field) => field.scopes.includes(scope)).length;
  }

  search(request: SearchRequest): SearchOutcome {
    const scope = request.scope ?? 'all';
    const missing = this.missingTermShards(request.query, scope);
    const { ranked, terms } = this.rank(request.query, scope);
    const { kept: inChosenTopic, counts: topicCounts } = filterByTopic(ranked, (result) => this.pageTopicRecords[result.page]!, request.topic);
    const limited = bestPages(inChosenTopic, request.limit);
    const withExcerpts = scope === 'all' && this.answerBounds !== undefined;
    for (const { page } of limited) {
      const block = blockOfPage(page, this.blockSize);
      if (!this.stored.has(block)) missing.add(shardKeys.stored(block));
      if (withExcerpts && !this.excerpts.has(block)) missing.add(shardKeys.excerpts(block));
    }
    if (missing.size > 0) this.request([...missing]);
    const hits = limited.flatMap(({ page, score }): SearchHit[] => {
      const question = this.question(page);
      if (!question) return [];
      return [
        {
          question,
          score,
          title: highlight(question.title, terms),
          ...(scope === 'all' && question.excerpt !== undefined ? { excerpt: highlight(question.excerpt, terms) } : {}),
        },
      ];
    });
    const complete = this.isComplete(scope) && missing.size === 0;
    return {
      hits,
      total: inChosenTopic.length,
      topicCounts,
      totalInAllTopics: ranked.length,
      // Until the index this search needs has arrived, "nothing found" may not last: no suggestion yet.
      suggestion: hits.length > 0 || !complete ? undefined : this.suggest(request, scope, ranked.length),
      complete,
    };
  }

  /** The stored result of a page, once its block has arrived. */
  private question(page: number): StoredQuestion | undefined {
    const block = blockOfPage(page, this.blockSize);
    const stored = this.stored.get(block);
    if (!stored) return undefined;
    const offset = page - block * this.blockSize;
    const excerpt = this.excerpts.get(block)?.excerpts[offset];
    return {
      id: stored.ids[offset]!,
      title: stored.titles[offset]!,
      url: stored.urls[offset]!,
      topics: this.pageTopicRecords[page]!.topics,
      ...(excerpt === undefined ? {} : { excerpt }),
    };
  }

  private addInline(terms: InlineShards<TermShard>, blocks: InlineShards<StoredBlock | ExcerptBlock>): void {
    for (const [key, shard] of Object.entries(terms)) this.addShard(key, shard);
    for (const [key, block] of Object.entries(blocks)) this.addShard(key, block);
  }

  private addTerms(shard: TermShard): void {
    for (const [name, postings] of Object.entries(shard.fields) as [FieldName, Postings][]) {
      const index = this.indexes.get(name);
      if (!index) throw new Error(`A search index shard holds the ${name} field before its index file arrived: reload the page.`);
      index.import('map', decodePostings(postings) as unknown as string);
      this.terms.set(name, [...(this.terms.get(name) ?? []), ...postingTerms(postings)]);
    }
    this.vocabularies.clear();
  }

  private missingTermShards(query: string, scope: SearchScope): Set<string> {
    const missing = new Set<string>();
    const words = wordsOf(query, this.synonyms);
    const want = (bounds: readonly string[] | undefined, key: (shard: number) => string) => {
      if (bounds === undefined) return;
      for (const word of words) for (const shard of shardsOfWord(bounds, word)) if (!this.loaded.has(key(shard))) missing.add(key(shard));
    };
    want(this.questionBounds, shardKeys.questionTerms);
    if (scope === 'all') want(this.answerBounds, shardKeys.answerTerms);
    return missing;
  }

  private fieldsIn(scope: SearchScope): FieldSpec[] {
    return FIELDS.filter((field) => field.scopes.includes(scope) && this.indexes.has(field.name));
  }

  private vocabulary(scope: SearchScope): Vocabulary {
    let vocabulary = this.vocabularies.get(scope);
    if (!vocabulary) {
      vocabulary = new Vocabulary(this.fieldsIn(scope).flatMap((field) => this.terms.get(field.name) ?? []));
      this.vocabularies.set(scope, vocabulary);
    }
    return vocabulary;
  }

  // Unresolved, flexsearch returns the pages per position slot instead of one flat list.
  private readonly lookup: TermLookup = (field, term) => (this.indexes.get(field.name)?.search(term, { resolve: false }).result ?? []) as number[][];

  private rank(query: string, scope: SearchScope) {
    const fields = this.fieldsIn(scope);
    const vocabulary = this.vocabulary(scope);
    const expansions = new Map<QueryWord, readonly Candidate[]>();
    const expand = (word: QueryWord) => {
      let candidates = expansions.get(word);
      if (!candidates) expansions.set(word, (candidates = expandWord(word, vocabulary)));
      return candidates;
    };
    const slots = parseQuery(query, this.synonyms).map((slot) => scoreSlot(slot, fields, expand, this.lookup, this.pageCount));
    return { ranked: rankPages(slots, this.pageCount), terms: matchedTerms(slots) };
  }

  private suggest(request: SearchRequest, scope: SearchScope, totalInAllTopics: number): Suggestion | undefined {
    if (totalInAllTopics > 0) return { kind: 'other-topics', total: totalInAllTopics };
    const vocabulary = this.vocabulary(scope);
    const unmatched = new Set(
      parseQuery(request.query, this.synonyms)
        .filter((slot) => slot.alternatives.every((alternative) => alternative.words.every((word) => expandWord(word, vocabulary).length === 0)))
        .map((slot) => slot.label),
    );
    // Only needed when a search finds nothing, so not computed while the engine loads. From the titles that have arrived: all of them in a small index.
    this.titleWords ??= titleWords([...[...this.stored.values()].flatMap((block) => block.titles), ...this.topics.map((topic) => topic.title)]);
    const respelled = spellingSuggestion(request.query, unmatched, this.titleWords);
    if (respelled === undefined || respelled === request.query) return undefined;
    const found = this.rank(respelled, scope).ranked.some((result) => inTopic(this.pageTopicRecords[result.page]!, request.topic));
    return found ? { kind: 'spelling', query: respelled } : undefined;
  }
}

export function createSearcher(questions: QuestionsChunk, request?: ShardRequest): Searcher {
  return new Searcher(questions, request);
}
