/**
 * The fonts preview images are set in: Inter from @fontsource/inter, read from
 * node_modules, so rendering needs no network and no system font. WOFF, not
 * WOFF2: opentype.js reads TTF, OTF and WOFF only.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype, { type Font, type Glyph } from 'opentype.js';
import type { Measure } from './layout.ts';

/** A weight's text as outlines (see outlineWith). */
export interface Outline {
  /** Above and below the baseline, as fractions of the font size (the font's hhea metrics, which CSS uses). */
  readonly ascent: number;
  readonly descent: number;
  /** The same widths as measureWith's. */
  readonly width: Measure;
  pathData(text: string, x: number, baseline: number, fontSize: number): string;
}

export interface LoadedFont {
  readonly weight: 400 | 700;
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
    return { weight, data: readFileSync(path) };
  });
}

/** Changes when any font file does, so cached images are redrawn with the new font. */
export function fontsFingerprint(fonts: readonly LoadedFont[]): string {
  const hash = createHash('sha256');
  for (const font of fonts) hash.update(font.data);
  return hash.digest('hex').slice(0, 16);
}

/** One weight's fonts, latin first: each character is set in the first that has its glyph, as a browser picks. */
function glyphsOf(fonts: readonly LoadedFont[], weight: 400 | 700): (character: string) => { font: Font; glyph: Glyph } {
  const parsed = fonts
    .filter((font) => font.weight === weight)
    .map((font) => opentype.parse(font.data.buffer.slice(font.data.byteOffset, font.data.byteOffset + font.data.byteLength) as ArrayBuffer));
  if (parsed.length === 0) throw new Error(`no preview-image font of weight ${weight}: check FILES in fonts.ts.`);
  const cache = new Map<string, { font: Font; glyph: Glyph }>();
  return (character) => {
    let found = cache.get(character);
    if (!found) {
      found = parsed.map((font) => ({ font, glyph: font.charToGlyph(character) })).find(({ glyph }) => glyph.index !== 0);
      // No font has it: the first font's "missing glyph" box, so the reader sees that something is there.
      found ??= { font: parsed[0]!, glyph: parsed[0]!.charToGlyph(character) };
      cache.set(character, found);
    }
    return found;
  };
}

/**
 * Width of text from the fonts' advance widths. No kerning, here or in outlineWith: the card sets text exactly as
 * measured, so a line that fits here fits on the card.
 */
export function measureWith(fonts: readonly LoadedFont[], weight: 400 | 700): Measure {
  return widthWith(glyphsOf(fonts, weight));
}

function widthWith(glyphOf: ReturnType<typeof glyphsOf>): Measure {
  return (text, fontSize) => {
    let total = 0;
    for (const character of text) {
      const { font, glyph } = glyphOf(character);
      total += (glyph.advanceWidth ?? 0) / font.unitsPerEm;
    }
    return total * fontSize;
  };
}

/** Coordinates are kept in hundredths of a pixel, as integers, so relative moves add up exactly. */
const HUNDREDTHS = 100;
const number = (hundredths: number) => String(hundredths / HUNDREDTHS);

/** A glyph's outline at one size, in relative commands after its first point, so a line is these strings joined. */
interface SizedGlyph {
  /** The first point, from the glyph's origin on the baseline; undefined for a glyph with no outline (a space). */
  readonly start: readonly [number, number] | undefined;
  /** Where the pen is after the last command (`z` returns it to its contour's start), from the origin. */
  readonly end: readonly [number, number];
  /** Every command after the first `M`, relative. */
  readonly body: string;
}

function sizedGlyph(glyph: Glyph, scale: number): SizedGlyph {
  const x = (value: number) => Math.round(value * scale * HUNDREDTHS);
  // Font units point up; SVG's y points down.
  const y = (value: number) => -Math.round(value * scale * HUNDREDTHS);
  let start: [number, number] | undefined;
  let current: [number, number] = [0, 0];
  let contourStart: [number, number] = [0, 0];
  let body = '';
  const to = (px: number, py: number) => `${number(px - current[0])} ${number(py - current[1])}`;
  for (const command of glyph.path.commands) {
    if (command.type === 'Z') {
      body += 'z';
      current = contourStart;
      continue;
    }
    const end: [number, number] = [x(command.x), y(command.y)];
    if (command.type === 'M') {
      if (start) body += `m${to(...end)}`;
      else start = end;
      contourStart = end;
    } else if (command.type === 'L') body += `l${to(...end)}`;
    else if (command.type === 'Q') body += `q${to(x(command.x1), y(command.y1))} ${to(...end)}`;
    else if (command.type === 'C') body += `c${to(x(command.x1), y(command.y1))} ${to(x(command.x2), y(command.y2))} ${to(...end)}`;
    current = end;
  }
  return { start, end: current, body };
}

/**
 * Text as SVG path data, glyph after glyph along the baseline: the card needs no font in the rasteriser, and a
 * line's width is exactly what measureWith said. Each glyph's outline is computed once per size and reused: a bank
 * of thousands of cards sets the same few dozen glyphs at a handful of sizes. Also the fonts' vertical metrics, for
 * placing lines as CSS does.
 */
export function outlineWith(fonts: readonly LoadedFont[], weight: 400 | 700): Outline {
  const glyphOf = glyphsOf(fonts, weight);
  const first = glyphOf('H').font;
  const sized = new Map<Glyph, Map<number, SizedGlyph>>();
  const outlineOf = (glyph: Glyph, font: Font, fontSize: number): SizedGlyph => {
    let sizes = sized.get(glyph);
    if (!sizes) sized.set(glyph, (sizes = new Map<number, SizedGlyph>()));
    let outline = sizes.get(fontSize);
    if (!outline) sizes.set(fontSize, (outline = sizedGlyph(glyph, fontSize / font.unitsPerEm)));
    return outline;
  };
  return {
    width: widthWith(glyphOf),
    ascent: first.ascender / first.unitsPerEm,
    descent: -first.descender / first.unitsPerEm,
    pathData(text, x, baseline, fontSize) {
      let pen = x;
      let current: readonly [number, number] | undefined;
      let data = '';
      for (const character of text) {
        const { font, glyph } = glyphOf(character);
        const outline = outlineOf(glyph, font, fontSize);
        if (outline.start) {
          const origin = [Math.round(pen * HUNDREDTHS), Math.round(baseline * HUNDREDTHS)] as const;
          const [startX, startY] = [origin[0] + outline.start[0], origin[1] + outline.start[1]];
          data += current ? `m${number(startX - current[0])} ${number(startY - current[1])}` : `M${number(startX)} ${number(startY)}`;
          data += outline.body;
          current = [origin[0] + outline.end[0], origin[1] + outline.end[1]];
        }
        pen += ((glyph.advanceWidth ?? 0) * fontSize) / font.unitsPerEm;
      }
      return data;
    },
  };
}
