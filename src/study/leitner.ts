/**
 * Spaced repetition with Leitner boxes: a question the reader knew moves up a
 * box and comes back after a longer wait; one they need to review drops to the
 * first box and is due again at once. Pure: time is always passed in.
 */
import { MAX_BOX, type Grade, type Progress, type QuestionProgress } from './progress.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days until a question in each box is due again, by box number (index 0 unused). */
export const BOX_INTERVAL_DAYS: readonly number[] = [0, 0, 1, 3, 7, 16];

/** A question seen for the first time starts below box 1, so knowing it at once lands it in box 2. */
const NEW_QUESTION_BOX = 1;

export function nextReview(previous: QuestionProgress | undefined, grade: Grade, now: Date): QuestionProgress {
  const box = grade === 'knew' ? Math.min((previous?.box ?? NEW_QUESTION_BOX) + 1, MAX_BOX) : 1;
  return {
    box,
    lastGrade: grade,
    reviewedAt: now.toISOString(),
    dueAt: new Date(now.getTime() + BOX_INTERVAL_DAYS[box]! * DAY_MS).toISOString(),
    reviews: (previous?.reviews ?? 0) + 1,
  };
}

export function withGrade(progress: Progress, questionId: number, grade: Grade, now: Date): Progress {
  return { questions: { ...progress.questions, [questionId]: nextReview(progress.questions[questionId], grade, now) } };
}

export function isDue(entry: QuestionProgress, now: Date): boolean {
  return Date.parse(entry.dueAt) <= now.getTime();
}

/**
 * "Due first" order: questions due for review, the longest overdue first; then
 * questions never graded, in the order given; then the rest, soonest due
 * first. Ties keep the order given, so the result is deterministic.
 */
export function dueFirst(questionIds: readonly number[], progress: Progress, now: Date): number[] {
  const position = new Map(questionIds.map((id, index) => [id, index]));
  const dueTime = (id: number) => Date.parse(progress.questions[id]!.dueAt);
  const byDueThenPosition = (a: number, b: number) => dueTime(a) - dueTime(b) || position.get(a)! - position.get(b)!;

  const due: number[] = [];
  const unseen: number[] = [];
  const later: number[] = [];
  for (const id of questionIds) {
    const entry = progress.questions[id];
    if (!entry) unseen.push(id);
    else if (isDue(entry, now)) due.push(id);
    else later.push(id);
  }
  return [...due.sort(byDueThenPosition), ...unseen, ...later.sort(byDueThenPosition)];
}

/** How long until a question is due, in whole days rounded up (0 when due now). */
export function daysUntilDue(entry: QuestionProgress, now: Date): number {
  return Math.max(0, Math.ceil((Date.parse(entry.dueAt) - now.getTime()) / DAY_MS));
}
