import { useId, type ReactNode, type Ref } from 'react';
import type { Grade } from '@site/src/study/progress';
import styles from './study.module.css';

export const GRADE_KEYS: Readonly<Record<Grade, string>> = { knew: '1', review: '2' };
export const GRADE_LABELS: Readonly<Record<Grade, string>> = { knew: 'Knew it', review: 'Review again' };

/** The self-grade after a reveal: two real buttons, each with its keyboard shortcut shown and announced. */
export default function GradeButtons({
  onGrade,
  firstButton,
  children,
}: {
  onGrade: (grade: Grade) => void;
  /** Where focus goes when grading is offered. */
  firstButton?: Ref<HTMLButtonElement>;
  children?: ReactNode;
}): ReactNode {
  const labelId = useId();
  return (
    <div className={styles.grading} role="group" aria-labelledby={labelId}>
      <p id={labelId} className={styles.gradingLabel}>
        How did you do?
      </p>
      <div className={styles.gradeButtons}>
        {(['knew', 'review'] as const).map((grade) => (
          <button
            key={grade}
            ref={grade === 'knew' ? firstButton : undefined}
            type="button"
            className={styles[grade]}
            aria-keyshortcuts={GRADE_KEYS[grade]}
            onClick={() => onGrade(grade)}>
            {GRADE_LABELS[grade]}{' '}
            <kbd className={styles.key} aria-hidden="true">
              {GRADE_KEYS[grade]}
            </kbd>
          </button>
        ))}
      </div>
      {children}
    </div>
  );
}
