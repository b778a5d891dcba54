import { describe, expect, it } from 'vitest';
import { currentQuestion, flowReducer, startFlow, type FlowAction, type FlowState } from '../../../src/study/session-flow.ts';

const run = (state: FlowState, ...actions: FlowAction[]) => actions.reduce(flowReducer, state);

describe('session flow', () => {
  const start = startFlow([7, 3, 9], 1000);

  it('starts on the first question, hidden', () => {
    expect(currentQuestion(start)).toBe(7);
    expect(start).toMatchObject({ index: 0, revealed: false, finished: false, shownAt: 1000 });
  });

  it('goes question → reveal → grade → next question, recording the grade', () => {
    const state = run(start, { type: 'reveal' }, { type: 'grade', grade: 'again', now: 5000 });
    expect(currentQuestion(state)).toBe(3);
    expect(state).toMatchObject({ revealed: false, shownAt: 5000 });
    expect([...state.grades]).toEqual([[7, 'again']]);
  });

  it('ignores a grade before the reveal, and after the answer is hidden again', () => {
    expect(run(start, { type: 'grade', grade: 'good', now: 2000 })).toBe(start);
    const hidden = run(start, { type: 'reveal' }, { type: 'hide' });
    expect(hidden).toMatchObject({ index: 0, revealed: false });
    expect(run(hidden, { type: 'grade', grade: 'good', now: 2000 })).toBe(hidden);
  });

  it('finishes after the last question is graded, or when moving past it', () => {
    const graded = run(
      start,
      { type: 'reveal' },
      { type: 'grade', grade: 'good', now: 1 },
      { type: 'reveal' },
      { type: 'grade', grade: 'good', now: 2 },
      { type: 'reveal' },
      { type: 'grade', grade: 'again', now: 3 },
    );
    expect(graded.finished).toBe(true);
    expect(currentQuestion(graded)).toBeUndefined();
    expect([...graded.grades]).toEqual([
      [7, 'good'],
      [3, 'good'],
      [9, 'again'],
    ]);
    expect(run(start, { type: 'next', now: 1 }, { type: 'next', now: 2 }, { type: 'next', now: 3 }).finished).toBe(true);
  });

  it('moves back and forth without grading, hiding the answer again and restarting the clock', () => {
    const state = run(start, { type: 'next', now: 2000 }, { type: 'reveal' }, { type: 'previous', now: 3000 });
    expect(currentQuestion(state)).toBe(7);
    expect(state).toMatchObject({ revealed: false, shownAt: 3000 });
    expect(state.grades.size).toBe(0);
    expect(run(start, { type: 'previous', now: 9 })).toBe(start);
  });

  it('can be left early, and then ignores further actions', () => {
    const left = run(start, { type: 'reveal' }, { type: 'finish' });
    expect(left.finished).toBe(true);
    expect(run(left, { type: 'next', now: 1 }, { type: 'reveal' })).toBe(left);
  });

  it('is finished at once when there is nothing to ask', () => {
    expect(startFlow([], 0).finished).toBe(true);
  });
});
