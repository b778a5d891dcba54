import { useEffect, useRef, type ReactNode } from 'react';
import { classes as styles } from './stylesheet-classes';

const SHORTCUTS: readonly (readonly [string, string])[] = [
  ['Space', 'Reveal the answer'],
  ['1', 'Again'],
  ['2', 'Hard'],
  ['3', 'Good'],
  ['4', 'Easy'],
  ['→', 'Next question (without grading)'],
  ['←', 'Previous question'],
  ['Esc', 'Leave the session (and see the summary)'],
  ['?', 'Show or hide this help'],
];

/** The keyboard shortcuts, in a modal dialog: focus moves in, and returns to where it was on close. */
export default function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }): ReactNode {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className={styles.help} aria-labelledby="shortcut-help-title" onClose={onClose}>
      <h2 id="shortcut-help-title">Keyboard shortcuts</h2>
      <dl className={styles.shortcuts}>
        {SHORTCUTS.map(([key, action]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      {/* eslint-disable-next-line jsx-a11y/no-autofocus -- a modal dialog puts focus on a control inside it when it opens (WAI-ARIA dialog pattern); showModal() honours autofocus. */}
      <button type="button" className={styles.secondaryButton} onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
