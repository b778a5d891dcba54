/**
 * What a study session can be asked for: the kinds of plan, their options and
 * defaults. Shared by the planner (session-plan.ts), the session URL
 * (session-url.ts) and the setup form; kept apart from the planner so a page
 * that only links to a session does not load the planning code.
 */
import type { QuestionKind, QuestionRecord } from '../../contract/records.ts';

/** The kinds in the order the setup form offers them: most questions are technical. */
export const KIND_CHOICES: readonly QuestionKind[] = ['technical', 'behavioural'];

export type SessionOrder = 'source' | 'shuffled' | 'due';
export const SESSION_ORDERS: readonly SessionOrder[] = ['source', 'shuffled', 'due'];

/** What planning needs to know about a question. */
export type PlannableQuestion = Pick<QuestionRecord, 'id' | 'primaryTopic' | 'kind'>;

export interface Selection {
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
