/**
 * Loads the search engine once per page session, on first use: flexsearch
 * with the engine code and the questions index, then the answers index, then
 * (in a large index) the shards each search asks for (shared/shards.ts).
 * Nothing here runs until a component asks for it, so none of it is in a
 * page's first load. Components subscribe with useSearchEngine().
 */
import type { Searcher, ShardRequest } from '../shared/searcher';

export interface EngineState {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly searcher?: Searcher;
  /** Changes whenever more of the index arrives, so results are computed again. */
  readonly revision: number;
}

const INITIAL: EngineState = { status: 'idle', revision: 0 };
let state = INITIAL;
const listeners = new Set<() => void>();

function update(next: Partial<EngineState>): void {
  state = { ...state, ...next, revision: state.revision + 1 };
  for (const listener of listeners) listener();
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getState(): EngineState {
  return state;
}

/** Server rendering and hydration always see an engine that has not loaded. */
export function getServerState(): EngineState {
  return INITIAL;
}

/**
 * Starts loading if it has not started (or failed before); safe to call on
 * every focus and hover. The answers file is requested only once the
 * questions file is in: the first results come from titles and topics alone,
 * so the first search downloads less (at 5,000 questions, far less).
 */
export function loadSearchEngine(): void {
  if (state.status === 'loading' || state.status === 'ready') return;
  update({ status: 'loading' });
  Promise.all([import(/* webpackChunkName: "search-engine" */ './engine'), import(/* webpackChunkName: "search-questions" */ '@sre-search/questions')])
    .then(([engine, questions]) => {
      const requested = new Set<string>();
      // Called while a component renders its results: the loads start now, the state changes when they arrive.
      const request: ShardRequest = (keys) => {
        for (const key of keys) {
          const load = engine.shardLoaders[key];
          if (requested.has(key) || !load) continue;
          requested.add(key);
          load().then(
            (shard) => {
              searcher.addShard(key, shard.default);
              update({});
            },
            (error: unknown) => {
              // Asked for again by the next search.
              requested.delete(key);
              console.error(`The search index part ${key} could not load:`, error);
            },
          );
        }
      };
      const searcher = engine.createSearcher(questions.default, request);
      update({ status: 'ready', searcher });
      import(/* webpackChunkName: "search-answers" */ '@sre-search/answers').then(
        (answers) => {
          searcher.addAnswers(answers.default);
          update({});
        },
        (error: unknown) => console.error('The answer index could not load; results come from the questions alone:', error),
      );
    })
    .catch((error: unknown) => {
      console.error('Search could not load:', error);
      update({ status: 'error' });
    });
}
