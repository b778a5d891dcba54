/**
 * The one reader of the records the generator wrote to docs/_generated/
 * (records.ts defines them). Every record is checked field by field against
 * the contract; a problem is reported as `file:line: what is wrong` with the
 * fix, so a stale or hand-edited file never reaches a page half-read.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  GENERATED_DATA_DIR,
  GENERATED_FILES,
  isQuestionKind,
  type AnswerBlock,
  type QuestionRecord,
  type RedirectRecord,
  type SidebarCategoryRecord,
  type TopicRecord,
} from './records.ts';

const FIX = 'Run `npm run generate` to rebuild it from the source.';

class GeneratedDataError extends Error {}

/** A test for one field's value, and how to name what was expected. */
type FieldCheck = readonly [test: (value: unknown) => boolean, expected: string];

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isStrings = (value: unknown) => Array.isArray(value) && value.every(isString);

function isAnswerBlock(value: unknown): value is AnswerBlock {
  const block = value as Partial<Record<string, unknown>> | null;
  if (block?.kind === 'paragraph') return isString(block.text);
  return block?.kind === 'list' && typeof block.ordered === 'boolean' && (block.start === undefined || isNumber(block.start)) && isStrings(block.items);
}

const FIELD = {
  string: [isString, 'string'],
  number: [isNumber, 'number'],
  strings: [isStrings, 'list of strings'],
  numbers: [(value) => Array.isArray(value) && value.every(isNumber), 'list of numbers'],
  kind: [isQuestionKind, '"behavioural" or "technical"'],
  answerBlocks: [(value) => Array.isArray(value) && value.every(isAnswerBlock), 'list of answer blocks'],
} as const satisfies Record<string, FieldCheck>;

/** Every field of a record, checked: adding a field to the contract without a check here fails typecheck. */
const QUESTION_FIELDS: { readonly [K in keyof QuestionRecord]-?: FieldCheck } = {
  id: FIELD.number,
  number: FIELD.number,
  slug: FIELD.string,
  permalink: FIELD.string,
  previewImage: FIELD.string,
  title: FIELD.string,
  primaryTopic: FIELD.string,
  secondaryTopics: FIELD.strings,
  kind: FIELD.kind,
  answer: FIELD.string,
  keywords: FIELD.strings,
  answerBlocks: FIELD.answerBlocks,
};

const TOPIC_FIELDS: { readonly [K in keyof TopicRecord]-?: FieldCheck } = {
  id: FIELD.string,
  title: FIELD.string,
  description: FIELD.string,
  permalink: FIELD.string,
  previewImage: FIELD.string,
  questionCount: FIELD.number,
  behaviouralCount: FIELD.number,
  questionIds: FIELD.numbers,
};

export interface GeneratedDataFiles {
  readonly questionsFile: string;
  readonly topicsFile: string;
}

/** The files the site builds from: the dev server reruns a plugin when they change. */
export function generatedDataFiles(siteDir: string, dataDir: string): GeneratedDataFiles {
  return {
    questionsFile: join(siteDir, dataDir, GENERATED_FILES.questions),
    topicsFile: join(siteDir, dataDir, GENERATED_FILES.topics),
  };
}

const shown = (file: string) => relative(process.cwd(), file) || file;

/** Line of the n-th top-level record in the generator's pretty-printed JSON. */
function lineOfRecord(text: string, position: number): number {
  let seen = -1;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) if (lines[index] === '  {' && ++seen === position) return index + 1;
  return 1;
}

function readJsonFile(file: string): { text: string; value: unknown } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new GeneratedDataError(`${shown(file)}: missing or unreadable. ${FIX}`, { cause });
  }
  try {
    return { text, value: JSON.parse(text) };
  } catch (error) {
    throw new GeneratedDataError(`${shown(file)}: not valid JSON (${(error as Error).message}). ${FIX}`, { cause: error });
  }
}

interface RecordsFile<T> {
  readonly records: T[];
  /** `file:line` of the record at `position`, for messages about it. */
  where(position: number): string;
}

function readRecordsFile<T>(file: string, fields: Readonly<Record<string, FieldCheck>>): RecordsFile<T> {
  const { text, value: records } = readJsonFile(file);
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

export interface GeneratedRecords {
  readonly questions: readonly QuestionRecord[];
  readonly topics: readonly TopicRecord[];
}

/**
 * Reads questions.json and topics.json, checks every field of every record,
 * and that every topic a question names is in topics.json.
 */
export function readGeneratedRecords(files: GeneratedDataFiles): GeneratedRecords {
  const topics = readTopicRecords(files.topicsFile);
  const questions = readRecordsFile<QuestionRecord>(files.questionsFile, QUESTION_FIELDS);
  const topicIds = new Set(topics.map((topic) => topic.id));
  questions.records.forEach((question, position) => {
    const unknown = [question.primaryTopic, ...question.secondaryTopics].find((id) => !topicIds.has(id));
    if (unknown !== undefined) {
      throw new GeneratedDataError(
        `${questions.where(position)}: question ${question.id} names topic "${unknown}", which ${shown(files.topicsFile)} does not list. ${FIX}`,
      );
    }
  });
  return { questions: questions.records, topics };
}

/** Reads topics.json alone, every field checked. */
export function readTopicRecords(topicsFile: string): TopicRecord[] {
  return readRecordsFile<TopicRecord>(topicsFile, TOPIC_FIELDS).records;
}

/** Each question has one primary topic, and a topic counts the questions whose primary topic it is. */
export function bankSize(topics: readonly Pick<TopicRecord, 'questionCount'>[]): number {
  return topics.reduce((sum, topic) => sum + topic.questionCount, 0);
}

/**
 * How many questions the bank holds, for choices made by its size: from topics.json, 120 KB at 10,000 questions,
 * without reading and checking the 20 MB of questions.json (0.36 s).
 */
export function readQuestionCount(topicsFile: string): number {
  return bankSize(readTopicRecords(topicsFile));
}

/** The generated folder of a site whose docs live in `<siteDir>/docs`. */
const siteDataDir = (siteDir: string) => join(siteDir, 'docs', GENERATED_DATA_DIR);

/** For sidebars.ts: the topic categories, in order. */
export function readSidebar(siteDir: string): SidebarCategoryRecord[] {
  return readList<SidebarCategoryRecord>(join(siteDataDir(siteDir), GENERATED_FILES.sidebar));
}

/** For docusaurus.config.ts: the redirects that keep every published URL working. */
export function readRedirects(siteDir: string): RedirectRecord[] {
  return readList<RedirectRecord>(join(siteDataDir(siteDir), GENERATED_FILES.redirects));
}

function readList<T>(file: string): T[] {
  const { value } = readJsonFile(file);
  if (!Array.isArray(value)) throw new GeneratedDataError(`${shown(file)}:1: expected a list. ${FIX}`);
  return value as T[];
}
