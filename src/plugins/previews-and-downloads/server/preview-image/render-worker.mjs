/**
 * A worker thread that draws preview cards: resvg rasterises the card's SVG (its text already outlines, from
 * card-layout.ts), and png.mjs encodes the pixels. Plain JavaScript because Node runs worker files itself, without the
 * TypeScript loader Docusaurus uses for plugins. render.ts starts one per core and sends it cards.
 */
import { parentPort } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import { encodeOpaquePng } from './png.mjs';

/** @param {string} svg */
function draw(svg) {
  try {
    // No fonts at all: every glyph is already a path.
    const image = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render();
    const png = encodeOpaquePng(image.pixels, image.width, image.height);
    parentPort?.postMessage({ png }, [png.buffer]);
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

// One card at a time: render.ts sends the next one only after this one's reply.
parentPort?.on('message', (svg) => draw(svg));
