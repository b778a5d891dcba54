/**
 * A worker thread that draws preview cards: satori turns the element tree into SVG (text as outlines), resvg
 * rasterises it to PNG. Plain JavaScript because Node runs worker files itself, without the TypeScript loader
 * Docusaurus uses for plugins. render.ts starts one per core and sends it cards; the fonts come once, in workerData.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

/** @type {{ fonts: { name: string, weight: 400 | 700, style: 'normal', data: Uint8Array }[], width: number, height: number }} */
const { fonts, width, height } = workerData;

/** @param {unknown} element */
async function draw(element) {
  try {
    const svg = await satori(/** @type {Parameters<typeof satori>[0]} */ (element), { width, height, fonts });
    // No system fonts: satori has already turned every glyph into a path.
    const png = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render().asPng();
    parentPort?.postMessage({ png }, [png.buffer]);
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

// One card at a time: render.ts sends the next one only after this one's reply.
parentPort?.on('message', (element) => void draw(element));
