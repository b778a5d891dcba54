import type { ReactNode } from 'react';
import { progressStore, type StorageNotice } from '@site/src/study/browser/progress-store';
import { datedFileName, downloadText } from './download';
import { useProgressState } from './useStudyStores';
import styles from './study.module.css';

function message(notice: StorageNotice): string {
  switch (notice.kind) {
    case 'reset':
      return notice.problem === 'newer-version'
        ? 'Your study progress was saved by a newer version of this site, which this page cannot read, so it starts afresh here. Reload to get the newer version.'
        : 'Your saved study progress could not be read (it may have been damaged), so it was reset.';
    case 'skipped':
      return `${notice.count} saved ${notice.count === 1 ? 'entry' : 'entries'} of your study progress could not be read and ${notice.count === 1 ? 'was' : 'were'} removed; the rest is intact.`;
    case 'not-saved':
      return 'Your latest study progress could not be saved: this browser’s storage is full, disabled or private. What was saved before is kept; export your progress now to keep the rest, as it will be lost when you leave.';
    case 'not-graded':
      return 'That grade was not recorded: the scheduler could not be loaded (are you offline?). Reload the page and grade again.';
  }
}

/**
 * Tells the reader, once, at the top of the page (first in tab order, without
 * taking focus from what they came for), when their saved progress had to be
 * reset, and lets them keep a copy of what was unreadable.
 */
export default function StorageNoticeBanner(): ReactNode {
  const { notice } = useProgressState();
  if (!notice) return null;
  return (
    <div className={styles.notice} role="alert">
      <p>{message(notice)}</p>
      <div className={styles.noticeActions}>
        {'unreadableText' in notice && (
          <button
            type="button"
            className={styles.secondaryButton}
            onClick={() => downloadText(datedFileName('sre-study-unreadable-progress'), notice.unreadableText)}>
            Download the unreadable data
          </button>
        )}
        <button type="button" className={styles.secondaryButton} onClick={() => progressStore.dismissNotice()}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
