import clsx from 'clsx';
import type { ReactNode } from 'react';
import { describeRemaining, formatClock, remainingMs } from '@site/src/study/countdown';
import { classes as styles } from './stylesheet-classes';
import { useNow } from './useNow';

const LAST_MINUTE_MS = 60_000;

/**
 * The mock interview's countdown for one question. The clock itself is not
 * announced every second; a polite live region says when a minute is left and
 * when time is up.
 */
export default function MockTimer({ shownAt, limitMs, running }: { shownAt: number; limitMs: number; running: boolean }): ReactNode {
  const now = useNow(250, running);
  const remaining = remainingMs(shownAt, now, limitMs);
  const phase =
    remaining === 0 ? 'Time is up: reveal the answer and grade yourself.' : remaining <= LAST_MINUTE_MS && limitMs > LAST_MINUTE_MS ? 'One minute left.' : '';
  return (
    <div className={styles.timerRow}>
      <p
        className={clsx(styles.timer, remaining === 0 && styles.timeUp, remaining > 0 && remaining <= LAST_MINUTE_MS && styles.lastMinute)}
        role="timer"
        aria-label={describeRemaining(remaining)}>
        <span aria-hidden="true">{formatClock(remaining)}</span>
      </p>
      <p className={styles.timerNote} aria-live="polite">
        {running ? phase : ''}
      </p>
    </div>
  );
}
