/**
 * Reads the question data the generator wrote (docs/_generated), which every
 * image, download and print sheet is made from, so none of them can drift
 * from the pages. Problems say which file and record, and how to fix them.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SheetAnswerBlock } from '../shared/types.ts';

export interface ShareQuestion {
  readonly id: number;
  readonly number: number;
  readonly slug: string;
  readonly permalink: string;
  readonly previewImage: string;
  readonly title: string;
  readonly primaryTopic: string;
  readonly secondaryTopics: readonly string[];
  readonly kind: 'behavioural' | 'technical';
  /** The answer's lines, as the page shows them, one per line. */
  readonly answer: string;
  readonly answerBlocks: readonly SheetAnswerBlock[];
}

export interface ShareTopic {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly permalink: string;
  readonly previewImage: string;
  readonly questionCount: number;
  /** The topic's own questions (it is their primary topic), in sidebar order. */
  readonly questionIds: readonly number[];
}

export interface ShareData {
  readonly questions: readonly ShareQuestion[];
  readonly topics: readonly ShareTopic[];
}

export class ShareDataError extends Error {}

const FIX = 'Run `npm run generate` to rebuild it from the source.';

type Check = [test: (value: unknown) => boolean, expected: string];
const string: Check = [(value) => typeof value === 'string', 'string'];
const number: Check = [(value) => typeof value === 'number' && Number.isFinite(value), 'number'];
const strings: Check = [(value) => Array.isArray(value) && value.every((item) => typeof item === 'string'), 'list of strings'];
const numbers: Check = [(value) => Array.isArray(value) && value.every((item) => typeof item === 'number'), 'list of numbers'];
const list: Check = [Array.isArray, 'list'];
const kind: Check = [(value) => value === 'behavioural' || value === 'technical', '"behavioural" or "technical"'];

/** Line of the n-th top-level record in the generator's pretty-printed JSON. */
function lineOfRecord(text: string, position: number): number {
  let seen = -1;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) if (lines[index] === '  {' && ++seen === position) return index + 1;
  return 1;
}

function readRecords<T>(file: string, fields: Record<string, Check>): T[] {
  const shown = relative(process.cwd(), file) || file;
  let text: string;
  let records: unknown;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ShareDataError(`${shown}: missing or unreadable. ${FIX}`);
  }
  try {
    records = JSON.parse(text);
  } catch (error) {
    throw new ShareDataError(`${shown}: not valid JSON (${(error as Error).message}). ${FIX}`);
  }
  if (!Array.isArray(records)) throw new ShareDataError(`${shown}:1: expected a list of records. ${FIX}`);
  records.forEach((record, position) => {
    for (const [field, [test, expected]] of Object.entries(fields)) {
      if (!test((record as Record<string, unknown> | null)?.[field])) {
        throw new ShareDataError(`${shown}:${lineOfRecord(text, position)}: record ${position + 1} has no ${expected} "${field}". ${FIX}`);
      }
    }
  });
  return records as T[];
}

export function shareDataFiles(siteDir: string, dataDir: string): { questionsFile: string; topicsFile: string } {
  return { questionsFile: join(siteDir, dataDir, 'questions.json'), topicsFile: join(siteDir, dataDir, 'topics.json') };
}

export function readShareData(siteDir: string, dataDir: string): ShareData {
  const { questionsFile, topicsFile } = shareDataFiles(siteDir, dataDir);
  const questions = readRecords<ShareQuestion>(questionsFile, {
    id: number,
    number,
    slug: string,
    permalink: string,
    previewImage: string,
    title: string,
    primaryTopic: string,
    secondaryTopics: strings,
    kind,
    answer: string,
    answerBlocks: list,
  });
  const topics = readRecords<ShareTopic>(topicsFile, {
    id: string,
    title: string,
    description: string,
    permalink: string,
    previewImage: string,
    questionCount: number,
    questionIds: numbers,
  });
  const topicIds = new Set(topics.map((topic) => topic.id));
  for (const question of questions) {
    const unknown = [question.primaryTopic, ...question.secondaryTopics].find((id) => !topicIds.has(id));
    if (unknown !== undefined) {
      throw new ShareDataError(`${relative(process.cwd(), questionsFile)}: question ${question.id} names topic "${unknown}", which topics.json does not list. ${FIX}`);
    }
  }
  return { questions, topics };
}
