import type { ReactNode, Ref } from 'react';
import { daysUntilDue } from '@site/src/study/leitner';
import type { QuestionProgress } from '@site/src/study/progress';
import { GRADE_LABELS } from './GradeButtons';
import styles from './study.module.css';

function dueText(entry: QuestionProgress, now: Date): string {
  const days = daysUntilDue(entry, now);
  if (days === 0) return 'due for review now';
  return days === 1 ? 'due again tomorrow' : `due again in ${days} days`;
}

/**
 * What the reader last said about this question and when it comes back. A
 * live region, and focusable, so focus can land here after a grade.
 */
export default function GradeStatus({
  entry,
  justGraded,
  ref,
  children,
}: {
  entry: QuestionProgress | undefined;
  justGraded: boolean;
  ref?: Ref<HTMLParagraphElement>;
  children?: ReactNode;
}): ReactNode {
  return (
    <p ref={ref} className={styles.gradeStatus} role="status" tabIndex={-1}>
      {entry && (
        <>
          {justGraded ? 'Saved' : 'Last time'}: <strong>{GRADE_LABELS[entry.lastGrade]}</strong>, {dueText(entry, new Date())}.
        </>
      )}
      {children}
    </p>
  );
}
