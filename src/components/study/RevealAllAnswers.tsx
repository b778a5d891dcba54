import type { ReactNode } from 'react';
import { useStudyMode } from './useStudyStores';
import styles from './study.module.css';
import { revealAll } from './useRevealableAnswer';

/** On a topic page in study mode: open or close every answer on the page at once. */
export default function RevealAllAnswers(): ReactNode {
  if (useStudyMode().mode !== 'study') return null;
  return (
    <div className={styles.revealAll} role="group" aria-label="All answers on this page">
      <button type="button" className={styles.secondaryButton} onClick={() => revealAll(true)}>
        Reveal all
      </button>
      <button type="button" className={styles.secondaryButton} onClick={() => revealAll(false)}>
        Hide all
      </button>
    </div>
  );
}
