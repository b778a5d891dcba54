/**
 * Sentences that tell a reader what an import did (or a transfer would do),
 * from a ProgressDiff: counts of questions, never question ids.
 */
import type { ProgressDiff } from './progress-merge.ts';

const questions = (count: number) => `${count} ${count === 1 ? 'question' : 'questions'}`;
const notes = (count: number) => `${count} ${count === 1 ? 'note' : 'notes'}`;

/** "2 new grades, 1 newer grade, 1 note added, 1 note kept alongside yours", or "nothing new". */
export function describeChanges(diff: ProgressDiff): string {
  const parts = [
    diff.newGrades.length > 0 && `grades for ${questions(diff.newGrades.length)} not graded here`,
    diff.newerGrades.length > 0 && `newer grades for ${questions(diff.newerGrades.length)}`,
    diff.addedNotes.length > 0 && `${notes(diff.addedNotes.length)} added`,
    diff.changedNotes.length > 0 && `${notes(diff.changedNotes.length)} combined with yours (both texts kept)`,
  ].filter((part): part is string => typeof part === 'string');
  return parts.length === 0 ? 'nothing new' : parts.join(', ');
}

/** Why some incoming grades were not taken, or '' when all were. */
export function describeKept(diff: ProgressDiff): string {
  const count = diff.olderGrades.length;
  if (count === 0) return '';
  return `For ${questions(count)} this browser’s grade is as recent or newer, so it was kept.`;
}
