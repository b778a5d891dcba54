import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_PROGRESS,
  PROGRESS_FORMAT,
  PROGRESS_VERSION,
  readProgress,
  writeProgress,
  type Progress,
  type QuestionProgress,
} from '../../../src/study/progress.ts';

const now = new Date('2025-03-10T09:00:00.000Z');
const later = new Date('2025-03-12T09:00:00.000Z');

const goodOnce: QuestionProgress = {
  lastGrade: 'good',
  reviewedAt: now.toISOString(),
  dueAt: '2025-03-12T09:00:00.000Z',
  reviews: 1,
  memory: { state: 'review', stability: 2.3065, difficulty: 2.1181, scheduledDays: 2, learningSteps: 0, lapses: 0 },
};
const againOnce: QuestionProgress = {
  lastGrade: 'again',
  reviewedAt: now.toISOString(),
  dueAt: '2025-03-10T09:01:00.000Z',
  reviews: 1,
  memory: { state: 'learning', stability: 0.212, difficulty: 6.4133, scheduledDays: 0, learningSteps: 0, lapses: 0 },
};
const sample: Progress = { questions: { 17: goodOnce, 3: againOnce }, notes: { 17: 'Mention error budgets.' } };

const document = (questions: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: PROGRESS_FORMAT, version: PROGRESS_VERSION, questions, ...extra });

describe('stored progress (version 2)', () => {
  it('reads back exactly what it wrote, and nothing saved yet as empty progress', () => {
    expect(readProgress(writeProgress(sample))).toEqual({ ok: true, progress: sample, skipped: 0, fromVersion: 2 });
    expect(readProgress(null)).toEqual({ ok: true, progress: EMPTY_PROGRESS, skipped: 0, fromVersion: 2 });
  });

  it('writes version 2 with grades and notes', () => {
    expect(PROGRESS_VERSION).toBe(2);
    expect(JSON.parse(writeProgress(sample))).toEqual({
      format: 'sre-interview-questions/study-progress',
      version: 2,
      questions: { 3: againOnce, 17: goodOnce },
      notes: { 17: 'Mention error budgets.' },
    });
  });

  it('writes an export file that says when it was made and reads like stored progress', () => {
    const file = writeProgress(sample, later);
    expect(JSON.parse(file)).toMatchObject({ format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exportedAt: later.toISOString() });
    expect(readProgress(file)).toEqual({ ok: true, progress: sample, skipped: 0, fromVersion: 2 });
  });

  it.each([
    ['text that is not JSON', '{"format": '],
    ['a truncated file', writeProgress(sample, later).slice(0, 120)],
    ['JSON that is not an object', '[1, 2, 3]'],
    ['another application’s data', JSON.stringify({ theme: 'dark', questions: {} })],
    ['a document without a version', JSON.stringify({ format: PROGRESS_FORMAT, questions: {} })],
    ['a version this site never wrote', JSON.stringify({ format: PROGRESS_FORMAT, version: 0, questions: {} })],
    ['a fractional version', JSON.stringify({ format: PROGRESS_FORMAT, version: 1.5, questions: {} })],
    ['questions that are not a map', JSON.stringify({ format: PROGRESS_FORMAT, version: PROGRESS_VERSION, questions: [] })],
    ['version 1 questions that are not a map', JSON.stringify({ format: PROGRESS_FORMAT, version: 1, questions: 'all' })],
  ])('refuses %s as unreadable', (_, text) => {
    expect(readProgress(text)).toEqual({ ok: false, problem: 'unreadable' });
  });

  it('recognises progress saved by a newer version of the site', () => {
    expect(readProgress(JSON.stringify({ format: PROGRESS_FORMAT, version: 3, questions: {}, notes: {} }))).toEqual({
      ok: false,
      problem: 'newer-version',
    });
  });

  it('skips and counts invalid entries but keeps the valid ones', () => {
    const memory = goodOnce.memory;
    const result = readProgress(
      document(
        {
          5: goodOnce,
          6: { ...goodOnce, lastGrade: 'knew' },
          7: { ...goodOnce, memory: { ...memory, state: 'new' } },
          8: { ...goodOnce, memory: { ...memory, stability: 0 } },
          9: { ...goodOnce, memory: { ...memory, difficulty: 11 } },
          10: { ...goodOnce, memory: { ...memory, lapses: -1 } },
          11: { ...goodOnce, dueAt: 'next tuesday' },
          12: { ...goodOnce, reviews: 0 },
          13: { box: 2, lastGrade: 'knew', reviewedAt: now.toISOString(), dueAt: later.toISOString(), reviews: 1 },
          abc: goodOnce,
          '-1': goodOnce,
          14: 'good',
        },
        { notes: { 5: 'kept', 6: '   ', 7: 42, x: 'no id' } },
      ),
    );
    expect(result).toEqual({ ok: true, progress: { questions: { 5: goodOnce }, notes: { 5: 'kept' } }, skipped: 14, fromVersion: 2 });
  });

  it('reads a version 2 document without notes as no notes, and damaged notes as one skipped entry', () => {
    expect(readProgress(document({ 5: goodOnce }))).toEqual({ ok: true, progress: { questions: { 5: goodOnce }, notes: {} }, skipped: 0, fromVersion: 2 });
    expect(readProgress(document({ 5: goodOnce }, { notes: ['a'] }))).toEqual({
      ok: true,
      progress: { questions: { 5: goodOnce }, notes: {} },
      skipped: 1,
      fromVersion: 2,
    });
  });

  it('drops unknown fields of an entry rather than carrying them into storage', () => {
    const result = readProgress(document({ 5: { ...goodOnce, note: '<script>', memory: { ...goodOnce.memory, extra: 1 } } }));
    expect(result.ok && result.progress.questions[5]).toEqual(goodOnce);
  });

  it('never throws, whatever text it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((value) => document(value)),
          fc.jsonValue().map((value) => document({}, { notes: value })),
          fc.jsonValue().map((value) => JSON.stringify({ format: PROGRESS_FORMAT, version: 1, questions: value })),
        ),
        (text) => {
          const result = readProgress(text);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });
});
