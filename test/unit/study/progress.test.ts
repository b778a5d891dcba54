import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextReview, withGrade } from '../../../src/study/leitner.ts';
import { EMPTY_PROGRESS, mergeProgress, PROGRESS_FORMAT, PROGRESS_VERSION, readProgress, writeProgress, type Progress } from '../../../src/study/progress.ts';

const now = new Date('2025-03-10T09:00:00.000Z');
const later = new Date('2025-03-12T09:00:00.000Z');
const sample: Progress = withGrade(withGrade(EMPTY_PROGRESS, 17, 'knew', now), 3, 'review', now);

const document = (questions: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: PROGRESS_FORMAT, version: PROGRESS_VERSION, questions, ...extra });

describe('stored progress', () => {
  it('reads back exactly what it wrote, and nothing saved yet as empty progress', () => {
    expect(readProgress(writeProgress(sample))).toEqual({ ok: true, progress: sample, skipped: 0 });
    expect(readProgress(null)).toEqual({ ok: true, progress: EMPTY_PROGRESS, skipped: 0 });
  });

  it('writes an export file that says when it was made and reads like stored progress', () => {
    const file = writeProgress(sample, later);
    expect(JSON.parse(file)).toMatchObject({ format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exportedAt: later.toISOString() });
    expect(readProgress(file)).toEqual({ ok: true, progress: sample, skipped: 0 });
  });

  it.each([
    ['text that is not JSON', '{"format": '],
    ['JSON that is not an object', '[1, 2, 3]'],
    ['another application’s data', JSON.stringify({ theme: 'dark', questions: {} })],
    ['a document without a version', JSON.stringify({ format: PROGRESS_FORMAT, questions: {} })],
    ['a version this site never wrote', JSON.stringify({ format: PROGRESS_FORMAT, version: 0, questions: {} })],
    ['questions that are not a map', JSON.stringify({ format: PROGRESS_FORMAT, version: PROGRESS_VERSION, questions: [] })],
  ])('refuses %s as unreadable', (_, text) => {
    expect(readProgress(text)).toEqual({ ok: false, problem: 'unreadable' });
  });

  it('recognises progress saved by a newer version of the site', () => {
    expect(readProgress(JSON.stringify({ format: PROGRESS_FORMAT, version: PROGRESS_VERSION + 1, questions: {} }))).toEqual({
      ok: false,
      problem: 'newer-version',
    });
  });

  it('skips and counts invalid entries but keeps the valid ones', () => {
    const valid = nextReview(undefined, 'knew', now);
    const result = readProgress(
      document({
        5: valid,
        6: { ...valid, box: 0 },
        7: { ...valid, box: 9 },
        8: { ...valid, lastGrade: 'maybe' },
        9: { ...valid, dueAt: 'next tuesday' },
        10: { ...valid, reviews: 0 },
        abc: valid,
        '-1': valid,
        11: 'knew',
      }),
    );
    expect(result).toEqual({ ok: true, progress: { questions: { 5: valid } }, skipped: 8 });
  });

  it('drops unknown fields of an entry rather than carrying them into storage', () => {
    const valid = nextReview(undefined, 'knew', now);
    const result = readProgress(document({ 5: { ...valid, note: '<script>' } }));
    expect(result.ok && result.progress.questions[5]).toEqual(valid);
  });

  it('never throws, whatever text it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((value) => document(value)),
        ),
        (text) => {
          const result = readProgress(text);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('round-trips any progress the scheduler can produce', () => {
    const grades = fc.array(fc.tuple(fc.integer({ min: 1, max: 60 }), fc.constantFrom('knew' as const, 'review' as const), fc.integer({ min: 0, max: 400 })));
    fc.assert(
      fc.property(grades, (steps) => {
        const progress = steps.reduce((current, [id, grade, day]) => withGrade(current, id, grade, new Date(now.getTime() + day * 86_400_000)), EMPTY_PROGRESS);
        expect(readProgress(writeProgress(progress))).toEqual({ ok: true, progress, skipped: 0 });
      }),
    );
  });
});

describe('mergeProgress (import)', () => {
  const older = withGrade(EMPTY_PROGRESS, 1, 'review', now);
  const newer = withGrade(EMPTY_PROGRESS, 1, 'knew', later);

  it('takes the more recently reviewed entry of each question', () => {
    expect(mergeProgress(older, newer)).toEqual({ progress: newer, changed: 1 });
    expect(mergeProgress(newer, older)).toEqual({ progress: newer, changed: 0 });
  });

  it('adds questions this browser has not graded and keeps the ones the file lacks', () => {
    const here = withGrade(EMPTY_PROGRESS, 2, 'knew', now);
    const { progress, changed } = mergeProgress(here, older);
    expect(changed).toBe(1);
    expect(progress.questions).toEqual({ ...here.questions, ...older.questions });
  });
});
