/**
 * The precache keeps only the KaTeX fonts the site's formulas can request. The CSS below is a written-down excerpt of
 * katex.min.css 0.16 (its real selectors), and the pages are tiny HTML written here, quoted and minified (unquoted).
 */
import { describe, expect, it } from 'vitest';
import { classTokensOf, katexFamiliesInUse, katexFontFamilyOf, withoutUnusedKatexFonts } from '../../../src/plugins/offline/server/katex-fonts-in-use.ts';

const KATEX_CSS = [
  '@font-face{font-family:KaTeX_Main;font-style:normal;font-weight:400;src:url(fonts/KaTeX_Main-Regular.woff2) format("woff2")}',
  '.katex{font:normal 1.21em KaTeX_Main,Times New Roman,serif;line-height:1.2}',
  '.katex .mathnormal{font-family:KaTeX_Math;font-style:italic}',
  '.katex .mathcal{font-family:KaTeX_Caligraphic}',
  '.katex .mathfrak,.katex .textfrak{font-family:KaTeX_Fraktur}',
  '.katex .delimsizing.size3{font-family:KaTeX_Size3}',
].join('');

const FONTS = [
  'assets/katex.0e3b7a9c/fonts/KaTeX_Main-Regular.woff2',
  'assets/katex.0e3b7a9c/fonts/KaTeX_Main-Bold.woff2',
  'assets/katex.0e3b7a9c/fonts/KaTeX_Math-Italic.woff2',
  'assets/katex.0e3b7a9c/fonts/KaTeX_Caligraphic-Regular.woff2',
  'assets/katex.0e3b7a9c/fonts/KaTeX_Fraktur-Bold.woff2',
  'assets/katex.0e3b7a9c/fonts/KaTeX_Size3-Regular.woff2',
];
const OTHER_FILES = ['assets/js/main.12345678.js', 'assets/katex.0e3b7a9c/katex.min.css', 'questions/a.html'];

describe('KaTeX fonts in the precache', () => {
  it('names the family of a KaTeX font file, and of nothing else', () => {
    expect(katexFontFamilyOf('assets/katex.0e3b7a9c/fonts/KaTeX_Main-BoldItalic.woff2')).toBe('KaTeX_Main');
    expect(katexFontFamilyOf('assets/fonts/inter-latin-400-normal.woff2')).toBeUndefined();
    expect(katexFontFamilyOf('assets/katex.0e3b7a9c/fonts/KaTeX_Main-Regular.woff')).toBeUndefined();
  });

  it('reads class tokens from quoted and minified (unquoted) attributes', () => {
    expect(classTokensOf(`<span class="katex mathnormal">x</span><span class=mord>y</span><p class='a  b'>`)).toEqual([
      'katex',
      'mathnormal',
      'mord',
      'a',
      'b',
    ]);
  });

  it('keeps a family when every class of one of its selectors is on some page', () => {
    const used = katexFamiliesInUse(KATEX_CSS, new Set(['katex', 'mathnormal', 'delimsizing', 'size3']));
    expect([...used].sort()).toEqual(['KaTeX_Main', 'KaTeX_Math', 'KaTeX_Size3']);
  });

  it('keeps a family for any one of a comma-separated list of selectors', () => {
    expect([...katexFamiliesInUse(KATEX_CSS, new Set(['katex', 'textfrak']))].sort()).toEqual(['KaTeX_Fraktur', 'KaTeX_Main']);
  });

  it('drops the fonts of families no page uses, and keeps every other file', () => {
    const kept = withoutUnusedKatexFonts([...FONTS, ...OTHER_FILES], KATEX_CSS, new Set(['katex', 'mathnormal']));
    expect(kept).toEqual([FONTS[0], FONTS[1], FONTS[2], ...OTHER_FILES]);
  });

  it('drops nothing when a page uses every family (negative control: the filter is driven by the pages)', () => {
    const everything = new Set(['katex', 'mathnormal', 'mathcal', 'mathfrak', 'delimsizing', 'size3']);
    expect(withoutUnusedKatexFonts([...FONTS, ...OTHER_FILES], KATEX_CSS, everything)).toEqual([...FONTS, ...OTHER_FILES]);
  });

  it('keeps no KaTeX font on a site without formulas (size3 alone is not the selector .delimsizing.size3)', () => {
    expect(withoutUnusedKatexFonts(FONTS, KATEX_CSS, new Set(['size3', 'navbar']))).toEqual([]);
  });
});
