import type { QuestionRecord, TopicRecord } from '../../../../contract/records.ts';
/**
 * Builds the search index files from the generated question data, with
 * flexsearch's export, cut into shards (shared/shards.ts). Pure: data in,
 * data out; the plugin writes the files.
 */
import { Index } from 'flexsearch';
import { synonymGroups } from '../shared/config/synonyms.ts';
import { createEncoder } from '../shared/encoder.ts';
import { type FieldName, type FieldSpec, fieldsOfChunk, indexOptions } from '../shared/fields.ts';
import { compileSynonyms } from '../shared/query.ts';
import { encodePostings } from '../shared/postings-codec.ts';
import { cutIntoRanges, shardKeys, shardOfTerm } from '../shared/shards.ts';
import { type AnswersChunk, type ExcerptBlock, INDEX_FORMAT, type Postings, type QuestionsChunk, type StoredBlock, type TermShard } from '../shared/types.ts';
import { excerpt } from './excerpt.ts';

/** The fields of the generator's records (contract/records.ts) search indexes. */
export type SearchableQuestion = Pick<QuestionRecord, 'id' | 'title' | 'permalink' | 'primaryTopic' | 'secondaryTopics' | 'answer' | 'keywords'>;
export type SearchableTopic = Pick<TopicRecord, 'id' | 'title' | 'permalink'>;

/**
 * Shard sizes, in bytes of JSON with page numbers as gaps (about a third of
 * that gzip). Small, so that a first search, which needs a few term shards of
 * each kind and the blocks of its 8 results, stays small: at 10,000 questions
 * the largest first search of the evaluation queries downloads 133 KB gzip,
 * the engine's 22 KB included (24 and 48 KB budgets: 244 KB). While the whole
 * index is under `inlineUpTo` (the real 52 questions: about 60 KB) it is not
 * cut at all, and the two index files hold everything.
 */
const SHARD_BUDGET: ShardBudget = {
  questionTerms: 8_000,
  answerTerms: 16_000,
  /** Pages per block of stored results and excerpts: a navbar search shows 8, so it needs at most 8 blocks. */
  blockSize: 50,
  inlineUpTo: 200_000,
};

export interface ShardBudget {
  readonly questionTerms: number;
  readonly answerTerms: number;
  readonly blockSize: number;
  /** Question and answer terms together, in bytes of JSON, up to which nothing is cut. */
  readonly inlineUpTo: number;
}

export interface SearchIndexFiles {
  readonly questions: QuestionsChunk;
  readonly answers: AnswersChunk;
  /** Shards that load on demand, by key (empty while everything fits the index files). */
  readonly shards: ReadonlyMap<string, TermShard | StoredBlock | ExcerptBlock>;
}

export interface BuildOptions {
  readonly excerptLength: number;
}

/** One field's postings, sorted by term, page numbers as gaps (shared/postings-codec.ts). */
function postingsOf(field: FieldSpec, texts: readonly Record<FieldName, string>[]): Postings {
  const index = new Index({ ...indexOptions(field), encoder: createEncoder() });
  // Dense page numbers (the position in `questions`) keep the exported id lists short.
  texts.forEach((text, page) => index.add(page, text[field.name]));
  const entries: [string, unknown][] = [];
  // With a callback that returns nothing, flexsearch exports synchronously. Only `map` is needed: lookups never read the id registry.
  index.export((key, data) => {
    if (key.endsWith('map')) entries.push(...(JSON.parse(data) as [string, unknown][]));
  });
  return encodePostings(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The fields' postings and each term's size in bytes of JSON. */
function termsOf(fields: readonly FieldSpec[], texts: readonly Record<FieldName, string>[]) {
  const postings = new Map(fields.map((field) => [field.name, postingsOf(field, texts)]));
  const bytes = new Map<string, number>();
  for (const entries of postings.values()) for (const entry of entries) bytes.set(entry[0], (bytes.get(entry[0]) ?? 0) + JSON.stringify(entry).length + 1);
  let total = 0;
  for (const size of bytes.values()) total += size;
  return { postings, bytes, total };
}

/** The postings cut into term ranges of about `budget` bytes (one range when `budget` is Infinity); returns the ranges' bounds and shards. */
function cutTerms({ postings, bytes }: ReturnType<typeof termsOf>, budget: number) {
  const terms = [...bytes.keys()].sort();
  const bounds =
    budget === Infinity
      ? []
      : cutIntoRanges(
          terms.map((term) => ({ term, bytes: bytes.get(term)! })),
          budget,
        );
  const shards: TermShard[] = Array.from({ length: bounds.length + 1 }, () => ({ fields: {} }));
  for (const [name, entries] of postings) {
    for (const entry of entries) {
      const shard = shards[shardOfTerm(bounds, entry[0])]!;
      ((shard.fields as Record<string, [string, unknown][]>)[name] ??= []).push(entry as [string, unknown]);
    }
  }
  return { bounds, shards };
}

function blocks<T>(count: number, blockSize: number, block: (first: number, end: number) => T): T[] {
  return Array.from({ length: Math.max(1, Math.ceil(count / blockSize)) }, (_, index) => block(index * blockSize, Math.min(count, (index + 1) * blockSize)));
}

function fieldTexts(question: SearchableQuestion, topicTitle: (id: string) => string): Record<FieldName, string> {
  return {
    title: question.title,
    topics: [question.primaryTopic, ...question.secondaryTopics].map(topicTitle).join('\n'),
    keywords: question.keywords.join('\n'),
    answer: question.answer,
  };
}

/** Shards keyed for loading; all of a part inline while it is one shard and one block. */
function place<T, B>(termShards: readonly T[], pageBlocks: readonly B[], termKey: (shard: number) => string, blockKey: (block: number) => string) {
  const terms = new Map(termShards.map((shard, index) => [termKey(index), shard]));
  const pages = new Map(pageBlocks.map((block, index) => [blockKey(index), block]));
  const inline = termShards.length === 1 && pageBlocks.length === 1;
  return {
    terms: inline ? Object.fromEntries(terms) : {},
    blocks: inline ? Object.fromEntries(pages) : {},
    separate: inline ? new Map<string, T | B>() : new Map<string, T | B>([...terms, ...pages]),
  };
}

export function buildSearchIndex(
  questions: readonly SearchableQuestion[],
  topics: readonly SearchableTopic[],
  options: BuildOptions,
  budget: ShardBudget = SHARD_BUDGET,
): SearchIndexFiles {
  const titles = new Map(topics.map((topic) => [topic.id, topic.title]));
  const topicTitle = (id: string): string => {
    const title = titles.get(id);
    if (title === undefined) throw new Error(`question data names topic "${id}", which topics.json does not list`);
    return title;
  };
  const texts = questions.map((question) => fieldTexts(question, topicTitle));
  const topicPosition = new Map(topics.map((topic, position) => [topic.id, position]));

  const questionTermSizes = termsOf(fieldsOfChunk('questions'), texts);
  const answerTermSizes = termsOf(fieldsOfChunk('answers'), texts);
  const whole = questionTermSizes.total + answerTermSizes.total <= budget.inlineUpTo;
  const blockSize = whole ? Math.max(1, questions.length) : budget.blockSize;
  const questionTerms = cutTerms(questionTermSizes, whole ? Infinity : budget.questionTerms);
  const stored = blocks(questions.length, blockSize, (first, end): StoredBlock => {
    const slice = questions.slice(first, end);
    return { ids: slice.map((question) => question.id), titles: slice.map((question) => question.title), urls: slice.map((question) => question.permalink) };
  });
  const questionPart = place(questionTerms.shards, stored, shardKeys.questionTerms, shardKeys.stored);

  const answerTerms = cutTerms(answerTermSizes, whole ? Infinity : budget.answerTerms);
  const excerpts = blocks(questions.length, blockSize, (first, end): ExcerptBlock => ({
    excerpts: questions.slice(first, end).map((question) => excerpt(question.answer, options.excerptLength)),
  }));
  const answerPart = place(answerTerms.shards, excerpts, shardKeys.answerTerms, shardKeys.excerpts);

  return {
    questions: {
      format: INDEX_FORMAT,
      pageCount: questions.length,
      topics: topics.map(({ id, title }) => ({ id, title })),
      pageTopics: questions.map((question) => [question.primaryTopic, ...question.secondaryTopics].map((id) => topicPosition.get(id)!)),
      synonyms: compileSynonyms(synonymGroups),
      layout: { questionBounds: questionTerms.bounds, blockSize },
      terms: questionPart.terms,
      stored: questionPart.blocks,
    },
    answers: {
      format: INDEX_FORMAT,
      answerBounds: answerTerms.bounds,
      terms: answerPart.terms,
      excerpts: answerPart.blocks,
    },
    shards: new Map<string, TermShard | StoredBlock | ExcerptBlock>([...questionPart.separate, ...answerPart.separate]),
  };
}
