/**
 * Which index terms a query word stands for: itself, the words it begins
 * (while it is being typed, or when it is a cut-off word such as
 * "crashloop"), or, when nothing else matches, the nearest spelling
 * ("kubernets", "postmortum"). Weaker matches count less.
 */
import type { QueryWord } from './query.ts';
import type { Vocabulary } from './vocabulary.ts';

export type MatchKind = 'exact' | 'prefix' | 'fuzzy';

export interface Candidate {
  readonly term: string;
  readonly kind: MatchKind;
  readonly weight: number;
}

const MATCH_WEIGHT = {
  exact: 1,
  /** A completion of a word that matches nothing as typed: most likely what the reader means. */
  prefix: 0.8,
  /** A completion of a word that is itself in the index: usually a different word ("sli" → "slice"). */
  prefixOfKnownWord: 0.3,
  /** One edit away; two edits count less. */
  fuzzy: 0.6,
  fuzzyFar: 0.45,
} as const;

/** Shorter prefixes complete to too many words to mean anything. */
const MIN_PREFIX_LENGTH = 3;
/** A finished word is completed only when it is this long and matches nothing: a cut-off word rather than a short real one ("free" must not find "freshness"). */
const MIN_CUT_OFF_LENGTH = 5;
/** Shorter words are too close to too many others to correct ("free" is one edit from "tree"). */
const MIN_FUZZY_LENGTH = 5;
/** From this length a word may be two edits away. */
const TWO_EDITS_FROM_LENGTH = 8;
const MAX_COMPLETIONS = 40;
const MAX_CORRECTIONS = 3;

export function expandWord(word: QueryWord, vocabulary: Vocabulary): Candidate[] {
  const exact = vocabulary.has(word.stem);
  const candidates: Candidate[] = exact ? [{ term: word.stem, kind: 'exact', weight: MATCH_WEIGHT.exact }] : [];
  if (!word.typed) return candidates;

  const completable = word.surface.length >= MIN_PREFIX_LENGTH && (word.last || (!exact && word.surface.length >= MIN_CUT_OFF_LENGTH));
  if (completable) {
    // Complete what was typed, not its stem: "free" must not complete to "freshness" through "fre".
    const weight = exact ? MATCH_WEIGHT.prefixOfKnownWord : MATCH_WEIGHT.prefix;
    for (const term of vocabulary.completions(word.surface, MAX_COMPLETIONS)) {
      if (term !== word.stem) candidates.push({ term, kind: 'prefix', weight });
    }
  }
  if (candidates.length > 0 || word.stem.length < MIN_FUZZY_LENGTH) return candidates;

  const maxDistance = word.stem.length >= TWO_EDITS_FROM_LENGTH ? 2 : 1;
  const corrections = vocabulary.nearest(word.stem, maxDistance);
  // Only the nearest spellings: a word one edit away beats every word two edits away.
  return corrections
    .filter(({ distance }) => distance === corrections[0]!.distance)
    .slice(0, MAX_CORRECTIONS)
    .map(({ term, distance }) => ({ term, kind: 'fuzzy', weight: distance === 1 ? MATCH_WEIGHT.fuzzy : MATCH_WEIGHT.fuzzyFar }));
}
