/**
 * The progress store of this site's pages: progress-store-core.ts wired to
 * localStorage (through Docusaurus's per-site key namespace), to other tabs'
 * changes and to the scheduler, which is imported only when a reader is about
 * to grade, so a page read without grading never downloads it.
 */
import { createStorageSlot } from '@docusaurus/theme-common';
import { createProgressStoreCore, SERVER_STATE, type ProgressState } from './progress-store-core.ts';
import { slotSubscribers } from './slot-subscribers.ts';

export type { ImportResult, ProgressState, StorageNotice } from './progress-store-core.ts';

const PROGRESS_STORAGE_KEY = 'sre-study.progress';

const progressSlot = () => createStorageSlot(PROGRESS_STORAGE_KEY);

let persistenceRequested = false;

/**
 * Progress is worth keeping: ask the browser not to evict it under storage
 * pressure. Asked once, after the first save, when the reader has shown they
 * use the feature (Firefox shows a prompt).
 */
function requestPersistence(): void {
  if (persistenceRequested) return;
  persistenceRequested = true;
  void navigator.storage?.persist?.().catch(() => undefined);
}

const subscribers = slotSubscribers(() =>
  progressSlot().listen((event) => {
    core.reloadIfChanged(event.newValue);
  }),
);

const core = createProgressStoreCore(
  {
    progress: progressSlot(),
    unreadable: createStorageSlot(`${PROGRESS_STORAGE_KEY}.unreadable`),
    previousVersion: createStorageSlot(`${PROGRESS_STORAGE_KEY}.version-1`),
  },
  () => import(/* webpackChunkName: "study-scheduler" */ '../scheduler.ts'),
  { onChange: subscribers.notify, onSaved: requestPersistence },
);

export const progressStore = {
  ...core,
  subscribe: subscribers.subscribe,
  getServerSnapshot: (): ProgressState => SERVER_STATE,
};
