import { useSyncExternalStore } from 'react';
import { modeStore } from '@site/src/study/browser/mode-store';
import { progressStore, type ProgressState } from '@site/src/study/browser/progress-store';
import type { ModeState } from '@site/src/study/study-mode';

/** Read mode in the static HTML and while hydrating; the reader's mode right after. */
export function useStudyMode(): ModeState {
  return useSyncExternalStore(modeStore.subscribe, modeStore.getSnapshot, modeStore.getServerSnapshot);
}

/** Empty in the static HTML and while hydrating; this browser's saved progress right after. */
export function useProgressState(): ProgressState {
  return useSyncExternalStore(progressStore.subscribe, progressStore.getSnapshot, progressStore.getServerSnapshot);
}
