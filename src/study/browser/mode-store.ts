/**
 * Read or study mode for this tab: the reader's remembered choice, unless a
 * `?study=` link overrode it for this visit. Mirrors the mode onto <html> so
 * the CSS that hides answers agrees with React (the inline script in
 * src/plugins/study-mode-inline-script.ts sets it first, before the page paints,
 * with the same rule).
 */
import { createStorageSlot } from '@docusaurus/theme-common';
import { slotSubscribers } from './slot-subscribers.ts';
import { modeFromSearch, modeFromValues, resolveMode, STUDY_MODE_ATTRIBUTE, STUDY_MODE_STORAGE_KEY, type ModeState, type StudyMode } from '../study-mode.ts';

const SERVER_STATE: ModeState = { mode: 'read', fromLink: false };

let state: ModeState | undefined;
const modeSlot = () => createStorageSlot(STUDY_MODE_STORAGE_KEY);

function set(next: ModeState): void {
  state = next;
  if (next.mode === 'study') document.documentElement.setAttribute(STUDY_MODE_ATTRIBUTE, 'study');
  else document.documentElement.removeAttribute(STUDY_MODE_ATTRIBUTE);
  subscribers.notify();
}

function current(): ModeState {
  if (state === undefined) {
    const resolved = resolveMode(window.location.search, modeSlot().get());
    // Read mode is what the server rendered: returning its snapshot object spares every page a synchronous re-render after hydration.
    state = resolved.mode === SERVER_STATE.mode && resolved.fromLink === SERVER_STATE.fromLink ? SERVER_STATE : resolved;
  }
  return state;
}

// The choice made in another tab applies here too, unless a link decided this visit.
const subscribers = slotSubscribers(() =>
  modeSlot().listen((event) => {
    const { mode } = modeFromValues(null, event.newValue);
    if (!current().fromLink && mode !== current().mode) set({ mode, fromLink: false });
  }),
);

export const modeStore = {
  subscribe: subscribers.subscribe,
  getSnapshot: current,
  getServerSnapshot: (): ModeState => SERVER_STATE,

  /** The reader's own choice: remembered, and it ends any override from a link. */
  choose(mode: StudyMode): void {
    modeSlot().set(mode);
    set({ mode, fromLink: false });
  },

  /** Puts <html> in step with the mode once React runs (the inline script may have given up waiting for it). */
  applyToDocument(): void {
    set(current());
  },

  /** Called on every in-site navigation: a `?study=` link overrides the mode from then on in this visit. */
  followLink(search: string): void {
    const fromLink = modeFromSearch(search);
    if (fromLink && (fromLink !== current().mode || !current().fromLink)) set({ mode: fromLink, fromLink: true });
  },
};
