import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { progressStore } from '@site/src/study/browser/progress-store';
import styles from './study.module.css';
import { useProgressState } from './useStudyStores';

/** Typing pauses this long before the note is saved: one save per burst, not per key. */
const SAVE_DELAY_MS = 600;

/**
 * The reader's private note on a question: kept with their progress in this
 * browser, included in exports, never sent anywhere. Saved as they type
 * (after a pause, and at once when they leave the field or the page).
 */
export default function NoteField({ questionId }: { questionId: number }): ReactNode {
  const stored = useProgressState().progress.notes[questionId] ?? '';
  const [text, setText] = useState(stored);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; text: string } | undefined>(undefined);
  const fieldId = useId();
  const hintId = useId();

  const flush = () => {
    if (!pending.current) return;
    clearTimeout(pending.current.timer);
    progressStore.setNote(questionId, pending.current.text);
    pending.current = undefined;
  };

  // A note changed elsewhere (another tab, an import) shows here unless the reader is mid-edit.
  useEffect(() => {
    if (!pending.current) setText(stored);
  }, [stored]);

  // Leaving the question (next card, another page) saves what was typed.
  useEffect(() => flush, [questionId]); // eslint-disable-line react-hooks/exhaustive-deps -- the cleanup is the ending render's flush, which saves the question being left

  return (
    <div className={styles.note}>
      <label htmlFor={fieldId} className={styles.noteLabel}>
        Your note
      </label>
      <textarea
        id={fieldId}
        className={styles.noteText}
        aria-describedby={hintId}
        rows={3}
        value={text}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          if (pending.current) clearTimeout(pending.current.timer);
          pending.current = { text: next, timer: setTimeout(flush, SAVE_DELAY_MS) };
        }}
        onBlur={flush}
      />
      <p id={hintId} className={styles.noteHint}>
        Private: kept in this browser and in your exports only.
      </p>
    </div>
  );
}
