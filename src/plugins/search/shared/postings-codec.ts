/**
 * Postings as the index files carry them: each slot's page numbers as gaps
 * from the one before (the first from 0), not as page numbers.
 *
 * flexsearch lists a slot's pages in the order they were added, which is page
 * order, so the gaps are small numbers that repeat: at 10,000 questions a
 * common word's slot lists hundreds of pages, and its gaps compress to about
 * half the gzip bytes of its page numbers. A gap may be negative, so any order
 * round-trips.
 */
import type { Postings } from './types.ts';

type Slot = readonly number[] | null;

function isSlots(value: unknown): value is readonly Slot[] {
  return Array.isArray(value) && value.every((slot) => slot === null || (Array.isArray(slot) && slot.every((page) => typeof page === 'number')));
}

function mapSlots(postings: Postings, mapSlot: (pages: readonly number[]) => number[]): Postings {
  return postings.map(([term, slots]) => {
    if (!isSlots(slots)) throw new Error(`the postings of "${term}" are not flexsearch's slots of page numbers: ${JSON.stringify(slots).slice(0, 80)}`);
    return [term, slots.map((pages) => (pages === null ? null : mapSlot(pages)))] as const;
  });
}

/** Page numbers to gaps. */
export function encodePostings(postings: Postings): Postings {
  return mapSlots(postings, (pages) => pages.map((page, position) => page - (position === 0 ? 0 : pages[position - 1]!)));
}

/** Gaps back to page numbers, as flexsearch imports them. */
export function decodePostings(postings: Postings): Postings {
  return mapSlots(postings, (gaps) => {
    let page = 0;
    return gaps.map((gap) => (page += gap));
  });
}
