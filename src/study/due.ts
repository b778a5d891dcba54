/**
 * When graded questions come back: which are due, in what order, and how many
 * are due today. Reads only the due instants the scheduler wrote, so it needs
 * no scheduler code and can run on every page.
 */
import type { Progress, QuestionProgress } from './progress.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export function isDue(entry: QuestionProgress, now: Date): boolean {
  return Date.parse(entry.dueAt) <= now.getTime();
}

/** The next local midnight: "today" ends there for the reader. */
const endOfLocalDay = (now: Date): Date => new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);

/**
 * The questions due by the end of the reader's day (including those due in a
 * few minutes, after an Again), the longest overdue first, ties by id.
 */
export function dueToday(progress: Progress, now: Date): number[] {
  const end = endOfLocalDay(now).getTime();
  return Object.entries(progress.questions)
    .filter(([, entry]) => Date.parse(entry.dueAt) < end)
    .sort(([idA, a], [idB, b]) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || Number(idA) - Number(idB))
    .map(([id]) => Number(id));
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
