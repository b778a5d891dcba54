import type { FieldName } from './fields.ts';
import type { CompiledSynonyms } from './query.ts';
import type { ShardLayout } from './shards.ts';

/** Bumped when the files' shape changes, so a cached old file is refused rather than misread. */
export const INDEX_FORMAT = 3;

/** What a result shows; everything else stays on the question's page. */
export interface StoredQuestion {
  readonly id: number;
  readonly title: string;
  /** Site path without the base URL, e.g. `/questions/error-budget`. */
  readonly url: string;
  /** Topic ids, primary first. */
  readonly topics: readonly string[];
  /** The answer's opening words; arrives with the answers file, never shown in study mode. */
  readonly excerpt?: string;
}

export interface TopicLabel {
  readonly id: string;
  readonly title: string;
}

/** A topic as the search page lists it, even before the index loads (and without JavaScript). */
export interface TopicLink extends TopicLabel {
  /** Site path without the base URL. */
  readonly permalink: string;
}

/**
 * One field's postings as flexsearch's export lists them (its `map` part):
 * [term, page numbers per position slot]; in the index files, the page numbers
 * as gaps (postings-codec.ts). Imported with `index.import('map', …)`, which adds
 * to what is already there, so shards can arrive one by one.
 */
export type Postings = readonly (readonly [string, unknown])[];

/** The postings of one range of terms (shared/shards.ts), per field. */
export interface TermShard {
  readonly fields: Readonly<Partial<Record<FieldName, Postings>>>;
}

/**
 * One block of stored results as columns, one entry per page number from the
 * block's first: field names are not repeated for every question, which
 * halves the gzip size at 5,000 questions.
 */
export interface StoredBlock {
  readonly ids: readonly number[];
  readonly titles: readonly string[];
  readonly urls: readonly string[];
}

/** The answers' openings for one block of pages. */
export interface ExcerptBlock {
  readonly excerpts: readonly string[];
}

/** Shards shipped inside an index file, by key (shardKeys); the others load on demand by the same key. */
export type InlineShards<T> = Readonly<Record<string, T>>;

/** The first file a search loads: no answer text, so study mode never downloads any. */
export interface QuestionsChunk {
  readonly format: typeof INDEX_FORMAT;
  readonly pageCount: number;
  readonly topics: readonly TopicLabel[];
  /** Per page number: positions in `topics`, primary first. Every page's, for the topic filter and its counts. */
  readonly pageTopics: readonly (readonly number[])[];
  /** config/synonyms.ts, compiled to stems. */
  readonly synonyms: CompiledSynonyms;
  readonly layout: ShardLayout;
  readonly terms: InlineShards<TermShard>;
  readonly stored: InlineShards<StoredBlock>;
}

export interface AnswersChunk {
  readonly format: typeof INDEX_FORMAT;
  /** The first term of every answer-term shard after the first (shared/shards.ts). */
  readonly answerBounds: readonly string[];
  readonly terms: InlineShards<TermShard>;
  readonly excerpts: InlineShards<ExcerptBlock>;
}

/** Text cut into plain and matched runs. Rendered as text nodes, so it can never become markup. */
export interface Segment {
  readonly text: string;
  readonly match: boolean;
}
