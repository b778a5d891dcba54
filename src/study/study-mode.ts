/**
 * Read mode shows every answer; study mode hides each behind "Reveal answer".
 * The reader's choice is remembered; `?study=1` or `?study=0` on a link
 * overrides it for that visit without changing what is remembered, so a shared
 * link can hide (or show) the answer whatever the recipient chose before.
 *
 * src/plugins/study-mode-inline-script.ts applies the same rules before the page
 * paints; keep the two in step.
 */
export type StudyMode = 'read' | 'study';

export const STUDY_QUERY_PARAM = 'study';
export const STUDY_MODE_STORAGE_KEY = 'sre-study.mode';
/** Set on <html> while study mode is on, so CSS can hide answers before React starts. */
export const STUDY_MODE_ATTRIBUTE = 'data-study-mode';

export function modeFromSearch(search: string): StudyMode | undefined {
  const value = new URLSearchParams(search).get(STUDY_QUERY_PARAM);
  if (value === '1') return 'study';
  if (value === '0') return 'read';
  return undefined;
}

export function storedMode(value: string | null): StudyMode | undefined {
  return value === 'study' || value === 'read' ? value : undefined;
}

export interface ModeState {
  readonly mode: StudyMode;
  /** True while a `?study=` link decides the mode rather than the reader's saved choice. */
  readonly fromLink: boolean;
}

export function resolveMode(search: string, stored: string | null): ModeState {
  const fromLink = modeFromSearch(search);
  return fromLink ? { mode: fromLink, fromLink: true } : { mode: storedMode(stored) ?? 'read', fromLink: false };
}
