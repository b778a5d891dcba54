/**
 * The fonts preview images are set in: Inter from @fontsource/inter, read from
 * node_modules, so rendering needs no network and no system font. WOFF, not
 * WOFF2: satori reads TTF, OTF and WOFF only.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype from 'opentype.js';
import type { Measure } from './layout.ts';

export const FONT_FAMILY = 'Inter';

export interface LoadedFont {
  readonly name: string;
  readonly weight: 400 | 700;
  readonly style: 'normal';
  readonly data: Buffer;
}

/** Latin first, then Latin Extended for the rest of Europe's letters. */
const FILES = [
  ['inter-latin-400-normal.woff', 400],
  ['inter-latin-ext-400-normal.woff', 400],
  ['inter-latin-700-normal.woff', 700],
  ['inter-latin-ext-700-normal.woff', 700],
] as const;

export function loadFonts(): LoadedFont[] {
  const require = createRequire(import.meta.url);
  return FILES.map(([file, weight]) => {
    let path: string;
    try {
      path = require.resolve(`@fontsource/inter/files/${file}`);
    } catch {
      throw new Error(`@fontsource/inter has no files/${file}: run \`npm ci\` (the font must match package-lock.json).`);
    }
    return { name: FONT_FAMILY, weight, style: 'normal', data: readFileSync(path) };
  });
}

/** Changes when any font file does, so cached images are redrawn with the new font. */
export function fontsFingerprint(fonts: readonly LoadedFont[]): string {
  const hash = createHash('sha256');
  for (const font of fonts) hash.update(font.data);
  return hash.digest('hex').slice(0, 16);
}

/**
 * Width of text from the fonts' advance widths (the first font that has the
 * glyph, as satori picks). No kerning: satori's text is then never wider than
 * measured, so a line that fits here fits on the card.
 */
export function measureWith(fonts: readonly LoadedFont[], weight: 400 | 700): Measure {
  const parsed = fonts
    .filter((font) => font.weight === weight)
    .map((font) => opentype.parse(font.data.buffer.slice(font.data.byteOffset, font.data.byteOffset + font.data.byteLength) as ArrayBuffer));
  const widths = new Map<string, number>();
  const advance = (character: string): number => {
    let width = widths.get(character);
    if (width === undefined) {
      const glyph = parsed.map((font) => ({ font, glyph: font.charToGlyph(character) })).find(({ glyph }) => glyph.index !== 0);
      const fallback = parsed[0]!;
      width = glyph ? (glyph.glyph.advanceWidth ?? 0) / glyph.font.unitsPerEm : (fallback.charToGlyph(character).advanceWidth ?? 0) / fallback.unitsPerEm;
      widths.set(character, width);
    }
    return width;
  };
  return (text, fontSize) => {
    let total = 0;
    for (const character of text) total += advance(character);
    return total * fontSize;
  };
}
