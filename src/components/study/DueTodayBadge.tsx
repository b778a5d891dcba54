import type { ReactNode } from 'react';
import { dueToday } from '@site/src/study/due';
import styles from './PracticeNavbarItem.module.css';
import { useProgressState } from './useStudyStores';

/**
 * How many graded questions are due by the end of today, from this browser's
 * progress: absent from the static HTML (and while hydrating, when progress
 * reads as empty) and when nothing is due. It sits over the link's corner, so
 * appearing moves nothing.
 */
export default function DueTodayBadge(): ReactNode {
  const { progress } = useProgressState();
  const count = dueToday(progress, new Date()).length;
  if (count === 0) return null;
  return (
    <span className={styles.badge} data-due-today={count}>
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">
        , {count} {count === 1 ? 'question' : 'questions'} due today
      </span>
    </span>
  );
}
