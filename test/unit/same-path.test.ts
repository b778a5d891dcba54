/** The theme's "same page" rule, written down: any case, one optional trailing slash; missing paths as they are. */
import { describe, expect, it } from 'vitest';
import { isSamePath } from '../../src/routing/same-path.ts';

describe('isSamePath', () => {
  it.each([
    ['/questions/a', '/questions/a'],
    ['/questions/a', '/questions/a/'],
    ['/Questions/A', '/questions/a'],
    [undefined, undefined],
  ])('%s is the same page as %s', (first, second) => expect(isSamePath(first, second)).toBe(true));

  it.each([
    ['/questions/a', '/questions/b'],
    ['/questions/a', '/questions/a//'],
    ['/questions/a', undefined],
    ['', undefined],
  ])('%s is not the same page as %s (negative controls)', (first, second) => expect(isSamePath(first, second)).toBe(false));
});
