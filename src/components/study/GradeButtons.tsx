import { useId, type ReactNode, type Ref } from 'react';
import { shortInterval, spokenInterval } from '@site/src/study/interval-label';
import type { Grade } from '@site/src/study/progress';
import styles from './study.module.css';

/** FSRS's four ratings in Anki's order and with Anki's keys; Again and Good are the two big buttons. */
const GRADE_ORDER: readonly Grade[] = ['again', 'hard', 'good', 'easy'];
export const GRADE_KEYS: Readonly<Record<Grade, string>> = { again: '1', hard: '2', good: '3', easy: '4' };
export const GRADE_LABELS: Readonly<Record<Grade, string>> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };
const MINOR_GRADES: ReadonlySet<Grade> = new Set(['hard', 'easy']);

/**
 * The self-grade after a reveal: real buttons, each with its keyboard shortcut
 * and, once the scheduler has loaded, when the question would come back
 * ("Good · 4 d", announced as "Good, next review in 4 days").
 */
export default function GradeButtons({
  onGrade,
  intervals,
  firstButton,
  children,
}: {
  onGrade: (grade: Grade) => void;
  /** Milliseconds until the question is due again after each grade; undefined while the scheduler loads. */
  intervals: Readonly<Record<Grade, number>> | undefined;
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
        {GRADE_ORDER.map((grade) => (
          <button
            key={grade}
            ref={grade === 'good' ? firstButton : undefined}
            type="button"
            className={`${styles[grade]} ${MINOR_GRADES.has(grade) ? styles.minorGrade : ''}`}
            aria-keyshortcuts={GRADE_KEYS[grade]}
            onClick={() => onGrade(grade)}>
            {GRADE_LABELS[grade]}
            {/* Seen as "· 4 d", heard as ", next review in 4 days": the name still starts with the visible label. */}
            {intervals && (
              <>
                <span className={styles.interval} aria-hidden="true">
                  · {shortInterval(intervals[grade])}
                </span>
                <span className="sr-only">, next review {spokenInterval(intervals[grade])}</span>
              </>
            )}
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
