/**
 * The reader's progress in this browser: loaded from localStorage once,
 * validated, kept in memory, saved on every change and shared with other tabs.
 * Unreadable data never reaches the pages: it is set aside (see `notice`) and
 * replaced with empty progress. The decisions live in ../progress.ts and
 * ../leitner.ts; this module only does the I/O around them.
 */
import { createStorageSlot } from '@docusaurus/theme-common';
import { withGrade } from '../leitner.ts';
import { EMPTY_PROGRESS, mergeProgress, readProgress, writeProgress, type Grade, type Progress, type ProgressProblem } from '../progress.ts';
import { slotSubscribers } from './slot-subscribers.ts';

const PROGRESS_STORAGE_KEY = 'sre-study.progress';
/** Where unreadable progress is set aside, so a reset never destroys the only copy. */
const UNREADABLE_PROGRESS_STORAGE_KEY = 'sre-study.progress.unreadable';

export type StorageNotice =
  | { readonly kind: 'reset'; readonly problem: ProgressProblem; readonly unreadableText: string }
  | { readonly kind: 'skipped'; readonly count: number; readonly unreadableText: string }
  | { readonly kind: 'not-saved' };

export interface ProgressState {
  readonly progress: Progress;
  readonly notice: StorageNotice | undefined;
}

export type ImportResult =
  { readonly ok: true; readonly changed: number; readonly skipped: number } | { readonly ok: false; readonly problem: ProgressProblem };

const SERVER_STATE: ProgressState = { progress: EMPTY_PROGRESS, notice: undefined };

let state: ProgressState | undefined;
let lastWritten: string | null = null;
let persistenceRequested = false;

const progressSlot = () => createStorageSlot(PROGRESS_STORAGE_KEY);

const subscribers = slotSubscribers(() =>
  progressSlot().listen((event) => {
    // Our own writes echo back as events; only another tab's change needs a reload.
    if (event.newValue === lastWritten) return;
    const reloaded = load();
    emit({ progress: reloaded.progress, notice: reloaded.notice ?? current().notice });
  }),
);

function emit(next: ProgressState): void {
  state = next;
  subscribers.notify();
}

/** Saves and reports whether the browser kept it (storage can be full, disabled or private). */
function save(progress: Progress): boolean {
  const text = writeProgress(progress);
  lastWritten = text;
  const slot = progressSlot();
  slot.set(text);
  return slot.get() === text;
}

function setAside(text: string): void {
  createStorageSlot(UNREADABLE_PROGRESS_STORAGE_KEY).set(text);
}

function load(): ProgressState {
  const text = progressSlot().get();
  const result = readProgress(text);
  if (result.ok && result.skipped === 0) return { progress: result.progress, notice: undefined };
  // Only reachable with text present: readProgress(null) is empty progress.
  setAside(text!);
  if (result.ok) {
    save(result.progress);
    return { progress: result.progress, notice: { kind: 'skipped', count: result.skipped, unreadableText: text! } };
  }
  save(EMPTY_PROGRESS);
  return { progress: EMPTY_PROGRESS, notice: { kind: 'reset', problem: result.problem, unreadableText: text! } };
}

function current(): ProgressState {
  state ??= load();
  return state;
}

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

function commit(progress: Progress): void {
  const saved = save(progress);
  if (saved) requestPersistence();
  emit({ progress, notice: saved ? current().notice : { kind: 'not-saved' } });
}

export const progressStore = {
  subscribe: subscribers.subscribe,
  getSnapshot: current,
  getServerSnapshot: (): ProgressState => SERVER_STATE,

  grade(questionId: number, grade: Grade, now = new Date()): void {
    commit(withGrade(current().progress, questionId, grade, now));
  },

  importText(text: string): ImportResult {
    const result = readProgress(text);
    if (!result.ok) return result;
    const { progress, changed } = mergeProgress(current().progress, result.progress);
    commit(progress);
    return { ok: true, changed, skipped: result.skipped };
  },

  exportText(now = new Date()): string {
    return writeProgress(current().progress, now);
  },

  dismissNotice(): void {
    emit({ ...current(), notice: undefined });
  },
};
