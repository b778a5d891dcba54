import type { FieldName } from './fields.ts';
import type { CompiledSynonyms } from './query.ts';

/** Bumped when the files' shape changes, so a cached old file is refused rather than misread. */
export const INDEX_FORMAT = 1;

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

/** One flexsearch index as its `export()` wrote it: key → the parsed JSON data. */
export type ExportedIndex = Readonly<Record<string, unknown>>;

/**
 * The stored questions as columns, one entry per page number: field names
 * are not repeated for every question, which halves the gzip size at 5,000
 * questions. `topics` holds positions in the file's topic list.
 */
export interface StoredColumns {
  readonly ids: readonly number[];
  readonly titles: readonly string[];
  readonly urls: readonly string[];
  readonly topics: readonly (readonly number[])[];
}

/** The first file a search loads: no answer text, so study mode never downloads any. */
export interface QuestionsChunk {
  readonly format: typeof INDEX_FORMAT;
  readonly questions: StoredColumns;
  readonly topics: readonly TopicLabel[];
  /** config/synonyms.ts, compiled to stems. */
  readonly synonyms: CompiledSynonyms;
  readonly fields: Readonly<Partial<Record<FieldName, ExportedIndex>>>;
}

export interface AnswersChunk {
  readonly format: typeof INDEX_FORMAT;
  /** Per page number. */
  readonly excerpts: readonly string[];
  readonly fields: Readonly<Partial<Record<FieldName, ExportedIndex>>>;
}

/** Text cut into plain and matched runs. Rendered as text nodes, so it can never become markup. */
export interface Segment {
  readonly text: string;
  readonly match: boolean;
}
