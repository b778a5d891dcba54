/**
 * The flow of a study session: question → think → reveal → grade → next,
 * with moves back and forth and an early finish. A pure reducer; the session
 * page saves grades and moves focus around it.
 */
import type { Grade } from './progress.ts';

export interface FlowState {
  readonly questionIds: readonly number[];
  readonly index: number;
  readonly revealed: boolean;
  /** This session's grades, by question id. */
  readonly grades: ReadonlyMap<number, Grade>;
  readonly finished: boolean;
  /** When the current question appeared (epoch ms), for the mock interview's countdown. */
  readonly shownAt: number;
}

export type FlowAction =
  | { readonly type: 'reveal' }
  | { readonly type: 'hide' }
  | { readonly type: 'grade'; readonly grade: Grade; readonly now: number }
  | { readonly type: 'next'; readonly now: number }
  | { readonly type: 'previous'; readonly now: number }
  | { readonly type: 'finish' };

export function startFlow(questionIds: readonly number[], now: number): FlowState {
  return { questionIds, index: 0, revealed: false, grades: new Map(), finished: questionIds.length === 0, shownAt: now };
}

export function currentQuestion(state: FlowState): number | undefined {
  return state.finished ? undefined : state.questionIds[state.index];
}

function moveTo(state: FlowState, index: number, now: number): FlowState {
  if (index >= state.questionIds.length) return { ...state, finished: true, revealed: false };
  const clamped = Math.max(0, index);
  return clamped === state.index ? state : { ...state, index: clamped, revealed: false, shownAt: now };
}

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  if (state.finished) return state;
  switch (action.type) {
    case 'reveal':
      return state.revealed ? state : { ...state, revealed: true };
    case 'hide':
      return state.revealed ? { ...state, revealed: false } : state;
    case 'grade': {
      // Grading is for after the reveal: judging an answer you have not seen is guessing.
      if (!state.revealed) return state;
      const grades = new Map(state.grades).set(state.questionIds[state.index]!, action.grade);
      return moveTo({ ...state, grades }, state.index + 1, action.now);
    }
    case 'next':
      return moveTo(state, state.index + 1, action.now);
    case 'previous':
      return moveTo(state, state.index - 1, action.now);
    case 'finish':
      return { ...state, finished: true, revealed: false };
  }
}
