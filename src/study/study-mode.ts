/**
 * Read mode shows every answer; study mode hides each behind "Reveal answer".
 * The reader's choice is remembered; `?study=1` or `?study=0` on a link
 * overrides it for that visit without changing what is remembered, so a shared
 * link can hide (or show) the answer whatever the recipient chose before.
 *
 * The rule is one function, `modeFromValues`: React's mode store calls it, and
 * the inline script that hides answers before the page paints
 * (src/plugins/study-mode-inline-script.ts) embeds its source text, so the two
 * cannot disagree.
 */
export type StudyMode = 'read' | 'study';

export const STUDY_QUERY_PARAM = 'study';
export const STUDY_MODE_STORAGE_KEY = 'sre-study.mode';
/** Set on <html> while study mode is on, so CSS can hide answers before React starts. */
export const STUDY_MODE_ATTRIBUTE = 'data-study-mode';

export interface ModeState {
  readonly mode: StudyMode;
  /** True while a `?study=` link decides the mode rather than the reader's saved choice. */
  readonly fromLink: boolean;
}

/**
 * The mode from the link's `?study=` value and the remembered choice (either
 * may be missing or garbage). It must refer to nothing outside its own body
 * and use only syntax every browser runs: the inline script embeds its source
 * text (`modeFromValues.toString()`) and runs it before any bundle loads.
 */
export function modeFromValues(linkValue: string | null, storedValue: string | null): ModeState {
  if (linkValue === '1') return { mode: 'study', fromLink: true };
  if (linkValue === '0') return { mode: 'read', fromLink: true };
  return { mode: storedValue === 'study' ? 'study' : 'read', fromLink: false };
}

export function resolveMode(search: string, stored: string | null): ModeState {
  return modeFromValues(new URLSearchParams(search).get(STUDY_QUERY_PARAM), stored);
}

/** The mode a link asks for, if it has a valid `?study=`. */
export function modeFromSearch(search: string): StudyMode | undefined {
  const state = resolveMode(search, null);
  return state.fromLink ? state.mode : undefined;
}
