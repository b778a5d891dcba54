/**
 * What is indexed, where it is shipped, and how much a match in it counts.
 *
 * The index is split in two files so that the first search downloads little:
 * `questions` holds the stored results and the short fields, `answers` the
 * answer text (the bulk of the words). Results appear from `questions` alone
 * and are refined when `answers` arrives. Study mode searches the question
 * scope only: title and topics, never the answer or keywords taken from it.
 */
export const FIELD_NAMES = ['title', 'topics', 'keywords', 'answer'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export const CHUNK_NAMES = ['questions', 'answers'] as const;
export type ChunkName = (typeof CHUNK_NAMES)[number];

/** `question`: the question's own words only (for study mode); `all`: also the answer. */
export type SearchScope = 'question' | 'all';

export interface FieldSpec {
  readonly name: FieldName;
  readonly chunk: ChunkName;
  /** A match here counts this much; the title counts most. */
  readonly weight: number;
  /**
   * flexsearch's scoring slots by word position. 1 for short fields, where
   * position says nothing; more for the answer, whose opening words say what
   * it is about.
   */
  readonly resolution: number;
  readonly scopes: readonly SearchScope[];
}

export const FIELDS: readonly FieldSpec[] = [
  { name: 'title', chunk: 'questions', weight: 3, resolution: 1, scopes: ['question', 'all'] },
  { name: 'keywords', chunk: 'questions', weight: 1.5, resolution: 1, scopes: ['all'] },
  { name: 'topics', chunk: 'questions', weight: 1.2, resolution: 1, scopes: ['question', 'all'] },
  { name: 'answer', chunk: 'answers', weight: 1, resolution: 5, scopes: ['all'] },
];

export function fieldsOfChunk(chunk: ChunkName): FieldSpec[] {
  return FIELDS.filter((field) => field.chunk === chunk);
}

/** The same options at build time (with the encoder) and in the browser (with the terms already encoded). */
export function indexOptions(field: FieldSpec): { tokenize: 'strict'; resolution: number; fastupdate: false } {
  return { tokenize: 'strict', resolution: field.resolution, fastupdate: false };
}
