/** Renders every preview image that is not already in the cache; reports what it did for the build log. */
import { availableParallelism } from 'node:os';
import type { Outlines } from './card-layout.ts';
import { ImageCache, cardKey, rendererFingerprint } from './cache.ts';
import type { PreviewImageSpec } from './image-specs.ts';
import { fontsFingerprint, loadFonts, outlineWith } from './fonts.ts';
import { startCardRenderer } from './render.ts';

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
  const files = new Map<string, Buffer>();
  const missing: { path: string; card: PreviewImageSpec['card']; key: string }[] = [];
  for (const { path, card } of specs) {
    const key = cardKey(card, renderer);
    const png = cache.get(key);
    if (png) files.set(path.slice(1), png);
    else missing.push({ path, card, key });
  }
  if (missing.length > 0) {
    const outlines: Outlines = { regular: outlineWith(fonts, 400), bold: outlineWith(fonts, 700) };
    const drawer = startCardRenderer(Math.min(missing.length, availableParallelism()));
    try {
      await Promise.all(
        missing.map(async ({ path, card, key }) => {
          const png = await drawer.render(card, outlines);
          cache.set(key, png);
          files.set(path.slice(1), png);
        }),
      );
    } finally {
      await drawer.close();
    }
  }
  cache.keepOnly(new Set(specs.map(({ card }) => cardKey(card, renderer))));
  // In the specs' order, as before: the static files are written in a stable order.
  const ordered = new Map(specs.map(({ path }) => [path.slice(1), files.get(path.slice(1))!]));
  return { files: ordered, rendered: missing.length, reused: specs.length - missing.length, milliseconds: performance.now() - started };
}
