/**
 * npm run bench:transfer -- [--url https://example.github.io/sre-interview-questions/study] [--questions 52,500,2000]
 *
 * How long a "Continue on another device" link is for a bank of N questions,
 * each graded several times (full scheduler state, no notes), and whether it
 * fits one QR code (version 40, error correction L: 2,953 bytes). The link's
 * encoding (compact binary, deflate-raw, base64url) is set against two peers
 * in the same run: compact JSON (each entry's values in an array, instants as
 * offsets) and the export file's JSON, both deflate-raw and base64url too.
 * uqr, which draws the site's QR code, confirms the fit independently.
 */
import { parseArgs } from 'node:util';
import { encode } from 'uqr';
import { EMPTY_PROGRESS, writeProgress, type Grade, type Progress } from '../../src/study/progress.ts';
import { withGrade } from '../../src/study/scheduler.ts';
import { seededRandom } from '../../src/study/seeded-random.ts';
import { encodeTransferFragment, fitsOneQrCode, QR_BYTE_CAPACITY } from '../../src/study/transfer-link.ts';
import { progressToFragment } from '../../src/study/transfer-progress.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'https://example.github.io/sre-interview-questions/study' },
    questions: { type: 'string', default: '52,500,2000' },
  },
});
const sizes = values.questions.split(',').map(Number);
const HOUR = 60 * 60 * 1000;
const REVIEWS_PER_QUESTION = 6;

/** Mostly Good, as a reader's grades are; sometimes Again, Hard or Easy. */
const pickGrade = (roll: number): Grade => (roll < 0.15 ? 'again' : roll < 0.3 ? 'hard' : roll < 0.9 ? 'good' : 'easy');

/** N questions, each reviewed a few times over some weeks, with grades and gaps from a fixed seed. */
function simulatedProgress(count: number): Progress {
  const random = seededRandom(`transfer-bench-${count}`);
  let progress = EMPTY_PROGRESS;
  let time = Date.parse('2026-01-05T08:00:00.000Z');
  for (let round = 0; round < REVIEWS_PER_QUESTION; round += 1) {
    for (let id = 1; id <= count; id += 1) {
      time += Math.floor((random() * 2 * HOUR * 52) / count);
      progress = withGrade(progress, id, pickGrade(random()), new Date(time));
    }
  }
  return progress;
}

/** Every string that parses as an instant becomes milliseconds after `base`; everything else stays. */
function compactValue(value: unknown, base: number): unknown {
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value)) return Date.parse(value) - base;
  if (Array.isArray(value)) return value.map((item) => compactValue(item, base));
  if (typeof value === 'object' && value !== null) return Object.values(value).map((item) => compactValue(item, base));
  return value;
}

function compactJson(progress: Progress): Uint8Array {
  const base = Date.parse('2026-01-01T00:00:00.000Z');
  const document = JSON.parse(writeProgress(progress)) as Record<string, unknown>;
  const { format: _format, version: _version, ...maps } = document;
  const compact = Object.fromEntries(
    Object.entries(maps).map(([name, map]) => [
      name,
      Object.fromEntries(Object.entries(map as Record<string, unknown>).map(([id, entry]) => [id, compactValue(entry, base)])),
    ]),
  );
  return new TextEncoder().encode(JSON.stringify({ b: base, ...compact }));
}

const exportJson = (progress: Progress): Uint8Array => new TextEncoder().encode(writeProgress(progress));

function qrVersion(link: string): string {
  try {
    return String(encode(link, { ecc: 'L' }).version);
  } catch {
    return 'none';
  }
}

async function main(): Promise<void> {
  const rows: Record<string, string | number>[] = [];
  for (const count of sizes) {
    const progress = simulatedProgress(count);
    const link = `${values.url}#${await progressToFragment(progress)}`;
    const peers = {
      'compact JSON': `${values.url}#${await encodeTransferFragment(compactJson(progress))}`,
      'export JSON': `${values.url}#${await encodeTransferFragment(exportJson(progress))}`,
    };
    rows.push({
      questions: count,
      'link chars': link.length,
      'fits one QR': fitsOneQrCode(link) ? 'yes' : 'no',
      'QR version (L)': qrVersion(link),
      ...Object.fromEntries(Object.entries(peers).map(([name, peer]) => [`${name} chars`, `${peer.length} (×${(peer.length / link.length).toFixed(2)})`])),
    });
  }
  console.log(`Transfer link length, ${REVIEWS_PER_QUESTION} reviews per question, no notes; one QR code holds ${QR_BYTE_CAPACITY} bytes. URL: ${values.url}`);
  console.table(rows);
}

void main();
