import fc from 'fast-check';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { ByteWriter, crc32, toBase64Url } from '../../../src/study/transfer-bytes.ts';
import {
  decodeTransferFragment,
  encodeTransferFragment,
  fitsOneQrCode,
  isTransferFragment,
  transferProblemMessage,
  type TransferProblem,
} from '../../../src/study/transfer-link.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const sample = bytes('Progress of a few questions, and a note or two. '.repeat(8));

/** An envelope as the site builds it (length, CRC-32, data), around data that is not deflate output. */
function envelopeAround(data: Uint8Array, version = 1): string {
  const checksum = new Uint8Array(4);
  new DataView(checksum.buffer).setUint32(0, crc32(data));
  return `transfer=${version}.${toBase64Url(new ByteWriter().uint(data.length).raw(checksum).raw(data).result())}`;
}

const problemOf = async (hash: string) => {
  const result = await decodeTransferFragment(hash);
  return result.ok ? 'accepted' : result.problem;
};

describe('transfer link envelope', () => {
  it('gives back exactly the bytes it was given, with or without the "#"', async () => {
    const fragment = await encodeTransferFragment(sample);
    expect(fragment).toMatch(/^transfer=1\.[A-Za-z0-9_-]+$/);
    expect(await decodeTransferFragment(fragment)).toEqual({ ok: true, payload: sample });
    expect(await decodeTransferFragment(`#${fragment}`)).toEqual({ ok: true, payload: sample });
  });

  it('round-trips any bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (payload) => {
        expect(await decodeTransferFragment(await encodeTransferFragment(payload))).toEqual({ ok: true, payload });
      }),
      { numRuns: 100 },
    );
  });

  it('compresses: repetitive data makes a shorter link than its base64', async () => {
    expect((await encodeTransferFragment(sample)).length).toBeLessThan(toBase64Url(sample).length / 3);
  });

  it('recognises its own fragments only', () => {
    expect(isTransferFragment('#transfer=1.abc')).toBe(true);
    expect(isTransferFragment('#transfer=')).toBe(true);
    expect(isTransferFragment('#point-3')).toBe(false);
    expect(isTransferFragment('')).toBe(false);
  });

  it('calls every cut-off copy of a link truncated', async () => {
    const fragment = await encodeTransferFragment(sample);
    const start = 'transfer='.length;
    const problems = new Set<string>();
    for (let end = start; end < fragment.length; end += 1) problems.add(await problemOf(fragment.slice(0, end)));
    expect([...problems]).toEqual(['truncated']);
  });

  it('calls a link with any changed character in its data damaged', async () => {
    const fragment = await encodeTransferFragment(sample);
    // Past the length and checksum (8 characters of base64url), and short of the last character, whose low bits may be padding.
    const first = 'transfer=1.'.length + 8;
    const problems = new Set<string>();
    for (let position = first; position < fragment.length - 1; position += 1) {
      const replacement = fragment[position] === 'A' ? 'B' : 'A';
      problems.add(await problemOf(fragment.slice(0, position) + replacement + fragment.slice(position + 1)));
    }
    expect([...problems]).toEqual(['damaged']);
  });

  it.each<[string, string, TransferProblem]>([
    ['characters base64url never uses', 'transfer=1.abc$def', 'damaged'],
    ['data after the end', '', 'damaged'],
    ['a version this site never wrote', 'transfer=0.AAAA', 'foreign'],
    ['text that is no envelope', 'transfer=hello', 'foreign'],
    ['a newer version', 'transfer=2.AAAA', 'newer-version'],
    ['a much newer version with another layout', 'transfer=37.anything-at-all', 'newer-version'],
  ])('refuses %s', async (_, hash, problem) => {
    const fragment = hash || (await encodeTransferFragment(sample)) + 'AAAA';
    expect(await problemOf(fragment)).toBe(problem);
  });

  it('refuses an intact envelope whose data is not what the site compresses', async () => {
    expect(await problemOf(envelopeAround(bytes('not deflate at all \u0000\u00ff')))).toBe('foreign');
    // Negative control: the same envelope around real output is accepted.
    expect(await problemOf(await encodeTransferFragment(bytes('not deflate at all')))).toBe('accepted');
  });

  it('refuses a link that would inflate to megabytes', async () => {
    const fragment = await encodeTransferFragment(new Uint8Array(8 * 1024 * 1024));
    expect(fragment.length).toBeLessThan(20_000);
    expect(await problemOf(fragment)).toBe('foreign');
  });

  it('explains each problem and says that nothing changed', () => {
    const problems: TransferProblem[] = ['truncated', 'damaged', 'foreign', 'newer-version', 'unsupported'];
    expect(Object.fromEntries(problems.map((problem) => [problem, transferProblemMessage(problem)]))).toMatchInlineSnapshot(`
      {
        "damaged": "This transfer link is damaged: some of its characters were changed. Make a new link on the other device. Nothing was changed.",
        "foreign": "This is not a progress-transfer link from this site. Nothing was changed.",
        "newer-version": "This transfer link was made by a newer version of this site. Reload this page to get the newer version, then open the link again. Nothing was changed.",
        "truncated": "This transfer link is incomplete: it was probably cut off when it was copied or sent. Copy the whole link again on the other device, or scan its QR code. Nothing was changed.",
        "unsupported": "This browser cannot read transfer links. On the other device, use Export progress, then Import progress here. Nothing was changed.",
      }
    `);
  });
});

describe('fitting one QR code', () => {
  // ISO/IEC 18004 table 7: version 40, error correction L, byte mode holds 2,953 bytes.
  const link = (length: number) => 'https://example.org/study#transfer=1.'.padEnd(length, 'x');

  it('accepts a link of 2,953 bytes, which a version 40 code at level L holds', () => {
    expect(fitsOneQrCode(link(2953))).toBe(true);
    expect(encode(link(2953), { ecc: 'L' }).version).toBe(40);
  });

  it('refuses one byte more, which no QR code holds', () => {
    expect(fitsOneQrCode(link(2954))).toBe(false);
    expect(() => encode(link(2954), { ecc: 'L' })).toThrow('Data too long');
  });

  it('counts bytes, not characters', () => {
    expect(fitsOneQrCode(link(2952) + 'é')).toBe(false);
  });
});
