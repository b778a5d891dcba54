/**
 * How text becomes search terms, for pages and queries alike. Every step is a
 * plain function, so the index (through flexsearch's Encoder, see
 * encoder.ts), the query parser and the highlighter all use the same rules.
 *
 * normalise (case, accents, apostrophes) → join compound words → split into
 * words → drop stopwords → stem.
 */
import { SEARCH_STOPWORDS as stopwords } from '../../../../lib/text-analysis/stopwords.ts';
import { compoundWords } from './config/synonyms.ts';
import { stem } from '../../../../lib/text-analysis/stem.ts';

/** Anything that is not a letter or a digit separates words: "ci/cd" is two words, "p99" one. */
export const WORD_SEPARATOR = /[^\p{L}\p{N}]+/u;

const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function normalizeText(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const joinedCompounds = compoundWords.map((compound) => compound.split(' ').join(''));
/**
 * One pattern for all compounds, one group each: "on-call", "on call",
 * "oncall" and "On Call" all match `on call`; an inflection may follow
 * ("game days"). A captured leading boundary rather than a lookbehind, which
 * older Safari lacks.
 */
const compoundPattern = new RegExp(
  `(^|[^\\p{L}\\p{N}])(?:${compoundWords.map((compound) => `(${compound.split(' ').map(escapeRegExp).join('[\\s\\-/]*')})`).join('|')})(?=(?:s|es|ed|ing)?(?![\\p{L}\\p{N}]))`,
  'gu',
);

/** Writes every spelling of a compound word as the joined word. Expects normalised text. */
export function joinCompounds(normalized: string): string {
  return normalized.replace(compoundPattern, (_match, boundary: string, ...groups: unknown[]) => {
    const which = groups.slice(0, joinedCompounds.length).findIndex((group) => group !== undefined);
    return boundary + joinedCompounds[which]!;
  });
}

function isStopword(word: string): boolean {
  return stopwords.has(word);
}

export interface Term {
  /** The word as written, normalised: what a prefix is compared with while the reader types. */
  readonly surface: string;
  /** The index key. */
  readonly stem: string;
}

/** The searchable terms of a text, in order. */
export function analyze(text: string): Term[] {
  return joinCompounds(normalizeText(text))
    .split(WORD_SEPARATOR)
    .filter((word) => word !== '' && !isStopword(word))
    .map((word) => ({ surface: word, stem: stem(word) }));
}

/** Just the index keys of a text. */
export function stems(text: string): string[] {
  return analyze(text).map((term) => term.stem);
}
