/**
 * What a drawn preview card holds, read back from its PNG: the file is a valid PNG (chunk CRCs, the pixels the
 * encoder was given), and the card's text is drawn where a reader expects it. The expected bands come from the
 * card's design written down (60 px padding, a 55 px pill, three title lines of 72 px centred between it and the
 * footer's rule at 515.6 px), not from the layout code.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeOpaquePng } from '../../../src/plugins/previews-and-downloads/server/preview-image/png.mjs';
import { generatePreviewImages } from '../../../src/plugins/previews-and-downloads/server/preview-image/render-with-cache.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'card-drawing-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

interface Decoded {
  readonly width: number;
  readonly height: number;
  readonly colourType: number;
  /** RGBA, row after row. */
  readonly pixels: Buffer;
}

/** A PNG's chunks, each CRC checked; then its rows, which must all be unfiltered (as the encoder writes them). */
function decode(png: Buffer): Decoded {
  expect(png.subarray(0, 8).toString('hex'), 'signature').toBe('89504e470d0a1a0a');
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `CRC of ${typeAndData.subarray(0, 4).toString('latin1')}`).toBe(crc32(typeAndData));
    chunks.push({ type: typeAndData.subarray(0, 4).toString('latin1'), data: typeAndData.subarray(4) });
    at += length + 12;
  }
  expect(chunks.map(({ type }) => type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  const header = chunks[0]!.data;
  const [width, height, colourType] = [header.readUInt32BE(0), header.readUInt32BE(4), header[9]!];
  const rows = inflateSync(chunks[1]!.data);
  const stride = width * 4;
  expect(rows.length).toBe((stride + 1) * height);
  const pixels = Buffer.alloc(stride * height);
  for (let row = 0; row < height; row++) {
    expect(rows[row * (stride + 1)], `filter of row ${row}`).toBe(0);
    rows.copy(pixels, row * stride, row * (stride + 1) + 1, (row + 1) * (stride + 1));
  }
  return { width, height, colourType, pixels };
}

describe('the PNG encoder', () => {
  it('writes the pixels it is given, in chunks with correct CRCs', () => {
    // 3×2 pixels, every one different.
    const pixels = Uint8Array.from({ length: 3 * 2 * 4 }, (_, index) => (index % 4 === 3 ? 255 : index * 10));
    const png = encodeOpaquePng(pixels, 3, 2);
    const decoded = decode(png);
    expect(decoded).toMatchObject({ width: 3, height: 2, colourType: 6 });
    expect([...decoded.pixels]).toEqual([...pixels]);
    // IEND's CRC is the same in every PNG: a check that does not lean on zlib's crc32.
    expect(png.subarray(-4).toString('hex')).toBe('ae426082');
  });

  it('refuses pixels that do not match the size, and the decoder catches a damaged file', () => {
    expect(() => encodeOpaquePng(new Uint8Array(7), 3, 2)).toThrowErrorMatchingInlineSnapshot(`[Error: encodeOpaquePng: 7 bytes are not 3×2 RGBA pixels.]`);
    const damaged = Buffer.from(encodeOpaquePng(new Uint8Array(3 * 2 * 4).fill(255), 3, 2));
    // A byte of the compressed pixels (the IDAT chunk starts at byte 33: signature 8, IHDR 25).
    damaged[44] = damaged[44]! ^ 0xff;
    expect(() => decode(damaged)).toThrow(/CRC of IDAT/);
  });
});

describe('a drawn question card', () => {
  const card = {
    eyebrow: 'Incident response & postmortems',
    title: 'What goes into a good on-call handoff, and how do you run one?',
    footer: 'SRE Interview Questions',
    badge: 'Technical question',
  };
  const BACKGROUND = [0x0b, 0x3d, 0x70];
  const WHITE = [0xff, 0xff, 0xff];

  async function drawn(): Promise<Decoded> {
    const { files } = await generatePreviewImages([{ path: '/img/og/handoff.png', card }], cacheDir);
    return decode(files.get('img/og/handoff.png')!);
  }

  /** How many pixels of rows [top, bottom) and columns [left, right) have exactly this colour. */
  function count(image: Decoded, colour: readonly number[], [top, bottom]: [number, number], [left, right] = [0, image.width]): number {
    let found = 0;
    for (let y = top; y < bottom; y++)
      for (let x = left; x < right; x++) {
        const at = (y * image.width + x) * 4;
        if (image.pixels[at] === colour[0] && image.pixels[at + 1] === colour[1] && image.pixels[at + 2] === colour[2]) found++;
      }
    return found;
  }

  it('is opaque everywhere, as the encoder requires', async () => {
    const image = await drawn();
    expect(image).toMatchObject({ width: 1200, height: 630 });
    const alphas = new Set(image.pixels.filter((_, index) => index % 4 === 3));
    expect([...alphas]).toEqual([255]);
  }, 30_000);

  it('draws the title in white between the pill and the footer, and leaves the gaps and margins plain', async () => {
    const image = await drawn();
    const area = (rows: [number, number], columns: [number, number] = [0, 1200]) => (rows[1] - rows[0]) * (columns[1] - columns[0]);
    // Three title lines of 72 px (85 px each) centred between y 151 and 479.6: from about 188 to 443.
    for (const line of [
      [195, 265],
      [280, 350],
      [365, 435],
    ] as [number, number][])
      expect(count(image, WHITE, line), `title line at ${line.join('–')}`).toBeGreaterThan(2000);
    // Plain background: between the pill and the title, below the title, and in the side margins.
    const plain: [number, number][][] = [
      [[125, 180]],
      [[450, 505]],
      [
        [0, 630],
        [0, 60],
      ],
      [
        [0, 630],
        [1140, 1200],
      ],
    ];
    for (const [rows, columns] of plain)
      expect(count(image, BACKGROUND, rows!, columns), `plain rows ${rows!.join('–')}, columns ${(columns ?? [0, 1200]).join('–')}`).toBe(area(rows!, columns));
    // Negative controls: the title's band is not plain, and a plain band holds no white.
    expect(count(image, BACKGROUND, [195, 265])).toBeLessThan(area([195, 265]));
    expect(count(image, WHITE, [125, 180])).toBe(0);
  }, 30_000);

  it('draws the footer: the site name in white on the left, the badge in muted blue on the right', async () => {
    const image = await drawn();
    const footerRows: [number, number] = [535, 568];
    expect(count(image, WHITE, footerRows, [72, 420])).toBeGreaterThan(500);
    expect(count(image, WHITE, footerRows, [860, 1128])).toBe(0);
    expect(count(image, [0xcf, 0xe6, 0xff], footerRows, [860, 1128])).toBeGreaterThan(300);
  }, 30_000);
});
