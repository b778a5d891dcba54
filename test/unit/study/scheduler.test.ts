import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, type QuestionProgress } from '../../../src/study/progress.ts';
import { intervalsByGrade, nextReview, withGrade } from '../../../src/study/scheduler.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const now = new Date('2026-12-02T12:00:00.000Z');

/**
 * Expected values are worked out by hand from FSRS-6 with its default weights
 * (w0…w20 = 0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,
 * 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729,
 * 0.5425, 0.0912, 0.0658, 0.1542), 90 % retention, learning steps 1 min and
 * 10 min and a relearning step of 10 min (ts-fsrs's documented defaults).
 * At 90 % retention the next interval equals the new stability, rounded to days.
 */
describe('intervals shown on the grade buttons', () => {
  it('a question never graded: Again 1 min, Hard 6 min, Good 10 min (the learning steps), Easy 8 d (S0(Easy) = w3 = 8.2956)', () => {
    // Hard on the first step waits the mean of the first two steps, (1 + 10) / 2 = 5.5, rounded to 6 minutes.
    expect(intervalsByGrade(undefined, now)).toEqual({ again: 1 * MINUTE, hard: 6 * MINUTE, good: 10 * MINUTE, easy: 8 * DAY });
  });

  it('a learnt question (S = 10 d, D = 5) reviewed on its due day: Again 10 min, Hard 23 d, Good 32 d, Easy 51 d', () => {
    // Reviewed 10 days after the last review, so R = (1 + FACTOR·10/10)^DECAY = 0.9.
    // S'(Good) = S·(e^w8·(11 − D)·S^−w9·(e^(w10·(1 − R)) − 1) + 1)
    //          = 10·(6.5029·6·0.68155·0.082854 + 1) = 10·(2.2033 + 1) = 32.03 → 32 days;
    // Hard multiplies the growth by w15 = 0.6014: 10·(1.3251 + 1) = 23.25 → 23 days;
    // Easy by w16 = 1.8729: 10·(4.1266 + 1) = 51.27 → 51 days;
    // Again (a lapse) goes to the 10-minute relearning step.
    const learnt: QuestionProgress = {
      lastGrade: 'good',
      reviewedAt: new Date(now.getTime() - 10 * DAY).toISOString(),
      dueAt: now.toISOString(),
      reviews: 5,
      memory: { state: 'review', stability: 10, difficulty: 5, scheduledDays: 10, learningSteps: 0, lapses: 0 },
    };
    expect(intervalsByGrade(learnt, now)).toEqual({ again: 10 * MINUTE, hard: 23 * DAY, good: 32 * DAY, easy: 51 * DAY });

    const lapsed = nextReview(learnt, 'again', now);
    // S'(Again) = w11·D^−w12·((S + 1)^w13 − 1)·e^(w14·(1 − R)) = 1.4835·0.90591·0.87843·1.17919 = 1.392 days.
    expect(lapsed).toMatchObject({ lastGrade: 'again', reviews: 6, dueAt: new Date(now.getTime() + 10 * MINUTE).toISOString() });
    expect(lapsed.memory).toMatchObject({ state: 'relearning', lapses: 1 });
    expect(lapsed.memory.stability).toBeCloseTo(1.392, 3);
  });
});

describe('nextReview', () => {
  it('records the grade, the review instant, the count and FSRS’s first memory of the question', () => {
    expect(nextReview(undefined, 'easy', now)).toEqual({
      lastGrade: 'easy',
      reviewedAt: now.toISOString(),
      dueAt: new Date(now.getTime() + 8 * DAY).toISOString(),
      reviews: 1,
      // S0(Easy) = w3; D0(Easy) = w4 − e^(3·w5) + 1 = −4.76, clamped to 1.
      memory: { state: 'review', stability: 8.2956, difficulty: 1, scheduledDays: 8, learningSteps: 0, lapses: 0 },
    });
  });

  it('graduates a question after Good on both learning steps, then schedules it in days', () => {
    const first = nextReview(undefined, 'good', now);
    expect(first.memory).toMatchObject({ state: 'learning', learningSteps: 1 });
    const tenMinutesLater = new Date(Date.parse(first.dueAt));
    const second = nextReview(first, 'good', tenMinutesLater);
    expect(second.memory.state).toBe('review');
    expect(second.reviews).toBe(2);
    expect(Date.parse(second.dueAt) - tenMinutesLater.getTime()).toBeGreaterThanOrEqual(DAY);
  });

  it('keeps the other questions and notes when grading one', () => {
    const before = { questions: { 4: nextReview(undefined, 'good', now) }, notes: { 4: 'keep me' } };
    const after = withGrade(before, 9, 'again', now);
    expect(after.questions[4]).toBe(before.questions[4]);
    expect(after.notes).toBe(before.notes);
    expect(after.questions[9]?.lastGrade).toBe('again');
    expect(withGrade(EMPTY_PROGRESS, 1, 'good', now).notes).toEqual({});
  });
});
