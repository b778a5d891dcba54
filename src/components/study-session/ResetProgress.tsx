import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useProgressState } from '@site/src/components/study/useStudyStores';
import { progressStore } from '@site/src/study/browser/progress-store';
import { classes as styles } from './stylesheet-classes';

/**
 * Forgets every grade and note in this browser, after an explicit second step
 * in the page (not window.confirm): the question is read out when it opens,
 * Cancel is the default focus, and focus returns to where it came from.
 */
export default function ResetProgress(): ReactNode {
  const { progress } = useProgressState();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const question = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const questionId = useId();
  const grades = Object.keys(progress.questions).length;
  const notes = Object.keys(progress.notes).length;

  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  const close = () => {
    setConfirming(false);
    // After the confirmation is gone, so focus does not fall to the page.
    requestAnimationFrame(() => opener.current?.focus());
  };
  const reset = () => {
    const saved = progressStore.reset();
    setMessage(saved ? 'Your progress in this browser was reset.' : 'Your progress was reset on this page, but this browser could not save that.');
    close();
  };

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Start over</h3>
      {confirming ? (
        <div ref={question} className={styles.confirm} role="group" aria-labelledby={questionId} tabIndex={-1}>
          <p id={questionId}>
            Delete all your progress in this browser: {grades} {grades === 1 ? 'grade' : 'grades'} and {notes} {notes === 1 ? 'note' : 'notes'}? This cannot be
            undone; export your progress first to keep a copy.
          </p>
          <div className={styles.inlineButtons}>
            <button type="button" className={styles.dangerButton} onClick={reset}>
              Delete all progress
            </button>
            <button type="button" className={styles.secondaryButton} onClick={close}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button ref={opener} type="button" className={styles.secondaryButton} disabled={grades + notes === 0} onClick={() => setConfirming(true)}>
          Reset progress…
        </button>
      )}
      <p role="status" className={styles.importStatus}>
        {message}
      </p>
    </section>
  );
}
