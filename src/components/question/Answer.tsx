import type { ReactNode } from 'react';
import styles from './question.module.css';

/** The model answer. A landmark of its own, so study mode and screen readers can find it. */
export default function Answer({ children }: { children: ReactNode }): ReactNode {
  return (
    <section className={styles.answer} aria-labelledby="model-answer">
      <h2 id="model-answer" className={styles.answerHeading}>
        Model answer
      </h2>
      {children}
    </section>
  );
}
