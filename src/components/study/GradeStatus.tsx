import type { ReactNode, Ref } from 'react';
import { spokenInterval } from '@site/src/study/interval-label';
import type { QuestionProgress } from '@site/src/study/progress';
import { GRADE_LABELS } from './GradeButtons';
import styles from './study.module.css';

function dueText(entry: QuestionProgress, now: Date): string {
  const wait = Date.parse(entry.dueAt) - now.getTime();
  return wait <= 0 ? 'due for review now' : `due again ${spokenInterval(wait)}`;
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
