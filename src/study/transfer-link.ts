/**
 * The envelope of a transfer link: `…/study#transfer=1.<base64url>`. Progress
 * rides in the URL fragment, which browsers never send to a server.
 *
 * The base64url part is: the length of the compressed data (varint), its
 * CRC-32 (4 bytes), then the data compressed with deflate-raw
 * (`CompressionStream`). The version before the dot is readable without
 * decoding anything, so a link from a newer site is recognised as such; the
 * length tells a cut-off link from a damaged one; the checksum catches a
 * changed character, which deflate alone would not.
 *
 * What the compressed data means is transfer-progress.ts's business.
 */
import { ByteReader, ByteWriter, crc32, fromBase64Url, toBase64Url, TruncatedBytes } from './transfer-bytes.ts';

const TRANSFER_FRAGMENT_KEY = 'transfer';
/** Bump when the envelope or the payload's layout changes; a page refuses links with a higher number as "newer". */
const TRANSFER_LINK_VERSION = 1;

/**
 * Bytes a single QR code holds at its largest (version 40) with the lowest
 * error correction (L), in byte mode (ISO/IEC 18004, table 7). A link is
 * ASCII, one byte per character; base64url's lower-case letters rule out the
 * denser alphanumeric mode.
 */
export const QR_BYTE_CAPACITY = 2953;

/** A link expands to at most this much: a hostile link cannot make the page inflate gigabytes. */
const MAX_EXPANDED_BYTES = 4 * 1024 * 1024;
const CHECKSUM_BYTES = 4;

export type TransferProblem =
  /** Cut off, as by a chat app or a partial copy. */
  | 'truncated'
  /** Complete but changed somewhere. */
  | 'damaged'
  /** Not a transfer link of this site. */
  | 'foreign'
  /** Made by a newer version of the site. */
  | 'newer-version'
  /** This browser has no DecompressionStream. */
  | 'unsupported';

export type TransferDecodeResult = { readonly ok: true; readonly payload: Uint8Array } | { readonly ok: false; readonly problem: TransferProblem };

const FRAGMENT_PATTERN = new RegExp(`^#?${TRANSFER_FRAGMENT_KEY}=(.*)$`, 's');
const VALUE_PATTERN = /^(\d{1,6})\.(.*)$/s;

/** Whether a location hash is meant as a transfer link (valid or not). */
export const isTransferFragment = (hash: string): boolean => FRAGMENT_PATTERN.test(hash);

/** A link fits one QR code when its bytes do (see QR_BYTE_CAPACITY). */
export const fitsOneQrCode = (link: string): boolean => new TextEncoder().encode(link).length <= QR_BYTE_CAPACITY;

export const canMakeTransferLinks = (): boolean => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Errors surface on the reading side; these would only repeat them, unhandled.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new RangeError(`More than ${limit} bytes.`);
    }
    chunks.push(value);
  }
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}

/** The fragment (without "#") that carries `payload`. */
export async function encodeTransferFragment(payload: Uint8Array): Promise<string> {
  const compressed = await pipe(payload, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
  const envelope = new ByteWriter().uint(compressed.length).raw(checksumBytes(compressed)).raw(compressed).result();
  return `${TRANSFER_FRAGMENT_KEY}=${TRANSFER_LINK_VERSION}.${toBase64Url(envelope)}`;
}

function checksumBytes(bytes: Uint8Array): Uint8Array {
  const result = new Uint8Array(CHECKSUM_BYTES);
  new DataView(result.buffer).setUint32(0, crc32(bytes));
  return result;
}

/** Reads a location hash (with or without "#") back into the payload it carries, or says what is wrong with it. */
export async function decodeTransferFragment(hash: string): Promise<TransferDecodeResult> {
  const fail = (problem: TransferProblem) => ({ ok: false, problem }) as const;
  const value = FRAGMENT_PATTERN.exec(hash)?.[1];
  const parts = value === undefined ? null : VALUE_PATTERN.exec(value);
  // Nothing but digits: cut off before the payload began.
  if (!parts) return fail(value !== undefined && /^\d*$/.test(value) ? 'truncated' : 'foreign');
  const version = Number(parts[1]);
  if (version > TRANSFER_LINK_VERSION) return fail('newer-version');
  if (version !== TRANSFER_LINK_VERSION) return fail('foreign');

  const envelope = fromBase64Url(parts[2]!);
  if (!envelope) return fail('damaged');
  let compressed: Uint8Array;
  try {
    const reader = new ByteReader(envelope);
    const length = reader.uint();
    const checksum = reader.take(CHECKSUM_BYTES);
    if (reader.remaining > length) return fail('damaged');
    compressed = reader.take(length);
    if (checksumBytes(compressed).some((byte, index) => byte !== checksum[index])) return fail('damaged');
  } catch (error) {
    return fail(error instanceof TruncatedBytes ? 'truncated' : 'damaged');
  }

  if (!canMakeTransferLinks()) return fail('unsupported');
  try {
    return { ok: true, payload: await pipe(compressed, new DecompressionStream('deflate-raw'), MAX_EXPANDED_BYTES) };
  } catch {
    // The checksum matched, so these bytes are as they were made: not by this site's encoder.
    return fail('foreign');
  }
}

const NOTHING_CHANGED = 'Nothing was changed.';

/** What the reader is told, with what to do about it. */
export function transferProblemMessage(problem: TransferProblem): string {
  switch (problem) {
    case 'truncated':
      return `This transfer link is incomplete: it was probably cut off when it was copied or sent. Copy the whole link again on the other device, or scan its QR code. ${NOTHING_CHANGED}`;
    case 'damaged':
      return `This transfer link is damaged: some of its characters were changed. Make a new link on the other device. ${NOTHING_CHANGED}`;
    case 'foreign':
      return `This is not a progress-transfer link from this site. ${NOTHING_CHANGED}`;
    case 'newer-version':
      return `This transfer link was made by a newer version of this site. Reload this page to get the newer version, then open the link again. ${NOTHING_CHANGED}`;
    case 'unsupported':
      return `This browser cannot read transfer links. On the other device, use Export progress, then Import progress here. ${NOTHING_CHANGED}`;
  }
}
