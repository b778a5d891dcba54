/**
 * Reads the generator's question data (docs/_generated) for the quiz pages.
 * Problems say which file and how to fix it.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { QuizSourceQuestion, QuizSourceTopic } from './quiz-pages.ts';

const FIX = 'Run `npm run generate` to rebuild it from the source.';

export function generatedDataFiles(siteDir: string, dataDir: string): { questionsFile: string; topicsFile: string } {
  return { questionsFile: join(siteDir, dataDir, 'questions.json'), topicsFile: join(siteDir, dataDir, 'topics.json') };
}

function readRecords<T>(file: string, required: Record<string, string>): T[] {
  const shown = relative(process.cwd(), file) || file;
  let records: unknown;
  try {
    records = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${shown}: missing or not valid JSON (${(error as Error).message}). ${FIX}`);
  }
  if (!Array.isArray(records)) throw new Error(`${shown}:1: expected a list of records. ${FIX}`);
  records.forEach((record, position) => {
    for (const [field, type] of Object.entries(required)) {
      const value = (record as Record<string, unknown> | null)?.[field];
      const ok = type === 'array' ? Array.isArray(value) : typeof value === type;
      if (!ok) throw new Error(`${shown}: record ${position + 1} has no ${type} "${field}". ${FIX}`);
    }
  });
  return records as T[];
}

export function readQuizSource(siteDir: string, dataDir: string): { questions: QuizSourceQuestion[]; topics: QuizSourceTopic[] } {
  const { questionsFile, topicsFile } = generatedDataFiles(siteDir, dataDir);
  return {
    questions: readRecords<QuizSourceQuestion>(questionsFile, {
      id: 'number',
      slug: 'string',
      permalink: 'string',
      title: 'string',
      primaryTopic: 'string',
      kind: 'string',
      answerBlocks: 'array',
    }),
    topics: readRecords<QuizSourceTopic>(topicsFile, { id: 'string', title: 'string', permalink: 'string' }),
  };
}
