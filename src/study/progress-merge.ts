/**
 * Combines progress from elsewhere (an imported file, another device) with
 * what this browser already has, and describes what that would change, so a
 * reader can see it before accepting.
 *
 * Grades: for each question the more recently reviewed record wins, whole
 * (its FSRS memory follows the review it came from), so an older copy never
 * undoes newer work. Notes: no text is ever lost. Different notes for one
 * question are both kept, the incoming one after a marked separator; a note
 * that already contains the other (the same text, or one merged before) is
 * kept as it is, so importing the same file twice changes nothing.
 */
import type { Progress, QuestionProgress } from './progress.ts';

export interface ProgressDiff {
  /** Questions graded in the incoming progress only: their grades are added. */
  readonly newGrades: readonly number[];
  /** Questions the incoming progress reviewed more recently: its grades replace these. */
  readonly newerGrades: readonly number[];
  /** Questions this browser reviewed as recently or more recently: its grades stay. */
  readonly olderGrades: readonly number[];
  /** Questions with a note only in the incoming progress: the note is added. */
  readonly addedNotes: readonly number[];
  /** Questions whose note here changes: the incoming text is appended, or replaces a note it contains. */
  readonly changedNotes: readonly number[];
}

export interface MergeOptions {
  /** When the merge happens; dates the separator before an incoming note. */
  readonly now: Date;
  /** Where the incoming progress comes from, for the separator: "— from import on 2026-12-02 —". */
  readonly source?: string;
}

export interface MergeResult {
  readonly progress: Progress;
  readonly diff: ProgressDiff;
}

const localDate = (instant: Date): string =>
  [instant.getFullYear(), instant.getMonth() + 1, instant.getDate()].map((part) => String(part).padStart(2, '0')).join('-');

/** The line that marks where an incoming note starts inside a merged note. */
const noteSeparator = ({ now, source = 'import' }: MergeOptions): string => `— from ${source} on ${localDate(now)} —`;

const normalise = (text: string): string => text.replace(/\r\n?/g, '\n').trim();

/** Both notes' text in one note; undefined when the current note already says everything the incoming one does. */
function mergedNote(current: string, incoming: string, options: MergeOptions): string | undefined {
  const here = normalise(current);
  const there = normalise(incoming);
  if (here.includes(there)) return undefined;
  if (there.includes(here)) return incoming;
  return `${current.trimEnd()}\n\n${noteSeparator(options)}\n${there}`;
}

const isNewer = (incoming: QuestionProgress, existing: QuestionProgress): boolean => Date.parse(incoming.reviewedAt) > Date.parse(existing.reviewedAt);

export function mergeProgress(current: Progress, incoming: Progress, options: MergeOptions): MergeResult {
  const questions: Record<number, QuestionProgress> = { ...current.questions };
  const newGrades: number[] = [];
  const newerGrades: number[] = [];
  const olderGrades: number[] = [];
  for (const [key, entry] of Object.entries(incoming.questions)) {
    const id = Number(key);
    const existing = questions[id];
    if (!existing) newGrades.push(id);
    else if (isNewer(entry, existing)) newerGrades.push(id);
    else {
      olderGrades.push(id);
      continue;
    }
    questions[id] = entry;
  }

  const notes: Record<number, string> = { ...current.notes };
  const addedNotes: number[] = [];
  const changedNotes: number[] = [];
  for (const [key, text] of Object.entries(incoming.notes)) {
    const id = Number(key);
    const existing = notes[id];
    if (existing === undefined) {
      notes[id] = text;
      addedNotes.push(id);
      continue;
    }
    const merged = mergedNote(existing, text, options);
    if (merged !== undefined) {
      notes[id] = merged;
      changedNotes.push(id);
    }
  }

  const ascending = (ids: number[]) => ids.sort((a, b) => a - b);
  return {
    progress: { questions, notes },
    diff: {
      newGrades: ascending(newGrades),
      newerGrades: ascending(newerGrades),
      olderGrades: ascending(olderGrades),
      addedNotes: ascending(addedNotes),
      changedNotes: ascending(changedNotes),
    },
  };
}

/** What merging `incoming` into `current` would change, without changing anything. */
export const diffProgress = (current: Progress, incoming: Progress, options: MergeOptions): ProgressDiff => mergeProgress(current, incoming, options).diff;

/** How many questions a merge changes (grades added or replaced, notes added or extended). */
export function countChanges(diff: ProgressDiff): number {
  return new Set([...diff.newGrades, ...diff.newerGrades, ...diff.addedNotes, ...diff.changedNotes]).size;
}
