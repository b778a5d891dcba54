/**
 * Whether text a reader sees is legible: the WCAG 2 contrast arithmetic, with
 * no browser in it, so test/unit/contrast/ can check it against published
 * values. The browser test collects computed styles (colours as Chromium
 * serialises them, the background-color of the text's element and each
 * ancestor, font size and weight) and this module judges them.
 */

/** A colour in sRGB: channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/**
 * Parses a computed colour: `rgb(r, g, b)`, `rgba(r, g, b, a)`, their
 * space-separated forms and `transparent`. Anything else (oklch(), color(),
 * currentcolor…) throws: a colour this module cannot read must fail the test,
 * never pass it.
 */
export function parseCssColor(text: string): Rgba {
  const value = text.trim().toLowerCase();
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(value);
  if (!match) throw new Error(`contrast.ts: cannot read the colour "${text}"`);
  const [, r, g, b, alpha, percent] = match;
  const a = alpha === undefined ? 1 : Number(alpha) / (percent ? 100 : 1);
  return { r: Number(r), g: Number(g), b: Number(b), a };
}

/** `top` painted over `bottom` (Porter–Duff source-over, as browsers paint backgrounds and text). */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const channel = (over: number, under: number): number => (over * top.a + under * bottom.a * (1 - top.a)) / a;
  return { r: channel(top.r, bottom.r), g: channel(top.g, bottom.g), b: channel(top.b, bottom.b), a };
}

/**
 * The opaque colour behind some text: the background-colors of its element and
 * each ancestor (innermost first), painted from the outermost inwards over the
 * canvas (what the browser shows where nothing is painted).
 */
export function effectiveBackground(layersInnermostFirst: readonly Rgba[], canvas: Rgba): Rgba {
  return layersInnermostFirst.reduceRight((below, layer) => composite(layer, below), { ...canvas, a: 1 });
}

/** WCAG 2 relative luminance of an opaque sRGB colour. */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number): number => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(first: Rgba, second: Rgba): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** WCAG's large text: at least 18pt (24px), or 14pt (18.66px) and bold. */
export function isLargeText(fontSizePx: number, fontWeight: number): boolean {
  return fontSizePx >= 24 || (fontSizePx >= 18.66 && fontWeight >= 700);
}

/** Success criterion 1.4.3 (AA): 4.5:1, or 3:1 for large text. */
const requiredRatio = (fontSizePx: number, fontWeight: number): number => (isLargeText(fontSizePx, fontWeight) ? 3 : 4.5);

/** One box under a run of text: the text's own element, or an ancestor. */
export interface Layer {
  backgroundColor: string;
  /** background-image, 'none' when there is none. */
  backgroundImage: string;
  /** The box's own opacity, 0–1. */
  opacity: number;
}

/** The computed styles of one run of text, as the browser reports them. */
export interface TextSample {
  /** The colour the glyphs are filled with (-webkit-text-fill-color, which is `color` unless a rule overrides it). */
  color: string;
  /** The text's element, then each ancestor up to <html>. */
  layers: readonly Layer[];
  fontSizePx: number;
  fontWeight: number;
}

export interface Verdict {
  /** The contrast of the text as painted, rounded down to two decimals (so 4.499 never reads as 4.5); NaN under an image. */
  ratio: number;
  required: number;
  /** Why the text fails; undefined when it passes. */
  problem?: 'transparent text' | 'low contrast' | 'background image under the text';
}

/**
 * Judges one run of text: transparent text fails whatever its background; an
 * image or gradient showing through under the text cannot be judged from
 * colours and fails as such; otherwise the text (composited over its
 * background when translucent) must reach the required ratio.
 *
 * Opacity is applied to the text and to every background inside the box that
 * has it. That is exact when one layer inside the box is painted, the usual
 * case (a faded button on the page), and close otherwise.
 */
export function judgeText(sample: TextSample, canvas: Rgba): Verdict {
  const required = requiredRatio(sample.fontSizePx, sample.fontWeight);
  // opacityFrom[i]: the product of the opacities of layer i and every layer outside it.
  const opacityFrom = sample.layers.map((_, index) => sample.layers.slice(index).reduce((product, layer) => product * layer.opacity, 1));
  const faded = (color: Rgba, opacity: number): Rgba => ({ ...color, a: color.a * opacity });
  const backgrounds = sample.layers.map((layer, index) => faded(parseCssColor(layer.backgroundColor), opacityFrom[index] ?? 1));
  const firstOpaque = backgrounds.findIndex((background) => background.a === 1);
  const visibleLayers = firstOpaque === -1 ? sample.layers : sample.layers.slice(0, firstOpaque + 1);
  if (visibleLayers.some((layer) => layer.backgroundImage !== 'none')) return { ratio: Number.NaN, required, problem: 'background image under the text' };
  const text = faded(parseCssColor(sample.color), opacityFrom[0] ?? 1);
  const background = effectiveBackground(backgrounds, canvas);
  const ratio = Math.floor(contrastRatio(composite(text, background), background) * 100) / 100;
  if (text.a === 0) return { ratio, required, problem: 'transparent text' };
  return ratio < required ? { ratio, required, problem: 'low contrast' } : { ratio, required };
}
