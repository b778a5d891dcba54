/**
 * The contrast arithmetic the visible-text browser test relies on, checked
 * against values published outside this project: WCAG 2's definitions and
 * understanding documents, and WebAIM's contrast checker.
 */
import { describe, expect, it } from 'vitest';
import {
  WHITE,
  composite,
  contrastRatio,
  effectiveBackground,
  isLargeText,
  judgeText,
  parseCssColor,
  relativeLuminance,
  type Layer,
  type TextSample,
} from '../../browser/helpers/contrast.ts';

const hex = (value: string) => {
  const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(value.slice(start, start + 2), 16)) as [number, number, number];
  return { r, g, b, a: 1 };
};
const BLACK = hex('#000000');

describe('parseCssColor', () => {
  it('reads the forms Chromium computes', () => {
    expect(parseCssColor('rgb(11, 92, 173)')).toEqual({ r: 11, g: 92, b: 173, a: 1 });
    expect(parseCssColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseCssColor('rgba(28, 30, 33, 0.5)')).toEqual({ r: 28, g: 30, b: 33, a: 0.5 });
    expect(parseCssColor('rgb(28 30 33 / 50%)')).toEqual({ r: 28, g: 30, b: 33, a: 0.5 });
    expect(parseCssColor('transparent').a).toBe(0);
  });

  it('throws on a colour it cannot read rather than guessing (negative control)', () => {
    expect(() => parseCssColor('oklch(0.5 0.1 200)')).toThrow(/cannot read the colour/);
    expect(() => parseCssColor('currentcolor')).toThrow(/cannot read the colour/);
  });
});

describe('relative luminance and contrast ratio (WCAG 2)', () => {
  it('gives the defined extremes: black 0, white 1, black on white 21:1, a colour on itself 1:1', () => {
    expect(relativeLuminance(BLACK)).toBe(0);
    expect(relativeLuminance(WHITE)).toBeCloseTo(1, 10);
    expect(contrastRatio(BLACK, WHITE)).toBeCloseTo(21, 10);
    expect(contrastRatio(WHITE, BLACK)).toBeCloseTo(21, 10);
    expect(contrastRatio(hex('#0b5cad'), hex('#0b5cad'))).toBe(1);
  });

  it('matches WebAIM’s contrast checker on greys around the 4.5:1 line', () => {
    expect(contrastRatio(hex('#777777'), WHITE)).toBeCloseTo(4.48, 2);
    expect(contrastRatio(hex('#767676'), WHITE)).toBeCloseTo(4.54, 2);
    expect(contrastRatio(hex('#595959'), WHITE)).toBeCloseTo(7.0, 1);
    expect(contrastRatio(hex('#949494'), WHITE)).toBeCloseTo(3.03, 2);
  });

  it('matches WebAIM on colours: pure red on white 4:1, pure blue on white 8.59:1', () => {
    expect(contrastRatio(hex('#ff0000'), WHITE)).toBeCloseTo(4.0, 2);
    expect(contrastRatio(hex('#0000ff'), WHITE)).toBeCloseTo(8.59, 2);
  });
});

describe('compositing', () => {
  it('paints 50% black over white as mid grey', () => {
    const grey = composite({ ...BLACK, a: 0.5 }, WHITE);
    expect(grey).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
  });

  it('finds the effective background through transparent layers down to the canvas', () => {
    const transparent = parseCssColor('rgba(0, 0, 0, 0)');
    expect(effectiveBackground([transparent, transparent], WHITE)).toEqual(WHITE);
    expect(effectiveBackground([transparent, hex('#0b5cad'), WHITE], WHITE)).toEqual(hex('#0b5cad'));
    // A 50% white layer over black, the outer layer: mid grey.
    expect(effectiveBackground([{ ...WHITE, a: 0.5 }, BLACK], WHITE)).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
  });
});

describe('large text (WCAG: 18pt, or 14pt bold)', () => {
  it('is 24px and up, or 18.66px and up when bold', () => {
    expect(isLargeText(24, 400)).toBe(true);
    expect(isLargeText(23.9, 400)).toBe(false);
    expect(isLargeText(18.66, 700)).toBe(true);
    expect(isLargeText(18.66, 600)).toBe(false);
    expect(isLargeText(18, 700)).toBe(false);
  });
});

describe('judgeText', () => {
  const layer = (backgroundColor: string, more: Partial<Layer> = {}): Layer => ({ backgroundColor, backgroundImage: 'none', opacity: 1, ...more });
  const sample = (color: string, layers: Layer[], fontSizePx = 16, fontWeight = 400): TextSample => ({ color, layers, fontSizePx, fontWeight });
  const onWhite = (color: string, fontSizePx = 16, fontWeight = 400) =>
    judgeText(sample(color, [layer('rgba(0, 0, 0, 0)'), layer('rgb(255, 255, 255)')], fontSizePx, fontWeight), WHITE);

  it('passes black on white and #767676 on white (4.54:1)', () => {
    expect(onWhite('rgb(0, 0, 0)')).toEqual({ ratio: 21, required: 4.5 });
    expect(onWhite('rgb(118, 118, 118)').problem).toBeUndefined();
  });

  it('fails transparent text, even on a background that would contrast with black (negative control: the invisible chip)', () => {
    const chip = judgeText(sample('rgba(0, 0, 0, 0)', [layer('rgb(11, 92, 173)'), layer('rgba(0, 0, 0, 0)')]), WHITE);
    expect(chip.problem).toBe('transparent text');
    expect(chip.ratio).toBe(1);
  });

  it('fails #777 on white (4.48:1) for body text, and passes it as large text at 3:1 (negative control)', () => {
    expect(onWhite('rgb(119, 119, 119)')).toMatchObject({ problem: 'low contrast', required: 4.5 });
    expect(onWhite('rgb(119, 119, 119)').ratio).toBeLessThan(4.5);
    expect(onWhite('rgb(119, 119, 119)', 24).problem).toBeUndefined();
    expect(onWhite('rgb(119, 119, 119)', 19, 700).problem).toBeUndefined();
  });

  it('fails translucent text that is too faint once painted: black at 30% on white', () => {
    expect(onWhite('rgba(0, 0, 0, 0.3)')).toMatchObject({ problem: 'low contrast' });
  });

  it('reads the background through a transparent chip to the page beneath it', () => {
    const darkPage = judgeText(sample('rgb(227, 227, 227)', [layer('rgba(0, 0, 0, 0)'), layer('rgb(27, 27, 29)')]), WHITE);
    expect(darkPage.problem).toBeUndefined();
    const samePage = judgeText(sample('rgb(255, 255, 255)', [layer('rgba(0, 0, 0, 0)')]), WHITE);
    expect(samePage).toMatchObject({ problem: 'low contrast', ratio: 1 });
  });

  it('fades text by its box’s opacity: black text at opacity 0.3 on white fails, as 30% black does', () => {
    const faded = judgeText(sample('rgb(0, 0, 0)', [layer('rgba(0, 0, 0, 0)', { opacity: 0.3 }), layer('rgb(255, 255, 255)')]), WHITE);
    expect(faded).toMatchObject({ problem: 'low contrast' });
    expect(faded.ratio).toBe(onWhite('rgba(0, 0, 0, 0.3)').ratio);
  });

  it('refuses to judge text over an image or gradient that shows through, and ignores one hidden under an opaque box', () => {
    const gradient = 'linear-gradient(rgb(0, 0, 0), rgb(255, 255, 255))';
    expect(judgeText(sample('rgb(0, 0, 0)', [layer('rgba(0, 0, 0, 0)', { backgroundImage: gradient }), layer('rgb(255, 255, 255)')]), WHITE)).toMatchObject({
      problem: 'background image under the text',
    });
    expect(
      judgeText(sample('rgb(0, 0, 0)', [layer('rgb(255, 255, 255)'), layer('rgba(0, 0, 0, 0)', { backgroundImage: gradient })]), WHITE).problem,
    ).toBeUndefined();
  });
});
