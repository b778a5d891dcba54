/**
 * Text layout for preview cards, pure so it can be tested without fonts:
 * the width of a string at a font size comes from an injected `measure`.
 */

/** Width in pixels of `text` set at `fontSize`. */
export type Measure = (text: string, fontSize: number) => number;

export interface TextBox {
  readonly maxWidth: number;
  readonly maxHeight: number;
  /** Line height as a multiple of the font size. */
  readonly lineHeight: number;
  /** Font sizes to try, largest first: the first at which the text fits wins. */
  readonly fontSizes: readonly number[];
}

export interface FittedText {
  readonly fontSize: number;
  readonly lines: readonly string[];
  /** True when even the smallest size could not hold it all and the last line ends with "…". */
  readonly truncated: boolean;
}

const ELLIPSIS = '…';

/** Splits a word wider than the line into pieces that fit, so nothing overflows the card. */
function breakLongWord(word: string, maxWidth: number, fontSize: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const character of word) {
    if (piece && measure(piece + character, fontSize) > maxWidth) {
      pieces.push(piece);
      piece = character;
    } else {
      piece += character;
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Greedy line breaking on spaces: each line takes as many words as fit. */
export function wrapWords(text: string, maxWidth: number, fontSize: number, measure: Measure): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (measure(word, fontSize) <= maxWidth) {
      line = word;
    } else {
      const pieces = breakLongWord(word, maxWidth, fontSize, measure);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function maxLinesAt(box: TextBox, fontSize: number): number {
  return Math.max(1, Math.floor(box.maxHeight / (fontSize * box.lineHeight)));
}

/** Ends the line with "…", dropping words (or characters) until it fits. */
function withEllipsis(line: string, maxWidth: number, fontSize: number, measure: Measure): string {
  let kept = line.replace(/[\s,;:.]+$/, '');
  while (kept && measure(kept + ELLIPSIS, fontSize) > maxWidth) {
    const lastSpace = kept.lastIndexOf(' ');
    kept = (lastSpace > 0 ? kept.slice(0, lastSpace) : kept.slice(0, -1)).replace(/[\s,;:.]+$/, '');
  }
  return kept + ELLIPSIS;
}

/**
 * The largest font size at which the wrapped text fits the box. Text too long
 * even at the smallest size keeps the lines that fit, the last ending in "…".
 */
export function fitText(text: string, box: TextBox, measure: Measure): FittedText {
  if (box.fontSizes.length === 0) throw new Error('fitText: give at least one font size');
  for (const fontSize of box.fontSizes) {
    const lines = wrapWords(text, box.maxWidth, fontSize, measure);
    if (lines.length <= maxLinesAt(box, fontSize)) return { fontSize, lines, truncated: false };
  }
  const fontSize = box.fontSizes.at(-1)!;
  const lines = wrapWords(text, box.maxWidth, fontSize, measure).slice(0, maxLinesAt(box, fontSize));
  lines[lines.length - 1] = withEllipsis(`${lines.at(-1)!} `, box.maxWidth, fontSize, measure);
  return { fontSize, lines, truncated: true };
}
