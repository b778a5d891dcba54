/** Renders every preview image that is not already in the cache; reports what it did for the build log. */
import type { Fonts } from './card-layout.ts';
import { ImageCache, cardKey, rendererFingerprint } from './cache.ts';
import type { PreviewImageSpec } from './image-specs.ts';
import { fontsFingerprint, loadFonts, measureWith } from './fonts.ts';
import { renderCard } from './render.ts';

export interface GeneratedImages {
  /** PNG per site path without the leading slash: img/og/<slug>.png */
  readonly files: Map<string, Buffer>;
  readonly rendered: number;
  readonly reused: number;
  readonly milliseconds: number;
}

export async function generatePreviewImages(specs: readonly PreviewImageSpec[], cacheDir: string): Promise<GeneratedImages> {
  const started = performance.now();
  const fonts = loadFonts();
  const renderer = rendererFingerprint(fontsFingerprint(fonts));
  const cache = new ImageCache(cacheDir);
  let measures: Fonts | undefined;
  const files = new Map<string, Buffer>();
  let rendered = 0;
  for (const { path, card } of specs) {
    const key = cardKey(card, renderer);
    let png = cache.get(key);
    if (!png) {
      measures ??= { regular: measureWith(fonts, 400), bold: measureWith(fonts, 700) };
      png = await renderCard(card, fonts, measures);
      cache.set(key, png);
      rendered += 1;
    }
    files.set(path.slice(1), png);
  }
  cache.keepOnly(new Set(specs.map(({ card }) => cardKey(card, renderer))));
  return { files, rendered, reused: specs.length - rendered, milliseconds: performance.now() - started };
}
