import type { ReactNode } from 'react';
import styles from './study.module.css';

/** The self-check score, announced politely as the reader ticks key points. */
export default function KeyPointScore({ covered, total }: { covered: number; total: number }): ReactNode {
  return (
    <p className={styles.keyPointScore} aria-live="polite">
      Tick the key points your answer covered:{' '}
      <strong>
        {covered} of {total}
      </strong>{' '}
      ({Math.round((covered / total) * 100)}%).
    </p>
  );
}
