import { FSRSAlgorithm, generatorParameters, Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { INITIAL_DIFFICULTY_AGAIN, INITIAL_DIFFICULTY_GOOD, INITIAL_STABILITY_AGAIN, PROGRESS_FORMAT, readProgress } from '../../../src/study/progress.ts';

/** Progress as the Leitner version of the site saved it (copied from a version 1 export). */
const version1 = {
  format: PROGRESS_FORMAT,
  version: 1,
  exportedAt: '2025-03-12T09:00:00.000Z',
  questions: {
    3: { box: 1, lastGrade: 'review', reviewedAt: '2025-03-10T09:00:00.000Z', dueAt: '2025-03-10T09:00:00.000Z', reviews: 1 },
    17: { box: 2, lastGrade: 'knew', reviewedAt: '2025-03-10T09:00:00.000Z', dueAt: '2025-03-11T09:00:00.000Z', reviews: 1 },
    21: { box: 5, lastGrade: 'knew', reviewedAt: '2025-03-01T08:00:00.000Z', dueAt: '2025-03-17T08:00:00.000Z', reviews: 6 },
    30: { box: 1, lastGrade: 'review', reviewedAt: '2025-03-02T08:00:00.000Z', dueAt: '2025-03-02T08:00:00.000Z', reviews: 4 },
  },
};

describe('upgrading version 1 (Leitner) progress', () => {
  it('keeps every grade: last grade, review count, last review and due date, with FSRS memory from the box', () => {
    const result = readProgress(JSON.stringify(version1));
    expect(result).toEqual({
      ok: true,
      skipped: 0,
      fromVersion: 1,
      progress: {
        notes: {},
        questions: {
          3: {
            lastGrade: 'again',
            reviewedAt: '2025-03-10T09:00:00.000Z',
            dueAt: '2025-03-10T09:00:00.000Z',
            reviews: 1,
            memory: { state: 'learning', stability: 0.212, difficulty: 6.4133, scheduledDays: 0, learningSteps: 0, lapses: 0 },
          },
          17: {
            lastGrade: 'good',
            reviewedAt: '2025-03-10T09:00:00.000Z',
            dueAt: '2025-03-11T09:00:00.000Z',
            reviews: 1,
            memory: { state: 'review', stability: 1, difficulty: 2.1181, scheduledDays: 1, learningSteps: 0, lapses: 0 },
          },
          21: {
            lastGrade: 'good',
            reviewedAt: '2025-03-01T08:00:00.000Z',
            dueAt: '2025-03-17T08:00:00.000Z',
            reviews: 6,
            memory: { state: 'review', stability: 16, difficulty: 2.1181, scheduledDays: 16, learningSteps: 0, lapses: 0 },
          },
          30: {
            lastGrade: 'again',
            reviewedAt: '2025-03-02T08:00:00.000Z',
            dueAt: '2025-03-02T08:00:00.000Z',
            reviews: 4,
            memory: { state: 'learning', stability: 0.212, difficulty: 6.4133, scheduledDays: 0, learningSteps: 0, lapses: 0 },
          },
        },
      },
    });
  });

  it('skips and counts the damaged entries of a version 1 document, as before', () => {
    const valid = version1.questions[17];
    const text = JSON.stringify({
      ...version1,
      questions: { 17: valid, 6: { ...valid, box: 0 }, 7: { ...valid, box: 9 }, 8: { ...valid, lastGrade: 'good' } },
    });
    const result = readProgress(text);
    expect(result.ok && Object.keys(result.progress.questions)).toEqual(['17']);
    expect(result.ok && result.skipped).toBe(3);
  });

  it('uses FSRS-6’s own initial stability and difficulty for the boxes (checked against ts-fsrs’s defaults)', () => {
    const algorithm = new FSRSAlgorithm(generatorParameters());
    expect(INITIAL_STABILITY_AGAIN).toBe(algorithm.init_stability(Rating.Again));
    expect(INITIAL_DIFFICULTY_AGAIN).toBeCloseTo(algorithm.init_difficulty(Rating.Again), 4);
    expect(INITIAL_DIFFICULTY_GOOD).toBeCloseTo(algorithm.init_difficulty(Rating.Good), 4);
  });
});
