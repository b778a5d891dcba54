/**
 * Spaced repetition with FSRS-6 (the ts-fsrs library, default parameters:
 * 90 % target retention, learning steps of 1 and 10 minutes, a relearning step
 * of 10 minutes, no fuzz). Pure: time is always passed in.
 *
 * This is the only module that imports ts-fsrs, and it is loaded on demand
 * where a reader grades (see components/study/useScheduler.ts), so reading a
 * page never downloads the scheduler.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade as Rating4 } from 'ts-fsrs';
import type { Grade, MemoryState, Progress, QuestionProgress } from './progress.ts';

const scheduler = fsrs();

const RATINGS: Readonly<Record<Grade, Rating4>> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
const TO_STATE: Readonly<Record<MemoryState, State>> = { learning: State.Learning, review: State.Review, relearning: State.Relearning };
const FROM_STATE: Readonly<Partial<Record<State, MemoryState>>> = {
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};

function toCard(entry: QuestionProgress | undefined, now: Date): Card {
  if (!entry) return createEmptyCard(now);
  const { memory } = entry;
  return {
    due: new Date(entry.dueAt),
    stability: memory.stability,
    difficulty: memory.difficulty,
    // Deprecated in ts-fsrs 5 and recomputed from last_review; set for completeness.
    elapsed_days: 0,
    scheduled_days: memory.scheduledDays,
    learning_steps: memory.learningSteps,
    reps: entry.reviews,
    lapses: memory.lapses,
    state: TO_STATE[memory.state],
    last_review: new Date(entry.reviewedAt),
  };
}

function fromCard(card: Card, grade: Grade, now: Date): QuestionProgress {
  return {
    lastGrade: grade,
    reviewedAt: now.toISOString(),
    dueAt: card.due.toISOString(),
    reviews: card.reps,
    memory: {
      // A graded card is never new again; "learning" is the closest had the library said so.
      state: FROM_STATE[card.state] ?? 'learning',
      stability: card.stability,
      difficulty: card.difficulty,
      scheduledDays: card.scheduled_days,
      learningSteps: card.learning_steps,
      lapses: card.lapses,
    },
  };
}

/** The question's record after the reader grades it `grade` at `now`. */
export function nextReview(previous: QuestionProgress | undefined, grade: Grade, now: Date): QuestionProgress {
  return fromCard(scheduler.next(toCard(previous, now), now, RATINGS[grade]).card, grade, now);
}

export function withGrade(progress: Progress, questionId: number, grade: Grade, now: Date): Progress {
  return { ...progress, questions: { ...progress.questions, [questionId]: nextReview(progress.questions[questionId], grade, now) } };
}

/** How long until the question would be due again after each grade, in milliseconds: what the grade buttons show. */
export function intervalsByGrade(previous: QuestionProgress | undefined, now: Date): Record<Grade, number> {
  const preview = scheduler.repeat(toCard(previous, now), now);
  const wait = (grade: Grade) => preview[RATINGS[grade]].card.due.getTime() - now.getTime();
  return { again: wait('again'), hard: wait('hard'), good: wait('good'), easy: wait('easy') };
}
