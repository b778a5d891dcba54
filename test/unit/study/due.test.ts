import { describe, expect, it } from 'vitest';
import { daysUntilDue, dueFirst, dueToday, isDue } from '../../../src/study/due.ts';
import type { Progress, QuestionProgress } from '../../../src/study/progress.ts';

// Local times, so "today" means the same day in any time zone the tests run in.
const now = new Date(2026, 11, 2, 15, 0);
const entry = (dueAt: Date): QuestionProgress => ({
  lastGrade: 'good',
  reviewedAt: new Date(2026, 10, 1).toISOString(),
  dueAt: dueAt.toISOString(),
  reviews: 1,
  memory: { state: 'review', stability: 3, difficulty: 5, scheduledDays: 3, learningSteps: 0, lapses: 0 },
});
const progress: Progress = {
  questions: {
    1: entry(new Date(2026, 11, 3, 0, 0)), // tomorrow at midnight: not today
    2: entry(new Date(2026, 11, 2, 23, 59)), // later today
    3: entry(new Date(2026, 10, 20)), // overdue
    4: entry(new Date(2026, 11, 2, 15, 0)), // now
    5: entry(new Date(2027, 0, 10)),
  },
  notes: {},
};

describe('due dates', () => {
  it('counts as due today everything due before the reader’s next midnight, the longest overdue first', () => {
    expect(dueToday(progress, now)).toEqual([3, 4, 2]);
    expect(dueToday({ questions: {}, notes: {} }, now)).toEqual([]);
  });

  it('is due at its due instant, not before', () => {
    expect(isDue(progress.questions[4]!, now)).toBe(true);
    expect(isDue(progress.questions[2]!, now)).toBe(false);
  });

  it('orders due, then unseen, then later questions', () => {
    expect(dueFirst([5, 1, 2, 3, 4, 6], progress, now)).toEqual([3, 4, 6, 2, 1, 5]);
  });

  it('rounds the days until due up', () => {
    expect(daysUntilDue(progress.questions[3]!, now)).toBe(0);
    expect(daysUntilDue(progress.questions[1]!, now)).toBe(1);
  });
});
