import type { ReactNode } from 'react';
import { describeCounts, type ProgressCounts } from '@site/src/study/topic-progress';
import styles from './ProgressBar.module.css';

const SEGMENTS = [
  ['known', 'Known'],
  ['review', 'To review'],
  ['unseen', 'Not yet graded'],
] as const;

/**
 * Progress as a picture: one bar split into known, to review and not yet
 * graded. Screen readers get the same numbers as its text alternative.
 */
export default function ProgressBar({ counts, label }: { counts: ProgressCounts; label: string }): ReactNode {
  const total = counts.known + counts.review + counts.unseen;
  return (
    <div className={styles.bar} role="img" aria-label={`${label}: ${describeCounts(counts)}`} title={describeCounts(counts)}>
      {SEGMENTS.map(([key]) => (counts[key] > 0 ? <span key={key} className={styles[key]} style={{ flexGrow: counts[key] / Math.max(total, 1) }} /> : null))}
    </div>
  );
}

/** Says once per page which colour means what. */
export function ProgressLegend(): ReactNode {
  return (
    // Hidden from screen readers: each bar's text alternative already names its parts.
    <div className={styles.legend} aria-hidden="true">
      {SEGMENTS.map(([key, text]) => (
        <span key={key} className={styles.legendItem}>
          <span className={styles[key]} /> {text}
        </span>
      ))}
    </div>
  );
}
