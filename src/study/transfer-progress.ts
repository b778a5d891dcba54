/**
 * Progress in a transfer link, as compact binary: each question's entry is
 * its fields in a fixed order, without names; instants are milliseconds after
 * the earliest instant in the link; ids are gaps from the previous id. Compact
 * JSON keyed by id was the alternative: it compresses to about a third more
 * (see `npm run bench:transfer`), mostly the scheduler's decimals as text.
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
  /** Any number, kept exactly (float64). */
  | 'real'
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
  readonly fields: readonly Field[];
}

/** The progress document's maps, in link order. Adding a field here needs a TRANSFER_LINK_VERSION bump. */
const SECTIONS: readonly Section[] = [
  {
    name: 'questions',
    fields: [
      { path: 'box', kind: 'count' },
      { path: 'lastGrade', kind: { oneOf: ['knew', 'review'] } },
      { path: 'reviewedAt', kind: 'instant' },
      { path: 'dueAt', kind: 'instant' },
      { path: 'reviews', kind: 'count' },
    ],
  },
];

type Json = Record<string, unknown>;

function getPath(entry: Json, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Json | undefined)?.[key], entry);
}

function setPath(entry: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  let target = entry;
  for (const key of keys) target = (target[key] ??= {}) as Json;
  target[last] = value;
}

const sectionOf = (document: Json, name: string): Json => (document[name] ?? {}) as Json;
const idsOf = (section: Json): number[] =>
  Object.keys(section)
    .map(Number)
    .sort((a, b) => a - b);

function earliestInstant(document: Json): number {
  let earliest = Number.POSITIVE_INFINITY;
  for (const { name, fields } of SECTIONS) {
    for (const entry of Object.values(sectionOf(document, name)) as Json[]) {
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
  else if (kind === 'real') writer.float(value as number);
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
  if (kind === 'real') return reader.float();
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
      const entry = section[id] as Json;
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
        const entry: Json = {};
        for (const field of fields) {
          const present = !field.optional || Math.floor(presence / 2 ** optional.indexOf(field)) % 2 === 1;
          if (present) setPath(entry, field.path, readField(reader, field.kind, base));
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
  return result.ok ? result : { ok: false, problem: 'foreign' };
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
