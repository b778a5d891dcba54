/**
 * Whether to suggest keeping a copy of the progress elsewhere. Browsers may
 * evict storage they were not asked to keep; WebKit deletes what scripts
 * wrote after seven days without a visit. The site asks for persistent
 * storage after the first grade (progress-store.ts); when the browser refused,
 * the reader is told once, and a dismissal (or making a copy) is remembered.
 */
import { createStorageSlot } from '@docusaurus/theme-common';

const REMINDER_DONE_STORAGE_KEY = 'sre-study.backup-reminder-done';

const reminderSlot = () => createStorageSlot(REMINDER_DONE_STORAGE_KEY);

/** True when there is progress to lose, the browser has not agreed to keep it, and the reader has not yet acted on the reminder. */
export async function shouldRemindToBackUp(hasProgress: boolean): Promise<boolean> {
  if (!hasProgress || reminderSlot().get() !== null) return false;
  const persisted = await navigator.storage?.persisted?.().catch(() => undefined);
  return persisted === false;
}

/** The reader dismissed the reminder or made a copy (a file or a transfer link): never remind again. */
export function backupReminderDone(now = new Date()): void {
  if (reminderSlot().get() === null) reminderSlot().set(now.toISOString());
}
