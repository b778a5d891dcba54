/**
 * The few binary primitives a transfer link is built from: unsigned varints
 * (LEB128, exact up to 2^53), float64, UTF-8 text with its length, and CRC-32.
 * A reader that runs off the end throws `TruncatedBytes`, so callers can tell
 * "cut off" from "wrong".
 */

export class TruncatedBytes extends Error {
  constructor() {
    super('The data ends before it should.');
    this.name = 'TruncatedBytes';
  }
}

export class ByteWriter {
  private bytes: number[] = [];

  uint(value: number): this {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`Not an unsigned safe integer: ${value}`);
    let rest = value;
    while (rest >= 0x80) {
      this.bytes.push((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.bytes.push(rest);
    return this;
  }

  float(value: number): this {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, value);
    for (let index = 0; index < 8; index += 1) this.bytes.push(view.getUint8(index));
    return this;
  }

  text(value: string): this {
    const encoded = new TextEncoder().encode(value);
    this.uint(encoded.length);
    for (const byte of encoded) this.bytes.push(byte);
    return this;
  }

  raw(value: Uint8Array): this {
    for (const byte of value) this.bytes.push(byte);
    return this;
  }

  result(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export class ByteReader {
  private position = 0;

  constructor(private readonly bytes: Uint8Array) {}

  get remaining(): number {
    return this.bytes.length - this.position;
  }

  private next(): number {
    if (this.position >= this.bytes.length) throw new TruncatedBytes();
    return this.bytes[this.position++]!;
  }

  uint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.next();
      value += (byte & 0x7f) * scale;
      if (!Number.isSafeInteger(value)) throw new RangeError('A number in the data is too large.');
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }

  float(): number {
    return new DataView(this.take(8).buffer).getFloat64(0);
  }

  text(): string {
    return new TextDecoder('utf-8', { fatal: true }).decode(this.take(this.uint()));
  }

  take(length: number): Uint8Array {
    if (length > this.remaining) throw new TruncatedBytes();
    const slice = this.bytes.slice(this.position, this.position + length);
    this.position += length;
    return slice;
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, index) => {
  let crc = index;
  for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

/** CRC-32 (IEEE 802.3, as in zip and PNG): catches a changed character anywhere in a link. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** base64url without padding (RFC 4648 §5): safe in a URL fragment as it is, no percent-encoding. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** undefined when the text has characters base64url never uses. A dangling last character (a cut-off link) is dropped. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!BASE64URL.test(text)) return undefined;
  const whole = text.length % 4 === 1 ? text.slice(0, -1) : text;
  const binary = atob(whole.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (whole.length % 4)) % 4));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}
