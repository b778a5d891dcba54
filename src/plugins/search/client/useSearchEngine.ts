import { useSyncExternalStore } from 'react';
import { type EngineState, getServerState, getState, loadSearchEngine, subscribe } from './engine-store';

/** The shared search engine's state, and a function that starts loading it. */
export function useSearchEngine(): EngineState & { load: () => void } {
  const state = useSyncExternalStore(subscribe, getState, getServerState);
  return { ...state, load: loadSearchEngine };
}
