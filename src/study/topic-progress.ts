/**
 * Where a reader stands on a set of questions (a topic): how many they knew
 * last time (Hard, Good or Easy), how many they answered Again, how many they
 * have not graded.
 */
import { isPassingGrade, type Progress } from './progress.ts';

export interface ProgressCounts {
  readonly known: number;
  readonly review: number;
  readonly unseen: number;
}

export function countProgress(questionIds: readonly number[], progress: Progress): ProgressCounts {
  let known = 0;
  let review = 0;
  for (const id of questionIds) {
    const grade = progress.questions[id]?.lastGrade;
    if (grade === undefined) continue;
    if (isPassingGrade(grade)) known += 1;
    else review += 1;
  }
  return { known, review, unseen: questionIds.length - known - review };
}

/** The text alternative of a progress bar: "2 known, 1 to review, 3 not yet graded". */
export function describeCounts({ known, review, unseen }: ProgressCounts): string {
  return `${known} known, ${review} to review, ${unseen} not yet graded`;
}
