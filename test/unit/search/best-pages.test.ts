/**
 * Picking the results a search shows (shared/score.ts `bestPages`): the best `limit` pages, best first, equal scores
 * in page order, as a full sort would give, on written-down cases.
 */
import { describe, expect, it } from 'vitest';
import { bestPages, type RankedPage } from '../../../src/plugins/search/shared/score.ts';

const ranked = (...pairs: [page: number, score: number][]): RankedPage[] => pairs.map(([page, score]) => ({ page, score }));
const pagesOf = (pages: readonly RankedPage[]) => pages.map(({ page }) => page);

describe('the best pages of a search', () => {
  const pages = ranked([4, 0.5], [1, 2], [9, 0.5], [3, 7], [0, 0.5], [6, 1], [2, 9]);

  it('keeps the best, best first', () => {
    expect(pagesOf(bestPages(pages, 3))).toEqual([2, 3, 1]);
  });

  it('orders equal scores by page, also where the limit cuts through them', () => {
    expect(pagesOf(bestPages(pages, 5))).toEqual([2, 3, 1, 6, 0]);
    expect(pagesOf(bestPages(pages, 6))).toEqual([2, 3, 1, 6, 0, 4]);
  });

  it('returns everything in order without a limit, or with one larger than the results', () => {
    expect(pagesOf(bestPages(pages, undefined))).toEqual([2, 3, 1, 6, 0, 4, 9]);
    expect(pagesOf(bestPages(pages, 50))).toEqual([2, 3, 1, 6, 0, 4, 9]);
    expect(bestPages([], 8)).toEqual([]);
  });

  it('leaves the pages it was given as they were', () => {
    const before = structuredClone(pages);
    bestPages(pages, 3);
    expect(pages).toEqual(before);
  });

  it('differs from the unsorted input (negative control: the cases above test an ordering)', () => {
    expect(pagesOf(pages.slice(0, 3))).not.toEqual(pagesOf(bestPages(pages, 3)));
  });
});
