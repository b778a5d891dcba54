/** Draws a card: satori turns the element tree into SVG (text as outlines), resvg rasterises it to PNG. */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { PREVIEW_IMAGE_SIZE } from '../../shared/paths.ts';
import { cardElement, layoutCard, type PreviewCard, type Fonts } from './card-layout.ts';
import { FONT_FAMILY, type LoadedFont } from './fonts.ts';

export async function renderCard(card: PreviewCard, fonts: readonly LoadedFont[], measures: Fonts): Promise<Buffer> {
  const element = cardElement(layoutCard(card, measures), FONT_FAMILY);
  const svg = await satori(element as unknown as Parameters<typeof satori>[0], {
    ...PREVIEW_IMAGE_SIZE,
    fonts: fonts.map(({ name, data, weight, style }) => ({ name, data, weight, style })),
  });
  // No system fonts: satori has already turned every glyph into a path.
  return new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render().asPng();
}
