/**
 * Which questions a study session asks, in which order. Pure: the same plan,
 * progress and time always give the same list, which is what makes a seeded
 * mock interview reproducible in another browser.
 */
import { dueFirst } from './due.ts';
import type { Progress } from './progress.ts';
import { shuffled } from './seeded-random.ts';
import type { PlannableQuestion, SessionPlan, Selection } from './session-options.ts';

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
