/**
 * Reads the question data the generator wrote (docs/_generated), which the
 * index is built from, so search works the same under `npm start` as in a
 * build. Problems are reported as `file:line: what is wrong` and how to fix it.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SearchableQuestion, SearchableTopic } from './build-index.ts';

const FIX = 'Run `npm run generate` to rebuild it from the source.';

export class GeneratedDataError extends Error {}

function readJsonArray(path: string, shownAs: string): { items: unknown[]; text: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new GeneratedDataError(`${shownAs}: missing or unreadable. ${FIX}`);
  }
  let items: unknown;
  try {
    items = JSON.parse(text);
  } catch (error) {
    throw new GeneratedDataError(`${shownAs}: not valid JSON (${(error as Error).message}). ${FIX}`);
  }
  if (!Array.isArray(items)) throw new GeneratedDataError(`${shownAs}:1: expected a list of records. ${FIX}`);
  return { items, text };
}

/** Line of the n-th top-level record in the generator's pretty-printed JSON, for error messages. */
function lineOfRecord(text: string, position: number): number {
  let seen = -1;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    if (lines[index] === '  {' && ++seen === position) return index + 1;
  }
  return 1;
}

type FieldCheck = (value: unknown) => boolean;
const isString: FieldCheck = (value) => typeof value === 'string';
const isNumber: FieldCheck = (value) => typeof value === 'number' && Number.isFinite(value);
const isStringList: FieldCheck = (value) => Array.isArray(value) && value.every(isString);

function checkRecords<T>(path: string, shownAs: string, fields: Record<string, [FieldCheck, string]>): T[] {
  const { items, text } = readJsonArray(path, shownAs);
  items.forEach((item, position) => {
    for (const [field, [check, expected]] of Object.entries(fields)) {
      const value = (item as Record<string, unknown> | null)?.[field];
      if (!check(value)) {
        throw new GeneratedDataError(`${shownAs}:${lineOfRecord(text, position)}: record ${position + 1} has no ${expected} "${field}". ${FIX}`);
      }
    }
  });
  return items as T[];
}

export interface GeneratedData {
  readonly questions: SearchableQuestion[];
  readonly topics: SearchableTopic[];
}

/** The files the index is built from: the dev server rebuilds it when they change. */
export function generatedDataFiles(siteDir: string, dataDir: string): { questionsFile: string; topicsFile: string } {
  return { questionsFile: join(siteDir, dataDir, 'questions.json'), topicsFile: join(siteDir, dataDir, 'topics.json') };
}

export function readGeneratedData(siteDir: string, dataDir: string): GeneratedData {
  const { questionsFile, topicsFile } = generatedDataFiles(siteDir, dataDir);
  const shown = (file: string) => relative(process.cwd(), file) || file;
  const topics = checkRecords<SearchableTopic>(topicsFile, shown(topicsFile), {
    id: [isString, 'string'],
    title: [isString, 'string'],
    permalink: [isString, 'string'],
  });
  const questions = checkRecords<SearchableQuestion>(questionsFile, shown(questionsFile), {
    id: [isNumber, 'number'],
    title: [isString, 'string'],
    permalink: [isString, 'string'],
    primaryTopic: [isString, 'string'],
    secondaryTopics: [isStringList, 'list of strings'],
    answer: [isString, 'string'],
    keywords: [isStringList, 'list of strings'],
  });
  const topicIds = new Set(topics.map((topic) => topic.id));
  questions.forEach((question, position) => {
    const unknown = [question.primaryTopic, ...question.secondaryTopics].find((topic) => !topicIds.has(topic));
    if (unknown !== undefined) {
      const text = readFileSync(questionsFile, 'utf8');
      throw new GeneratedDataError(`${shown(questionsFile)}:${lineOfRecord(text, position)}: question ${question.id} names topic "${unknown}", which ${shown(topicsFile)} does not list. ${FIX}`);
    }
  });
  return { questions, topics };
}
