/**
 * Progress in a transfer link, as compact binary: each question's entry is
 * its fields in a fixed order, without names; instants are milliseconds after
 * the earliest instant in the link; FSRS's decimals are integers; ids are gaps
 * from the previous id. Compact JSON keyed by id was the alternative: its
 * links come out 23 % longer for 52 questions and 39 % for 2,000 (see
 * `npm run bench:transfer`), mostly the decimals and instants as text.
 *
 * The layout follows the progress document (progress.ts) field by field, and
 * decoding rebuilds that document and hands it to `readProgress`: the link is
 * validated by the same code as stored progress and import files. When the
 * progress format changes, change `SECTIONS` and bump TRANSFER_LINK_VERSION.
 */
import { PROGRESS_FORMAT, PROGRESS_VERSION, readProgress, writeProgress, type Progress } from './progress.ts';
import { ByteReader, ByteWriter } from './transfer-bytes.ts';
import { decodeTransferFragment, encodeTransferFragment, type TransferProblem } from './transfer-link.ts';

type FieldKind =
  /** A non-negative integer. */
  | 'count'
  /**
   * A non-negative number, kept exactly: as an integer count of 10^-8 when
   * that is exact (ts-fsrs rounds stability and difficulty to 8 decimals), as
   * float64 otherwise.
   */
  | 'decimal'
  /** An ISO 8601 instant, kept to the millisecond. */
  | 'instant'
  | 'text'
  /** One of a few strings, as its position in the list. */
  | { readonly oneOf: readonly string[] };

interface Field {
  /** Dotted path within an entry: "card.due". */
  readonly path: string;
  readonly kind: FieldKind;
  /** Absent in some entries; a bit per optional field says which are present. */
  readonly optional?: boolean;
}

/** A map from question id to entry, at the top level of the progress document. */
interface Section {
  readonly name: string;
  /** The fields of a record entry; or, for a map of plain values (notes), one field with the path "". */
  readonly fields: readonly Field[];
}

/** The progress document's maps, in link order. Changing a field here needs a TRANSFER_LINK_VERSION bump. */
const SECTIONS: readonly Section[] = [
  {
    name: 'questions',
    fields: [
      { path: 'lastGrade', kind: { oneOf: ['again', 'hard', 'good', 'easy'] } },
      { path: 'reviewedAt', kind: 'instant' },
      { path: 'dueAt', kind: 'instant' },
      { path: 'reviews', kind: 'count' },
      { path: 'memory.state', kind: { oneOf: ['learning', 'review', 'relearning'] } },
      { path: 'memory.stability', kind: 'decimal' },
      { path: 'memory.difficulty', kind: 'decimal' },
      { path: 'memory.scheduledDays', kind: 'count' },
      { path: 'memory.learningSteps', kind: 'count' },
      { path: 'memory.lapses', kind: 'count' },
    ],
  },
  { name: 'notes', fields: [{ path: '', kind: 'text' }] },
];

type Json = Record<string, unknown>;

const DECIMAL_SCALE = 1e8;

/** A decimal as one unsigned integer: twice its count of 10^-8 when exact, else 1 followed by the float64. */
function writeDecimal(writer: ByteWriter, value: number): void {
  const scaled = Math.round(value * DECIMAL_SCALE);
  if (value >= 0 && Number.isSafeInteger(scaled * 2) && scaled / DECIMAL_SCALE === value) writer.uint(scaled * 2);
  else writer.uint(1).float(value);
}

function readDecimal(reader: ByteReader): number {
  const tagged = reader.uint();
  if (tagged === 1) return reader.float();
  if (tagged % 2 === 1) throw new RangeError('A decimal with an unknown tag.');
  return tagged / 2 / DECIMAL_SCALE;
}

function getPath(entry: unknown, path: string): unknown {
  if (path === '') return entry;
  return path.split('.').reduce<unknown>((value, key) => (value as Json | undefined)?.[key], entry);
}

/** Sets `value` at `path` in `entry` and returns the entry (the value itself for the path ""). */
function setPath(entry: Json, path: string, value: unknown): unknown {
  if (path === '') return value;
  const keys = path.split('.');
  const last = keys.pop()!;
  let target = entry;
  for (const key of keys) target = (target[key] ??= {}) as Json;
  target[last] = value;
  return entry;
}

const sectionOf = (document: Json, name: string): Json => (document[name] ?? {}) as Json;
const idsOf = (section: Json): number[] =>
  Object.keys(section)
    .map(Number)
    .sort((a, b) => a - b);

function earliestInstant(document: Json): number {
  let earliest = Number.POSITIVE_INFINITY;
  for (const { name, fields } of SECTIONS) {
    for (const entry of Object.values(sectionOf(document, name))) {
      for (const field of fields) {
        const value = getPath(entry, field.path);
        if (field.kind === 'instant' && typeof value === 'string') earliest = Math.min(earliest, Date.parse(value));
      }
    }
  }
  return Number.isFinite(earliest) ? earliest : 0;
}

function writeField(writer: ByteWriter, kind: FieldKind, value: unknown, base: number): void {
  if (kind === 'count') writer.uint(value as number);
  else if (kind === 'decimal') writeDecimal(writer, value as number);
  else if (kind === 'instant') writer.uint(Date.parse(value as string) - base);
  else if (kind === 'text') writer.text(value as string);
  else {
    const position = kind.oneOf.indexOf(value as string);
    if (position < 0) throw new RangeError(`"${String(value)}" is not one of ${kind.oneOf.join(', ')}.`);
    writer.uint(position);
  }
}

function readField(reader: ByteReader, kind: FieldKind, base: number): unknown {
  if (kind === 'count') return reader.uint();
  if (kind === 'decimal') return readDecimal(reader);
  if (kind === 'instant') return new Date(base + reader.uint()).toISOString();
  if (kind === 'text') return reader.text();
  const value = kind.oneOf[reader.uint()];
  if (value === undefined) throw new RangeError('A value outside its list.');
  return value;
}

/** The payload of a transfer link for this progress. */
export function packProgress(progress: Progress): Uint8Array {
  const document = JSON.parse(writeProgress(progress)) as Json;
  const base = earliestInstant(document);
  const writer = new ByteWriter().uint(base);
  for (const { name, fields } of SECTIONS) {
    const section = sectionOf(document, name);
    const ids = idsOf(section);
    const optional = fields.filter((field) => field.optional);
    writer.uint(ids.length);
    let previous = 0;
    for (const id of ids) {
      const entry = section[id];
      writer.uint(id - previous);
      previous = id;
      const present = optional.map((field) => getPath(entry, field.path) !== undefined);
      if (optional.length > 0) writer.uint(present.reduce((bits, isPresent, index) => bits + (isPresent ? 2 ** index : 0), 0));
      for (const field of fields) {
        if (!field.optional || present[optional.indexOf(field)]) writeField(writer, field.kind, getPath(entry, field.path), base);
      }
    }
  }
  return writer.result();
}

export type UnpackResult =
  { readonly ok: true; readonly progress: Progress; readonly skipped: number } | { readonly ok: false; readonly problem: Extract<TransferProblem, 'foreign'> };

/** Progress from a payload, validated by `readProgress`; a payload that does not parse is foreign. */
export function unpackProgress(payload: Uint8Array): UnpackResult {
  const document: Json = { format: PROGRESS_FORMAT, version: PROGRESS_VERSION };
  try {
    const reader = new ByteReader(payload);
    const base = reader.uint();
    for (const { name, fields } of SECTIONS) {
      const optional = fields.filter((field) => field.optional);
      const section: Json = {};
      let id = 0;
      for (let count = reader.uint(); count > 0; count -= 1) {
        id += reader.uint();
        const presence = optional.length > 0 ? reader.uint() : 0;
        let entry: unknown = {};
        for (const field of fields) {
          const present = !field.optional || Math.floor(presence / 2 ** optional.indexOf(field)) % 2 === 1;
          if (present) entry = setPath(entry as Json, field.path, readField(reader, field.kind, base));
        }
        section[id] = entry;
      }
      document[name] = section;
    }
    if (reader.remaining > 0) return { ok: false, problem: 'foreign' };
  } catch {
    return { ok: false, problem: 'foreign' };
  }
  const result = readProgress(JSON.stringify(document));
  return result.ok ? { ok: true, progress: result.progress, skipped: result.skipped } : { ok: false, problem: 'foreign' };
}

export type TransferReadResult =
  { readonly ok: true; readonly progress: Progress; readonly skipped: number } | { readonly ok: false; readonly problem: TransferProblem };

/** The fragment (without "#") of a link that carries this progress. */
export const progressToFragment = async (progress: Progress): Promise<string> => encodeTransferFragment(packProgress(progress));

/** The progress a location hash carries, validated, or what is wrong with it. */
export async function progressFromFragment(hash: string): Promise<TransferReadResult> {
  const decoded = await decodeTransferFragment(hash);
  return decoded.ok ? unpackProgress(decoded.payload) : decoded;
}
