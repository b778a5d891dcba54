/**
 * What a reader's study progress is, and its one serialised form: the same
 * document is kept in localStorage and written to an export file, so one
 * validator guards both doors.
 *
 * Progress is keyed by each question's stable id (front matter `question_id`),
 * never by slug or number, so renaming or renumbering a question keeps it.
 *
 * This module must stay free of the scheduler library (ts-fsrs): every page
 * reads progress (progress bars, the "due today" badge), but only grading
 * needs the scheduler, which loads on demand (see scheduler.ts).
 */
import { isRecord } from '../../lib/is-record.ts';
import { isCount, isInstant } from './json-values.ts';

/** The reader's answer to "how well did you know it?", FSRS's four ratings. Again and Good are the two big buttons. */
export type Grade = 'again' | 'hard' | 'good' | 'easy';

/** FSRS's card states, less "new": a question with a record has been graded at least once. */
export type MemoryState = 'learning' | 'review' | 'relearning';

/**
 * FSRS's memory of one question, the fields of a ts-fsrs `Card` that the
 * record does not already hold (due = `dueAt`, last review = `reviewedAt`,
 * reps = `reviews`).
 */
export interface Memory {
  readonly state: MemoryState;
  /** Days until recall probability falls to 90 %. */
  readonly stability: number;
  /** 1 (easy) to 10 (hard). */
  readonly difficulty: number;
  /** The interval the last review chose, in whole days (0 while in (re)learning steps). */
  readonly scheduledDays: number;
  /** Which (re)learning step the question is on. */
  readonly learningSteps: number;
  /** How many times the reader forgot it after it had been learnt. */
  readonly lapses: number;
}

export interface QuestionProgress {
  readonly lastGrade: Grade;
  /** ISO 8601 instants. */
  readonly reviewedAt: string;
  readonly dueAt: string;
  /** How many times the reader graded this question. */
  readonly reviews: number;
  readonly memory: Memory;
}

export interface Progress {
  /** By question id. */
  readonly questions: Readonly<Record<number, QuestionProgress>>;
  /** The reader's private notes, by question id; never empty strings. */
  readonly notes: Readonly<Record<number, string>>;
}

export const EMPTY_PROGRESS: Progress = { questions: {}, notes: {} };

/** Names the document so that unrelated JSON (someone else's file, another app's key) is recognised as foreign. */
export const PROGRESS_FORMAT = 'sre-interview-questions/study-progress';
/**
 * Bump when the shape changes, and teach `readProgress` to upgrade the
 * previous version: a reader's saved progress must survive a site update.
 * Version 1 held Leitner boxes (see the end of this file); version 2 holds FSRS memory
 * and notes.
 */
export const PROGRESS_VERSION = 2;

interface ProgressDocument {
  readonly format: typeof PROGRESS_FORMAT;
  readonly version: typeof PROGRESS_VERSION;
  /** Set in export files only, for the reader's benefit. */
  readonly exportedAt?: string;
  readonly questions: Readonly<Record<string, QuestionProgress>>;
  readonly notes: Readonly<Record<string, string>>;
}

export type ProgressProblem =
  /** Not JSON, or JSON that is not this site's progress. */
  | 'unreadable'
  /** Written by a later version of the site than this page knows. */
  | 'newer-version';

export type ReadResult =
  | {
      readonly ok: true;
      readonly progress: Progress;
      /** Entries (grades or notes) that failed validation and were left out. */
      readonly skipped: number;
      /** The version the text was written in; below PROGRESS_VERSION means it was upgraded on reading. */
      readonly fromVersion: number;
    }
  | { readonly ok: false; readonly problem: ProgressProblem };

const GRADES: readonly Grade[] = ['again', 'hard', 'good', 'easy'];
const MEMORY_STATES: readonly string[] = ['learning', 'review', 'relearning'] satisfies MemoryState[];

const isFiniteBetween = (value: unknown, low: number, high: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= low && value <= high;

function readMemory(value: unknown): Memory | undefined {
  if (!isRecord(value)) return undefined;
  const { state, stability, difficulty, scheduledDays, learningSteps, lapses } = value;
  if (
    typeof state === 'string' &&
    MEMORY_STATES.includes(state) &&
    isFiniteBetween(stability, 0, 1e6) &&
    stability > 0 &&
    isFiniteBetween(difficulty, 1, 10) &&
    isCount(scheduledDays, 0) &&
    isCount(learningSteps, 0) &&
    isCount(lapses, 0)
  ) {
    return { state: state as MemoryState, stability, difficulty, scheduledDays, learningSteps, lapses };
  }
  return undefined;
}

function readEntry(value: unknown): QuestionProgress | undefined {
  if (!isRecord(value)) return undefined;
  const { lastGrade, reviewedAt, dueAt, reviews } = value;
  const memory = readMemory(value.memory);
  if (
    memory &&
    typeof lastGrade === 'string' &&
    (GRADES as readonly string[]).includes(lastGrade) &&
    isInstant(reviewedAt) &&
    isInstant(dueAt) &&
    isCount(reviews, 1)
  ) {
    // Copy the known fields only: nothing unexpected rides along into storage.
    return { lastGrade: lastGrade as Grade, reviewedAt, dueAt, reviews, memory };
  }
  return undefined;
}

const isQuestionId = (key: string): boolean => /^[1-9]\d{0,8}$/.test(key);

/** Keeps the valid entries of a map by question id, counting the others. */
function readById<T>(map: Record<string, unknown>, readOne: (value: unknown) => T | undefined): { entries: Record<number, T>; skipped: number } {
  const entries: Record<number, T> = {};
  let skipped = 0;
  for (const [key, value] of Object.entries(map)) {
    const entry = isQuestionId(key) ? readOne(value) : undefined;
    if (entry === undefined) skipped += 1;
    else entries[Number(key)] = entry;
  }
  return { entries, skipped };
}

const readNote = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/**
 * Reads a stored or imported document, of this version or version 1 (upgraded
 * on the way in). A document that is not this site's progress at all fails as
 * a whole; within a valid document, an entry that does not validate is
 * skipped and counted, so one bad entry cannot cost the reader everything else.
 */
export function readProgress(text: string | null): ReadResult {
  if (text === null) return { ok: true, progress: EMPTY_PROGRESS, skipped: 0, fromVersion: PROGRESS_VERSION };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  if (!isRecord(parsed) || parsed.format !== PROGRESS_FORMAT || !Number.isInteger(parsed.version)) {
    return { ok: false, problem: 'unreadable' };
  }
  const version = parsed.version as number;
  if (version > PROGRESS_VERSION) return { ok: false, problem: 'newer-version' };
  if (version < 1 || !isRecord(parsed.questions)) return { ok: false, problem: 'unreadable' };

  if (version === 1) {
    const { entries, skipped } = readById(parsed.questions, readVersion1Entry);
    const questions: Record<number, QuestionProgress> = {};
    for (const [id, entry] of Object.entries(entries)) questions[Number(id)] = migrateVersion1Entry(entry);
    return { ok: true, progress: { questions, notes: {} }, skipped, fromVersion: 1 };
  }

  // A missing notes map is no notes; a notes value that is not a map is damage, counted once.
  const notesValue = parsed.notes ?? {};
  const grades = readById(parsed.questions, readEntry);
  const notes = isRecord(notesValue) ? readById(notesValue, readNote) : { entries: {}, skipped: 1 };
  return {
    ok: true,
    progress: { questions: grades.entries, notes: notes.entries },
    skipped: grades.skipped + notes.skipped,
    fromVersion: version,
  };
}

export function writeProgress(progress: Progress, exportedAt?: Date): string {
  const document: ProgressDocument = {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    ...(exportedAt ? { exportedAt: exportedAt.toISOString() } : {}),
    questions: progress.questions,
    notes: progress.notes,
  };
  return JSON.stringify(document, null, exportedAt ? 2 : undefined);
}

/** Whether the reader last passed a question (any grade but Again): the progress bars' "known". */
export const isPassingGrade = (grade: Grade): boolean => grade !== 'again';

/**
 * Version 1 of the progress document (Leitner boxes), read only to upgrade it:
 * saved progress and export files written before FSRS keep every grade.
 *
 * Each v1 record keeps its last grade ("knew" becomes Good, "review" becomes
 * Again), review count, last-review instant and due instant; its FSRS memory
 * is derived from the box:
 *
 * | box | v1 wait | state      | stability (days)   | difficulty         |
 * | --- | ------- | ---------- | ------------------ | ------------------ |
 * | 1   | 0 d     | learning   | 0.212 = S0(Again)  | 6.4133 = D0(Again) |
 * | 2–5 | 1/3/7/16 d | review  | the box's wait     | 2.1181 = D0(Good)  |
 *
 * S0 and D0 are FSRS-6's initial stability and difficulty with its default
 * weights (w0 = 0.212; D0(G) = w4 − e^(w5·(G−1)) + 1 with w4 = 6.4133,
 * w5 = 0.8334): a box-1 question is one the reader last failed, so it starts
 * over like a first Again. A higher box's stability equals its Leitner wait
 * because at FSRS's 90 % target retention the next interval equals the
 * stability: the schedule carries on from where the boxes left it.
 */
interface Version1Entry {
  /** 1 (shaky) to 5 (solid). */
  readonly box: number;
  readonly lastGrade: 'knew' | 'review';
  readonly reviewedAt: string;
  readonly dueAt: string;
  readonly reviews: number;
}

const VERSION_1_MAX_BOX = 5;
/** Days a v1 question in each box waited before it was due again, by box (index 0 unused). */
const VERSION_1_BOX_WAIT_DAYS: readonly number[] = [0, 0, 1, 3, 7, 16];

/** FSRS-6 defaults, worked out by hand above (test/unit/study/progress-v1.test.ts checks them against ts-fsrs). */
export const INITIAL_STABILITY_AGAIN = 0.212;
export const INITIAL_DIFFICULTY_AGAIN = 6.4133;
export const INITIAL_DIFFICULTY_GOOD = 2.1181;

const VERSION_1_GRADES: Readonly<Record<Version1Entry['lastGrade'], Grade>> = { knew: 'good', review: 'again' };

function readVersion1Entry(value: unknown): Version1Entry | undefined {
  if (!isRecord(value)) return undefined;
  const { box, lastGrade, reviewedAt, dueAt, reviews } = value;
  if (
    isCount(box, 1) &&
    box <= VERSION_1_MAX_BOX &&
    (lastGrade === 'knew' || lastGrade === 'review') &&
    isInstant(reviewedAt) &&
    isInstant(dueAt) &&
    isCount(reviews, 1)
  ) {
    return { box, lastGrade, reviewedAt, dueAt, reviews };
  }
  return undefined;
}

function migrateVersion1Entry({ box, lastGrade, reviewedAt, dueAt, reviews }: Version1Entry): QuestionProgress {
  const memory =
    box === 1
      ? { state: 'learning' as const, stability: INITIAL_STABILITY_AGAIN, difficulty: INITIAL_DIFFICULTY_AGAIN, scheduledDays: 0 }
      : {
          state: 'review' as const,
          stability: VERSION_1_BOX_WAIT_DAYS[box]!,
          difficulty: INITIAL_DIFFICULTY_GOOD,
          scheduledDays: VERSION_1_BOX_WAIT_DAYS[box]!,
        };
  return { lastGrade: VERSION_1_GRADES[lastGrade], reviewedAt, dueAt, reviews, memory: { ...memory, learningSteps: 0, lapses: 0 } };
}
