/**
 * What a reader's study progress is, and its one serialised form: the same
 * document is kept in localStorage and written to an export file, so one
 * validator guards both doors.
 *
 * Progress is keyed by each question's stable id (front matter `question_id`),
 * never by slug or number, so renaming or renumbering a question keeps it.
 */

export type Grade = 'knew' | 'review';

export interface QuestionProgress {
  /** Leitner box, 1 (shaky) to MAX_BOX (solid); see leitner.ts. */
  readonly box: number;
  readonly lastGrade: Grade;
  /** ISO 8601 instants. */
  readonly reviewedAt: string;
  readonly dueAt: string;
  /** How many times the reader graded this question. */
  readonly reviews: number;
}

export interface Progress {
  /** By question id. */
  readonly questions: Readonly<Record<number, QuestionProgress>>;
}

export const EMPTY_PROGRESS: Progress = { questions: {} };

/** Names the document so that unrelated JSON (someone else's file, another app's key) is recognised as foreign. */
export const PROGRESS_FORMAT = 'sre-interview-questions/study-progress';
/**
 * Bump when the shape changes, and teach `readProgress` to upgrade the
 * previous version: a reader's saved progress must survive a site update.
 */
export const PROGRESS_VERSION = 1;
export const MAX_BOX = 5;

interface ProgressDocument {
  readonly format: typeof PROGRESS_FORMAT;
  readonly version: typeof PROGRESS_VERSION;
  /** Set in export files only, for the reader's benefit. */
  readonly exportedAt?: string;
  readonly questions: Readonly<Record<string, QuestionProgress>>;
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
      /** Entries that failed validation and were left out. */
      readonly skipped: number;
    }
  | { readonly ok: false; readonly problem: ProgressProblem };

const GRADES: readonly string[] = ['knew', 'review'] satisfies Grade[];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isInstant = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

function isQuestionProgress(value: unknown): value is QuestionProgress {
  if (!isRecord(value)) return false;
  const { box, lastGrade, reviewedAt, dueAt, reviews } = value;
  return (
    Number.isInteger(box) &&
    (box as number) >= 1 &&
    (box as number) <= MAX_BOX &&
    typeof lastGrade === 'string' &&
    GRADES.includes(lastGrade) &&
    isInstant(reviewedAt) &&
    isInstant(dueAt) &&
    Number.isInteger(reviews) &&
    (reviews as number) >= 1
  );
}

const isQuestionId = (key: string): boolean => /^[1-9]\d{0,8}$/.test(key);

/**
 * Reads a stored or imported document. A document that is not this site's
 * progress at all fails as a whole; within a valid document, an entry that
 * does not validate is skipped and counted, so one bad entry cannot cost the
 * reader everything else.
 */
export function readProgress(text: string | null): ReadResult {
  if (text === null) return { ok: true, progress: EMPTY_PROGRESS, skipped: 0 };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  if (!isRecord(parsed) || parsed.format !== PROGRESS_FORMAT || !Number.isInteger(parsed.version)) {
    return { ok: false, problem: 'unreadable' };
  }
  if ((parsed.version as number) > PROGRESS_VERSION) return { ok: false, problem: 'newer-version' };
  if (parsed.version !== PROGRESS_VERSION || !isRecord(parsed.questions)) return { ok: false, problem: 'unreadable' };

  const questions: Record<number, QuestionProgress> = {};
  let skipped = 0;
  for (const [key, entry] of Object.entries(parsed.questions)) {
    if (isQuestionId(key) && isQuestionProgress(entry)) {
      const { box, lastGrade, reviewedAt, dueAt, reviews } = entry;
      // Copy the known fields only: nothing unexpected rides along into storage.
      questions[Number(key)] = { box, lastGrade, reviewedAt, dueAt, reviews };
    } else {
      skipped += 1;
    }
  }
  return { ok: true, progress: { questions }, skipped };
}

export function writeProgress(progress: Progress, exportedAt?: Date): string {
  const document: ProgressDocument = {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    ...(exportedAt ? { exportedAt: exportedAt.toISOString() } : {}),
    questions: progress.questions,
  };
  return JSON.stringify(document, null, exportedAt ? 2 : undefined);
}

/**
 * Combines imported progress with what this browser already has: for each
 * question, the more recently reviewed entry wins, so importing an older
 * export never undoes newer work.
 */
export function mergeProgress(current: Progress, incoming: Progress): { progress: Progress; changed: number } {
  const questions: Record<number, QuestionProgress> = { ...current.questions };
  let changed = 0;
  for (const [key, entry] of Object.entries(incoming.questions)) {
    const id = Number(key);
    const existing = questions[id];
    if (!existing || Date.parse(entry.reviewedAt) > Date.parse(existing.reviewedAt)) {
      questions[id] = entry;
      changed += 1;
    }
  }
  return { progress: { questions }, changed };
}
