import { useEffect, useState, type ReactNode } from 'react';
import { useProgressState } from '@site/src/components/study/useStudyStores';
import { classes as styles } from '@site/src/components/study-session/stylesheet-classes';
import { backupReminderDone, shouldRemindToBackUp } from '@site/src/study/browser/transfer-backup-reminder';
import { CONTINUE_ON_ANOTHER_DEVICE_ID, exportProgressFile } from './ContinueOnAnotherDevice';

/**
 * Said once: this browser has not agreed to keep the progress, so suggest a
 * copy elsewhere. Any of its buttons, dismissal included, retires it for good.
 */
export default function BackupReminder(): ReactNode {
  const { progress } = useProgressState();
  const hasProgress = Object.keys(progress.questions).length > 0;
  const [shown, setShown] = useState(false);

  useEffect(() => {
    let current = true;
    void shouldRemindToBackUp(hasProgress).then((remind) => {
      if (current) setShown(remind);
    });
    return () => {
      current = false;
    };
  }, [hasProgress]);

  if (!shown) return null;
  const done = () => {
    backupReminderDone();
    setShown(false);
  };
  const openTransferPanel = () => {
    const panel = document.getElementById(CONTINUE_ON_ANOTHER_DEVICE_ID);
    if (panel instanceof HTMLDetailsElement) {
      panel.open = true;
      panel.scrollIntoView({ block: 'start' });
      panel.querySelector('summary')?.focus();
    }
    done();
  };

  return (
    <aside className="alert alert--warning margin-bottom--md" aria-label="Keep a copy of your progress">
      <p>
        This browser has not agreed to keep your study progress: it may delete it to free space, and Safari deletes it after seven days without a visit. Keep a
        copy: export it to a file, or continue on another device.
      </p>
      <div className={styles.inlineButtons}>
        <button
          type="button"
          className={styles.secondaryButton}
          onClick={() => {
            exportProgressFile();
            done();
          }}>
          Export to a file
        </button>
        <button type="button" className={styles.secondaryButton} onClick={openTransferPanel}>
          Continue on another device
        </button>
        <button type="button" className={styles.secondaryButton} onClick={done}>
          Dismiss
        </button>
      </div>
    </aside>
  );
}
