import { describe, expect, it } from 'vitest';
import { describeRemaining, formatClock, remainingMs } from '../../../src/study/countdown.ts';
import { withGrade } from '../../../src/study/scheduler.ts';
import { EMPTY_PROGRESS, type Grade } from '../../../src/study/progress.ts';
import { summariseSession } from '../../../src/study/session-summary.ts';
import { countProgress, describeCounts } from '../../../src/study/topic-progress.ts';

const now = new Date('2025-03-10T09:00:00.000Z');

describe('countProgress', () => {
  it('counts known, to review and unseen among the given questions only', () => {
    let progress = withGrade(EMPTY_PROGRESS, 1, 'good', now);
    progress = withGrade(progress, 2, 'again', now);
    progress = withGrade(progress, 3, 'again', now);
    progress = withGrade(progress, 3, 'good', now);
    progress = withGrade(progress, 99, 'good', now);
    const counts = countProgress([1, 2, 3, 4, 5], progress);
    expect(counts).toEqual({ known: 2, review: 1, unseen: 2 });
    expect(describeCounts(counts)).toBe('2 known, 1 to review, 2 not yet graded');
  });
});

describe('summariseSession', () => {
  it('counts per topic in session order and lists the missed questions', () => {
    const topicOf = (id: number) => (id < 10 ? 'alpha' : 'beta');
    const grades = new Map<number, Grade>([
      [11, 'again'],
      [1, 'good'],
      [2, 'again'],
    ]);
    expect(summariseSession([11, 1, 2, 3, 12], grades, topicOf)).toEqual({
      topics: [
        { topic: 'beta', knew: 0, review: 1, skipped: 1 },
        { topic: 'alpha', knew: 1, review: 1, skipped: 1 },
      ],
      missed: [11, 2],
    });
  });
});

describe('countdown', () => {
  const threeMinutes = 3 * 60_000;
  it('counts down from the limit and stops at zero', () => {
    expect(remainingMs(1000, 1000, threeMinutes)).toBe(threeMinutes);
    expect(remainingMs(1000, 61_000, threeMinutes)).toBe(120_000);
    expect(remainingMs(1000, 999_999, threeMinutes)).toBe(0);
  });

  it('reads 3:00 at the start, rounds partial seconds up and says 0:00 only when time is up', () => {
    expect(formatClock(threeMinutes)).toBe('3:00');
    expect(formatClock(125_000)).toBe('2:05');
    expect(formatClock(400)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
  });

  it('describes the time left in words', () => {
    expect(describeRemaining(threeMinutes)).toBe('3 minutes left');
    expect(describeRemaining(61_000)).toBe('1 minute 1 second left');
    expect(describeRemaining(30_000)).toBe('30 seconds left');
    expect(describeRemaining(0)).toBe('Time is up');
  });
});
