/**
 * A PNG encoder for an opaque card: rows unfiltered, deflated at zlib's fastest level. resvg's own asPng() filters
 * every row and compresses harder; on a card of flat colour and text that took twice as long as drawing it, for files
 * about a tenth smaller. Plain JavaScript, for the worker that Node runs without a TypeScript loader (render-worker.mjs).
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const RGBA = 6;

/**
 * @param {string} type
 * @param {Buffer} data
 */
function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const framed = Buffer.alloc(typeAndData.length + 8);
  framed.writeUInt32BE(data.length, 0);
  typeAndData.copy(framed, 4);
  framed.writeUInt32BE(crc32(typeAndData), typeAndData.length + 4);
  return framed;
}

/** @type {Buffer | undefined} */
let reusedRows;

/**
 * The rows' buffer, the last card's when it is the same size: every card is, and a fresh 3 MB buffer per card cost
 * more in page faults on a virtual machine than copying the rows into it (lib/resvg.ts has the figures).
 * @param {number} length
 * @returns {Buffer}
 */
function rowsBuffer(length) {
  if (reusedRows?.length !== length) reusedRows = Buffer.allocUnsafe(length);
  return reusedRows;
}

/**
 * 8-bit RGBA rows, top to bottom. resvg's pixels are premultiplied by alpha, which equals plain RGBA only where every
 * pixel is opaque: the caller guarantees that (the card's background covers it).
 * @param {Uint8Array} rgba
 * @param {number} width
 * @param {number} height
 * @returns {Buffer}
 */
export function encodeOpaquePng(rgba, width, height) {
  const stride = width * 4;
  if (rgba.length !== stride * height) throw new Error(`encodeOpaquePng: ${rgba.length} bytes are not ${width}×${height} RGBA pixels.`);
  const source = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  const rows = rowsBuffer((stride + 1) * height);
  // Each row starts with its filter type, 0 (none).
  for (let row = 0; row < height; row++) {
    rows[row * (stride + 1)] = 0;
    source.copy(rows, row * (stride + 1) + 1, row * stride, (row + 1) * stride);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = RGBA; // colour type; compression, filter method and interlace stay 0
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 1 })), chunk('IEND', Buffer.alloc(0))]);
}
