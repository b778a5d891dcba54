/**
 * The reader's progress in this browser: loaded from storage once, validated,
 * kept in memory, saved on every change and shared with other tabs.
 *
 * Unreadable data never reaches the pages: it is set aside (see `notice`) and
 * replaced with empty progress. Version-1 progress is upgraded and saved as
 * version 2, its original kept aside. A save the browser refuses (storage
 * full, disabled or private) leaves the stored copy as it was and tells the
 * reader; the page keeps working on the in-memory progress, which an export
 * still captures.
 *
 * The decisions live in ../progress.ts, ../progress-merge.ts and
 * ../scheduler.ts; this module only does the I/O around them. It takes its
 * storage slots and scheduler loader as arguments, so it is tested with fakes
 * (progress-store.ts wires the real ones).
 */
import { countChanges, mergeProgress, type ProgressDiff } from '../progress-merge.ts';
import { EMPTY_PROGRESS, PROGRESS_VERSION, readProgress, writeProgress, type Grade, type Progress, type ProgressProblem } from '../progress.ts';
import type { intervalsByGrade, withGrade } from '../scheduler.ts';

export interface ProgressSlot {
  get(): string | null;
  /** May throw (QuotaExceededError) or silently not store; every write is read back. */
  set(text: string): void;
}

export interface ProgressStorage {
  readonly progress: ProgressSlot;
  /** Where unreadable progress is set aside, so a reset never destroys the only copy. */
  readonly unreadable: ProgressSlot;
  /** Where the last progress of an older version is kept after it is upgraded. */
  readonly previousVersion: ProgressSlot;
}

export interface Scheduler {
  readonly withGrade: typeof withGrade;
  readonly intervalsByGrade: typeof intervalsByGrade;
}

export type StorageNotice =
  | { readonly kind: 'reset'; readonly problem: ProgressProblem; readonly unreadableText: string }
  | { readonly kind: 'skipped'; readonly count: number; readonly unreadableText: string }
  | { readonly kind: 'not-saved' }
  /** The scheduler's code did not load (offline with nothing cached, or a site update): the grade was not recorded. */
  | { readonly kind: 'not-graded' };

export interface ProgressState {
  readonly progress: Progress;
  readonly notice: StorageNotice | undefined;
}

export type ImportResult =
  | { readonly ok: true; readonly diff: ProgressDiff; readonly changed: number; readonly skipped: number; readonly saved: boolean }
  | { readonly ok: false; readonly problem: ProgressProblem };

export const SERVER_STATE: ProgressState = { progress: EMPTY_PROGRESS, notice: undefined };

export interface ProgressStoreCore {
  readonly getSnapshot: () => ProgressState;
  /** Re-reads storage after another tab changed it; ignores the echo of this tab's own write. */
  readonly reloadIfChanged: (newValue: string | null) => boolean;
  readonly grade: (questionId: number, grade: Grade, now?: Date) => Promise<void>;
  /** Starts loading the scheduler before the reader grades, so the buttons can show intervals. */
  readonly loadScheduler: () => Promise<Scheduler>;
  /** Saves a question's note; blank text removes it. Returns whether the browser kept it. */
  readonly setNote: (questionId: number, text: string) => boolean;
  /**
   * Merges a progress document (an export file, or a transfer from another
   * device) into this browser's progress; `source` names it in the separator
   * before an incoming note ("import" by default).
   */
  readonly importText: (text: string, options?: { readonly now?: Date; readonly source?: string }) => ImportResult;
  readonly exportText: (now?: Date) => string;
  /** Forgets every grade and note in this browser. Returns whether the browser kept the change. */
  readonly reset: () => boolean;
  readonly dismissNotice: () => void;
}

export interface ProgressStoreHooks {
  /** Called after every change of the in-memory state. */
  readonly onChange: () => void;
  /** Called after the browser kept a change the reader made. */
  readonly onSaved?: () => void;
}

export function createProgressStoreCore(
  storage: ProgressStorage,
  importScheduler: () => Promise<Scheduler>,
  { onChange, onSaved }: ProgressStoreHooks,
): ProgressStoreCore {
  let state: ProgressState | undefined;
  let lastWritten: string | null = null;
  let schedulerLoading: Promise<Scheduler> | undefined;

  function emit(next: ProgressState): void {
    state = next;
    onChange();
  }

  /** Saves and reports whether the browser kept it; on failure the stored text is whatever it was before. */
  function save(progress: Progress): boolean {
    const text = writeProgress(progress);
    lastWritten = text;
    try {
      storage.progress.set(text);
    } catch {
      // Reported through the read-back below.
    }
    return storage.progress.get() === text;
  }

  function keep(slot: ProgressSlot, text: string): void {
    try {
      slot.set(text);
    } catch {
      // A backup that does not fit is not worth failing the load for.
    }
  }

  function load(): ProgressState {
    const text = storage.progress.get();
    if (text === null) return { progress: EMPTY_PROGRESS, notice: undefined };
    const result = readProgress(text);
    if (!result.ok) {
      keep(storage.unreadable, text);
      save(EMPTY_PROGRESS);
      return { progress: EMPTY_PROGRESS, notice: { kind: 'reset', problem: result.problem, unreadableText: text } };
    }
    if (result.skipped > 0) keep(storage.unreadable, text);
    else if (result.fromVersion < PROGRESS_VERSION) keep(storage.previousVersion, text);
    const saved = result.skipped > 0 || result.fromVersion < PROGRESS_VERSION ? save(result.progress) : true;
    const notice: StorageNotice | undefined =
      result.skipped > 0 ? { kind: 'skipped', count: result.skipped, unreadableText: text } : saved ? undefined : { kind: 'not-saved' };
    return { progress: result.progress, notice };
  }

  function current(): ProgressState {
    state ??= load();
    return state;
  }

  function commit(progress: Progress, { keepNotice = true } = {}): boolean {
    const saved = save(progress);
    if (saved) onSaved?.();
    emit({ progress, notice: saved ? (keepNotice ? current().notice : undefined) : { kind: 'not-saved' } });
    return saved;
  }

  const loadScheduler = (): Promise<Scheduler> => {
    schedulerLoading ??= importScheduler().catch((error: unknown) => {
      // Let a later grade try again (the network may be back).
      schedulerLoading = undefined;
      throw error;
    });
    return schedulerLoading;
  };

  return {
    getSnapshot: current,

    reloadIfChanged(newValue) {
      if (newValue === lastWritten) return false;
      const reloaded = load();
      emit({ progress: reloaded.progress, notice: reloaded.notice ?? current().notice });
      return true;
    },

    async grade(questionId, grade, now = new Date()) {
      let scheduler: Scheduler;
      try {
        scheduler = await loadScheduler();
      } catch {
        emit({ ...current(), notice: { kind: 'not-graded' } });
        return;
      }
      // Read progress after the wait: another grade or tab may have changed it meanwhile.
      commit(scheduler.withGrade(current().progress, questionId, grade, now));
    },

    loadScheduler,

    setNote(questionId, text) {
      const { [questionId]: _previous, ...others } = current().progress.notes;
      const notes = text.trim() === '' ? others : { ...others, [questionId]: text };
      return commit({ ...current().progress, notes });
    },

    importText(text, { now = new Date(), source } = {}) {
      const result = readProgress(text);
      if (!result.ok) return result;
      const { progress, diff } = mergeProgress(current().progress, result.progress, { now, ...(source ? { source } : {}) });
      const changed = countChanges(diff);
      const saved = changed === 0 || commit(progress);
      return { ok: true, diff, changed, skipped: result.skipped, saved };
    },

    exportText(now = new Date()) {
      return writeProgress(current().progress, now);
    },

    reset() {
      return commit(EMPTY_PROGRESS, { keepNotice: false });
    },

    dismissNotice() {
      emit({ ...current(), notice: undefined });
    },
  };
}
