/**
 * Writes `file.gz` and `file.br` beside every compressible file of a build, at
 * the highest quality, so that nginx (`gzip_static`, `brotli_static`) sends
 * them as they are instead of compressing on every request at a lower level.
 * A variant is written only when it is smaller than the file by at least
 * MIN_SAVING_BYTES: for tiny files the headers cost more than they save.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

/** Text formats (and TrueType fonts); images and woff/woff2 fonts are compressed already. */
const COMPRESSIBLE_EXTENSIONS = ['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt', '.webmanifest', '.csv', '.tsv', '.ttf'];
/** A compressed copy must save at least this much to be worth a second request path. */
const MIN_SAVING_BYTES = 128;

const ENCODINGS = {
  br: (data: Buffer, file: string) =>
    promisify(brotliCompress)(data, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
        [zlib.BROTLI_PARAM_SIZE_HINT]: data.length,
        [zlib.BROTLI_PARAM_MODE]: extname(file) === '.ttf' ? zlib.BROTLI_MODE_FONT : zlib.BROTLI_MODE_TEXT,
      },
    }),
  gz: (data: Buffer) => promisify(gzip)(data, { level: zlib.Z_BEST_COMPRESSION, memLevel: 9 }),
} as const;

export interface PrecompressSummary {
  /** Files with at least one compressed copy. */
  files: number;
  /** Their total size, and that of their .gz and .br copies (a file without a copy counts at its own size). */
  bytes: { original: number; gzip: number; brotli: number };
  /** Compressible files left alone because no copy saved MIN_SAVING_BYTES. */
  skipped: number;
}

export const isCompressible = (file: string): boolean => COMPRESSIBLE_EXTENSIONS.includes(extname(file).toLowerCase());

/** Compresses `files` (absolute paths of compressible files); stale copies from an earlier run are replaced or removed. */
export async function precompress(files: readonly string[]): Promise<PrecompressSummary> {
  const summary: PrecompressSummary = { files: 0, bytes: { original: 0, gzip: 0, brotli: 0 }, skipped: 0 };
  // A few at a time: brotli at quality 11 is CPU-bound, and the machine may be building something else.
  const queue = [...files];
  const worker = async (): Promise<void> => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      try {
        const data = await readFile(file);
        const sizes = { gz: data.length, br: data.length };
        for (const encoding of ['gz', 'br'] as const) {
          const compressed = await ENCODINGS[encoding](data, file);
          const copy = `${file}.${encoding}`;
          if (data.length - compressed.length >= MIN_SAVING_BYTES) {
            await writeFile(copy, compressed);
            sizes[encoding] = compressed.length;
          } else {
            await rm(copy, { force: true });
          }
        }
        if (sizes.gz === data.length && sizes.br === data.length) summary.skipped += 1;
        else summary.files += 1;
        summary.bytes.original += data.length;
        summary.bytes.gzip += sizes.gz;
        summary.bytes.brotli += sizes.br;
      } catch (error) {
        throw new Error(`${file}: could not write its compressed copies: ${(error as Error).message}`, { cause: error });
      }
    }
  };
  await Promise.all(Array.from({ length: 2 }, worker));
  return summary;
}

