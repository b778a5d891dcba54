/**
 * Reads the records the generator wrote to docs/_generated (questions.json,
 * topics.json) for the local plugins that build from them at build time:
 * search, quiz pages, previews and downloads. Each plugin names the fields it
 * needs; a problem is reported as `file:line: what is wrong` with the fix.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const FIX = 'Run `npm run generate` to rebuild it from the source.';

export class GeneratedDataError extends Error {}

/** A test for one field's value, and how to name what was expected. */
export type FieldCheck = readonly [test: (value: unknown) => boolean, expected: string];

const isString = (value: unknown) => typeof value === 'string';
const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

export const FIELD = {
  string: [isString, 'string'],
  number: [isNumber, 'number'],
  strings: [(value) => Array.isArray(value) && value.every(isString), 'list of strings'],
  numbers: [(value) => Array.isArray(value) && value.every(isNumber), 'list of numbers'],
  list: [Array.isArray, 'list'],
  kind: [(value) => value === 'behavioural' || value === 'technical', '"behavioural" or "technical"'],
} as const satisfies Record<string, FieldCheck>;

export interface GeneratedDataFiles {
  readonly questionsFile: string;
  readonly topicsFile: string;
}

/** The files a plugin builds from: the dev server reruns it when they change. */
export function generatedDataFiles(siteDir: string, dataDir: string): GeneratedDataFiles {
  return { questionsFile: join(siteDir, dataDir, 'questions.json'), topicsFile: join(siteDir, dataDir, 'topics.json') };
}

const shown = (file: string) => relative(process.cwd(), file) || file;

/** Line of the n-th top-level record in the generator's pretty-printed JSON. */
function lineOfRecord(text: string, position: number): number {
  let seen = -1;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) if (lines[index] === '  {' && ++seen === position) return index + 1;
  return 1;
}

interface RecordsFile<T> {
  readonly records: T[];
  /** `file:line` of the record at `position`, for messages about it. */
  where(position: number): string;
}

function readRecordsFile<T>(file: string, fields: Readonly<Record<string, FieldCheck>>): RecordsFile<T> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new GeneratedDataError(`${shown(file)}: missing or unreadable. ${FIX}`);
  }
  let records: unknown;
  try {
    records = JSON.parse(text);
  } catch (error) {
    throw new GeneratedDataError(`${shown(file)}: not valid JSON (${(error as Error).message}). ${FIX}`);
  }
  if (!Array.isArray(records)) throw new GeneratedDataError(`${shown(file)}:1: expected a list of records. ${FIX}`);
  const where = (position: number) => `${shown(file)}:${lineOfRecord(text, position)}`;
  records.forEach((record, position) => {
    for (const [field, [test, expected]] of Object.entries(fields)) {
      if (!test((record as Record<string, unknown> | null)?.[field])) {
        throw new GeneratedDataError(`${where(position)}: record ${position + 1} has no ${expected} "${field}". ${FIX}`);
      }
    }
  });
  return { records: records as T[], where };
}

interface QuestionTopics {
  readonly id: number;
  readonly primaryTopic: string;
  readonly secondaryTopics?: readonly string[];
}

/**
 * Reads questions.json and topics.json, checks each record has `fields`, and
 * that every topic a question names is in topics.json.
 */
export function readGeneratedRecords<Q extends QuestionTopics, T extends { readonly id: string }>(
  files: GeneratedDataFiles,
  fields: { readonly question: Readonly<Record<string, FieldCheck>>; readonly topic: Readonly<Record<string, FieldCheck>> },
): { questions: Q[]; topics: T[] } {
  const topics = readRecordsFile<T>(files.topicsFile, { id: FIELD.string, ...fields.topic }).records;
  const questions = readRecordsFile<Q>(files.questionsFile, { id: FIELD.number, primaryTopic: FIELD.string, ...fields.question });
  const topicIds = new Set(topics.map((topic) => topic.id));
  questions.records.forEach((question, position) => {
    const unknown = [question.primaryTopic, ...(question.secondaryTopics ?? [])].find((id) => !topicIds.has(id));
    if (unknown !== undefined) {
      throw new GeneratedDataError(
        `${questions.where(position)}: question ${question.id} names topic "${unknown}", which ${shown(files.topicsFile)} does not list. ${FIX}`,
      );
    }
  });
  return { questions: questions.records, topics };
}
