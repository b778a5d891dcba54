/**
 * Which questions a study session asks, in which order. Pure: the same plan,
 * progress and time always give the same list, which is what makes a seeded
 * mock interview reproducible in another browser.
 */
import { dueFirst } from './leitner.ts';
import type { Progress } from './progress.ts';
import { shuffled } from './seeded-random.ts';

export type QuestionKind = 'behavioural' | 'technical';
export const QUESTION_KINDS: readonly QuestionKind[] = ['technical', 'behavioural'];

export type SessionOrder = 'source' | 'shuffled' | 'due';
export const SESSION_ORDERS: readonly SessionOrder[] = ['source', 'shuffled', 'due'];

/** What planning needs to know about a question (a subset of docs/_generated/questions.json). */
export interface PlannableQuestion {
  readonly id: number;
  readonly primaryTopic: string;
  readonly kind: QuestionKind;
}

interface Selection {
  /** Topic ids; empty means every topic. */
  readonly topics: readonly string[];
  /** Empty means both kinds. */
  readonly kinds: readonly QuestionKind[];
  readonly seed: string;
}

export interface PracticePlan extends Selection {
  readonly mode: 'practice';
  readonly order: SessionOrder;
  /** At most this many questions; undefined for all that match. */
  readonly count: number | undefined;
  /** Exactly these questions, in this order ("review the ones I missed"); overrides the selection. */
  readonly questionIds?: readonly number[];
}

export interface MockPlan extends Selection {
  readonly mode: 'mock';
  readonly count: number;
  readonly minutesPerQuestion: number;
}

export type SessionPlan = PracticePlan | MockPlan;

export const MOCK_DEFAULT_COUNT = 5;
export const MOCK_DEFAULT_MINUTES = 3;

/** Questions the selection matches, in source order. */
export function selectQuestions(questions: readonly PlannableQuestion[], selection: Omit<Selection, 'seed'>): PlannableQuestion[] {
  return questions.filter(
    (question) =>
      (selection.topics.length === 0 || selection.topics.includes(question.primaryTopic)) &&
      (selection.kinds.length === 0 || selection.kinds.includes(question.kind)),
  );
}

export function planQuestions(questions: readonly PlannableQuestion[], plan: SessionPlan, progress: Progress, now: Date): number[] {
  if (plan.mode === 'practice' && plan.questionIds) {
    const known = new Set(questions.map((question) => question.id));
    return [...new Set(plan.questionIds)].filter((id) => known.has(id));
  }
  const ids = selectQuestions(questions, plan).map((question) => question.id);
  if (plan.mode === 'mock') return shuffled(ids, plan.seed).slice(0, plan.count);
  const ordered = plan.order === 'shuffled' ? shuffled(ids, plan.seed) : plan.order === 'due' ? dueFirst(ids, progress, now) : ids;
  return plan.count === undefined ? ordered : ordered.slice(0, plan.count);
}
