import { describe, expect, it } from 'vitest';
import { BOX_INTERVAL_DAYS, daysUntilDue, dueFirst, isDue, nextReview, withGrade } from '../../../src/study/leitner.ts';
import { EMPTY_PROGRESS, MAX_BOX, type Progress } from '../../../src/study/progress.ts';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2025-03-10T09:00:00.000Z');
const at = (offsetDays: number) => new Date(now.getTime() + offsetDays * DAY);

describe('nextReview (Leitner boxes)', () => {
  it('moves a question known at first sight to box 2, due after that box’s interval', () => {
    const entry = nextReview(undefined, 'knew', now);
    expect(entry).toEqual({
      box: 2,
      lastGrade: 'knew',
      reviewedAt: now.toISOString(),
      dueAt: at(BOX_INTERVAL_DAYS[2]!).toISOString(),
      reviews: 1,
    });
    expect(isDue(entry, now)).toBe(false);
  });

  it('climbs one box per "knew it", waiting longer each time, and stops at the top box', () => {
    let entry = nextReview(undefined, 'knew', now);
    const waits = [daysUntilDue(entry, now)];
    for (let step = 0; step < MAX_BOX + 2; step += 1) {
      entry = nextReview(entry, 'knew', now);
      waits.push(daysUntilDue(entry, now));
    }
    expect(entry.box).toBe(MAX_BOX);
    expect(entry.reviews).toBe(MAX_BOX + 3);
    for (let index = 1; index < MAX_BOX - 1; index += 1) expect(waits[index]!).toBeGreaterThan(waits[index - 1]!);
    expect(waits.at(-1)).toBe(BOX_INTERVAL_DAYS[MAX_BOX]);
  });

  it('sends a question to review back to box 1, due at once, from any box', () => {
    let entry = nextReview(undefined, 'knew', now);
    for (let step = 0; step < MAX_BOX; step += 1) entry = nextReview(entry, 'knew', now);
    const later = at(30);
    const reviewed = nextReview(entry, 'review', later);
    expect(reviewed).toMatchObject({ box: 1, lastGrade: 'review', reviewedAt: later.toISOString(), reviews: entry.reviews + 1 });
    expect(isDue(reviewed, later)).toBe(true);
  });

  it('is due from its due instant on, not before', () => {
    const entry = nextReview(undefined, 'knew', now);
    const due = new Date(entry.dueAt);
    expect(isDue(entry, new Date(due.getTime() - 1))).toBe(false);
    expect(isDue(entry, due)).toBe(true);
    expect(daysUntilDue(entry, due)).toBe(0);
  });

  it('withGrade changes only the graded question', () => {
    const before = withGrade(EMPTY_PROGRESS, 1, 'knew', now);
    const after = withGrade(before, 2, 'review', now);
    expect(after.questions[1]).toBe(before.questions[1]);
    expect(after.questions[2]?.lastGrade).toBe('review');
    expect(EMPTY_PROGRESS.questions).toEqual({});
  });
});

describe('dueFirst', () => {
  // 1: overdue by 3 days, 2: unseen, 3: due in 5 days, 4: overdue by 1 day, 5: unseen, 6: due in 1 day
  const progress: Progress = {
    questions: {
      1: { ...nextReview(undefined, 'review', at(-3)) },
      3: { ...nextReview(undefined, 'knew', now), dueAt: at(5).toISOString() },
      4: { ...nextReview(undefined, 'review', at(-1)) },
      6: { ...nextReview(undefined, 'knew', now), dueAt: at(1).toISOString() },
    },
  };

  it('puts due questions first (longest overdue first), then unseen in the given order, then the rest by due date', () => {
    expect(dueFirst([1, 2, 3, 4, 5, 6], progress, now)).toEqual([1, 4, 2, 5, 6, 3]);
  });

  it('keeps the given order among unseen questions and among equally due ones', () => {
    const tied: Progress = { questions: { 7: nextReview(undefined, 'review', now), 8: nextReview(undefined, 'review', now) } };
    expect(dueFirst([9, 8, 10, 7], tied, now)).toEqual([8, 7, 9, 10]);
  });

  it('reflects time passing: a question becomes due once its day comes', () => {
    expect(dueFirst([2, 6], progress, now)).toEqual([2, 6]);
    expect(dueFirst([2, 6], progress, at(1))).toEqual([6, 2]);
  });
});
