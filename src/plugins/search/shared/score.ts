/**
 * Ranking, independent of the index that answers the lookups:
 *
 * 1. per slot and field, how well a page matches (exact beats completed beats
 *    corrected; the reader's word beats a synonym; early in the answer beats
 *    late); every word of a multi-word alternative must be in the same field;
 * 2. per slot, the page's best field plus a share of the others, weighted so
 *    that a title match beats an answer match;
 * 3. per page, the slots' sum weighted by rarity (a word few pages use says
 *    more than one most pages use), times the share of the query it covers,
 *    squared: pages with every word come first, pages missing a rare word
 *    fall furthest, and pages with some words still follow.
 *
 * Scores are per page, so a page appears once however many fields match.
 * Scores live in arrays indexed by page number: at 5,000 questions a common
 * word matches thousands of pages, and maps and sets per page would make
 * every keystroke slow.
 */
import type { Candidate } from './expand.ts';
import type { FieldSpec } from './fields.ts';
import type { QuerySlot, QueryWord } from './query.ts';

/**
 * The pages whose `field` contains `term`, grouped by position slot (0 =
 * earliest), as flexsearch's unresolved search returns them.
 */
export type TermLookup = (field: FieldSpec, term: string) => readonly (readonly number[] | null | undefined)[];
export type ExpandWord = (word: QueryWord) => readonly Candidate[];

/** How much the other matching fields add to the best one. */
const SECONDARY_FIELD_SHARE = 0.25;
/** A match in the last position slot of a field counts this much less than one in the first. */
const POSITION_PENALTY = 0.25;
const COVERAGE_EXPONENT = 2;

export interface SlotResult {
  /** By page number: how well the page matches the slot (0: not at all). */
  readonly scores: Float64Array;
  /** How many pages match. */
  readonly matches: number;
  /** Index terms that matched, for highlighting. */
  readonly terms: ReadonlySet<string>;
}

export interface RankedPage {
  readonly page: number;
  readonly score: number;
}

function positionFactor(position: number, resolution: number): number {
  return resolution <= 1 ? 1 : 1 - (POSITION_PENALTY * Math.min(position, resolution - 1)) / (resolution - 1);
}

/** By page: the word's best match strength in the field. */
function wordStrength(word: QueryWord, field: FieldSpec, expand: ExpandWord, lookup: TermLookup, pageCount: number, terms: Set<string>): Float64Array {
  const strength = new Float64Array(pageCount);
  for (const candidate of expand(word)) {
    lookup(field, candidate.term).forEach((pages, position) => {
      if (!pages || pages.length === 0) return;
      terms.add(candidate.term);
      const value = candidate.weight * positionFactor(position, field.resolution);
      for (const page of pages) if (value > strength[page]!) strength[page] = value;
    });
  }
  return strength;
}

export function scoreSlot(slot: QuerySlot, fields: readonly FieldSpec[], expand: ExpandWord, lookup: TermLookup, pageCount: number): SlotResult {
  const best = new Float64Array(pageCount);
  const total = new Float64Array(pageCount);
  const terms = new Set<string>();
  for (const field of fields) {
    const inField = new Float64Array(pageCount);
    for (const alternative of slot.alternatives) {
      const alternativeTerms = new Set<string>();
      // Every word of the alternative, in this field; the weakest word sets the strength.
      const [first, ...rest] = alternative.words.map((word) => wordStrength(word, field, expand, lookup, pageCount, alternativeTerms));
      if (!first) continue;
      let matched = false;
      for (let page = 0; page < pageCount; page++) {
        let value = first[page]!;
        for (const other of rest) value = Math.min(value, other[page]!);
        value *= alternative.weight;
        if (value > 0) matched = true;
        if (value > inField[page]!) inField[page] = value;
      }
      if (matched) for (const term of alternativeTerms) terms.add(term);
    }
    for (let page = 0; page < pageCount; page++) {
      const value = field.weight * inField[page]!;
      total[page] = total[page]! + value;
      if (value > best[page]!) best[page] = value;
    }
  }
  let matches = 0;
  const scores = new Float64Array(pageCount);
  for (let page = 0; page < pageCount; page++) {
    if (best[page]! === 0) continue;
    scores[page] = best[page]! + SECONDARY_FIELD_SHARE * (total[page]! - best[page]!);
    matches++;
  }
  return { scores, matches, terms };
}

/** Every page that matches, unordered (bestPages orders them). */
export function rankPages(slots: readonly SlotResult[], pageCount: number): RankedPage[] {
  const rarity = slots.map((slot) => (slot.matches === 0 ? 0 : Math.log(1 + pageCount / slot.matches)));
  const queryWeight = rarity.reduce((sum, value) => sum + value, 0);
  if (queryWeight === 0) return [];
  const ranked: RankedPage[] = [];
  for (let page = 0; page < pageCount; page++) {
    let score = 0;
    let covered = 0;
    for (let index = 0; index < slots.length; index++) {
      const slotScore = slots[index]!.scores[page]!;
      if (slotScore === 0) continue;
      score += rarity[index]! * slotScore;
      covered += rarity[index]!;
    }
    if (score > 0) ranked.push({ page, score: score * (covered / queryWeight) ** COVERAGE_EXPONENT });
  }
  return ranked;
}

/** Best first; equal scores in page order. */
const byRank = (a: RankedPage, b: RankedPage): number => b.score - a.score || a.page - b.page;

/**
 * The best `limit` pages of `pages`, best first: what sorting them all and keeping the first `limit` gives, without
 * sorting thousands of pages to show 8.
 */
export function bestPages(pages: readonly RankedPage[], limit: number | undefined): RankedPage[] {
  if (limit === undefined || pages.length <= limit) return [...pages].sort(byRank);
  const best: RankedPage[] = [];
  for (const page of pages) {
    if (best.length === limit && byRank(page, best[limit - 1]!) >= 0) continue;
    let at = best.length < limit ? best.length : limit - 1;
    while (at > 0 && byRank(page, best[at - 1]!) < 0) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = page;
  }
  return best;
}

/** Every index term that matched any slot: what to highlight in the results. */
export function matchedTerms(slots: readonly SlotResult[]): Set<string> {
  const terms = new Set<string>();
  for (const slot of slots) for (const term of slot.terms) terms.add(term);
  return terms;
}
