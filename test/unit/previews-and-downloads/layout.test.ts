import { describe, expect, it } from 'vitest';
import { fitText, maxLinesAt, wrapWords, type Measure, type TextBox } from '../../../src/plugins/previews-and-downloads/server/preview-image/layout.ts';

/** Every character half as wide as the font size: easy widths to reason about. */
const halfEm: Measure = (text, fontSize) => [...text].length * fontSize * 0.5;

const box: TextBox = { maxWidth: 100, maxHeight: 60, lineHeight: 1, fontSizes: [20, 10] };

describe('wrapWords', () => {
  it('puts as many words on a line as fit', () => {
    // 10 characters fit a line at size 20.
    expect(wrapWords('aaaa bbbb cccc dd', 100, 20, halfEm)).toEqual(['aaaa bbbb', 'cccc dd']);
  });

  it('keeps every word, in order, and no line is wider than the box', () => {
    const text = 'How do you decide recovery time objectives and recovery point objectives for a payments system?';
    const lines = wrapWords(text, 100, 10, halfEm);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(halfEm(line, 10)).toBeLessThanOrEqual(100);
  });

  it('breaks a word wider than the line instead of letting it overflow', () => {
    const lines = wrapWords('x supercalifragilistic y', 100, 20, halfEm);
    expect(lines).toEqual(['x', 'supercalif', 'ragilistic', 'y']);
  });

  it('collapses runs of whitespace and gives no lines for empty text', () => {
    expect(wrapWords('  a \n  b  ', 100, 20, halfEm)).toEqual(['a b']);
    expect(wrapWords('   ', 100, 20, halfEm)).toEqual([]);
  });
});

describe('fitText', () => {
  it('uses the largest size when the text fits it', () => {
    expect(fitText('short one', box, halfEm)).toEqual({ fontSize: 20, lines: ['short one'], truncated: false });
  });

  it('shrinks long text to the next size that holds it', () => {
    // At 20 it needs 4 lines (3 fit in 60 px); at 10 it needs 2 of the 6 that fit.
    const fitted = fitText('aaaa bbbb cccc dddd eeee ffff gggg', box, halfEm);
    expect(fitted.fontSize).toBe(10);
    expect(fitted.truncated).toBe(false);
    expect(fitted.lines.join(' ')).toBe('aaaa bbbb cccc dddd eeee ffff gggg');
  });

  it('cuts text too long for the smallest size at a word, with an ellipsis, inside the box', () => {
    const words = Array.from({ length: 80 }, (_, index) => `w${index}`).join(' ');
    const fitted = fitText(words, box, halfEm);
    expect(fitted.truncated).toBe(true);
    expect(fitted.fontSize).toBe(10);
    expect(fitted.lines).toHaveLength(maxLinesAt(box, 10));
    expect(fitted.lines.at(-1)).toMatch(/ w\d+…$/);
    for (const line of fitted.lines) expect(halfEm(line, 10)).toBeLessThanOrEqual(box.maxWidth);
    expect(words.startsWith(fitted.lines.join(' ').replace(/…$/, ''))).toBe(true);
  });

  it('refuses an empty list of sizes', () => {
    expect(() => fitText('x', { ...box, fontSizes: [] }, halfEm)).toThrowErrorMatchingInlineSnapshot(`[Error: fitText: give at least one font size]`);
  });
});
