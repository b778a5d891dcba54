import { describe, expect, it } from 'vitest';
import { countChanges, diffProgress, mergeProgress } from '../../../src/study/progress-merge.ts';
import { EMPTY_PROGRESS, type Progress, type QuestionProgress } from '../../../src/study/progress.ts';

// Local noon, so the separator's date is 2026-12-02 in any time zone the tests run in.
const importedOn = { now: new Date(2026, 11, 2, 12, 0, 0) };

const review = (reviewedAt: string, lastGrade: QuestionProgress['lastGrade'], reviews: number, stability: number): QuestionProgress => ({
  lastGrade,
  reviewedAt,
  dueAt: reviewedAt,
  reviews,
  memory: { state: lastGrade === 'again' ? 'relearning' : 'review', stability, difficulty: 5, scheduledDays: 0, learningSteps: 0, lapses: 0 },
});
const olderAgain = review('2026-11-01T10:00:00.000Z', 'again', 3, 0.5);
const newerGood = review('2026-11-20T10:00:00.000Z', 'good', 4, 12);

const progress = (questions: Progress['questions'], notes: Progress['notes'] = {}): Progress => ({ questions, notes });

describe('mergeProgress: grades', () => {
  it('takes the more recently reviewed record of each question, FSRS memory and all, whichever side it is on', () => {
    expect(mergeProgress(progress({ 1: olderAgain }), progress({ 1: newerGood }), importedOn).progress.questions[1]).toEqual(newerGood);
    expect(mergeProgress(progress({ 1: newerGood }), progress({ 1: olderAgain }), importedOn).progress.questions[1]).toEqual(newerGood);
  });

  it('adds questions this browser has not graded and keeps the ones the incoming progress lacks', () => {
    const { progress: merged, diff } = mergeProgress(progress({ 2: olderAgain, 3: newerGood }), progress({ 1: olderAgain, 3: olderAgain }), importedOn);
    expect(merged.questions).toEqual({ 1: olderAgain, 2: olderAgain, 3: newerGood });
    expect(diff).toEqual({ newGrades: [1], newerGrades: [], olderGrades: [3], addedNotes: [], changedNotes: [] });
  });

  it('keeps this browser’s record when both reviewed at the same instant', () => {
    const sameTime = { ...newerGood, lastGrade: 'easy' as const };
    const { progress: merged, diff } = mergeProgress(progress({ 1: newerGood }), progress({ 1: sameTime }), importedOn);
    expect(merged.questions[1]).toBe(newerGood);
    expect(diff.olderGrades).toEqual([1]);
  });
});

describe('mergeProgress: notes', () => {
  it('keeps both texts when the notes differ, the incoming one after a dated separator', () => {
    const merged = mergeProgress(progress({}, { 5: 'Mine: talk about SLIs.' }), progress({}, { 5: 'Theirs: mention burn rate.\n' }), importedOn);
    expect(merged.progress.notes[5]).toBe('Mine: talk about SLIs.\n\n— from import on 2026-12-02 —\nTheirs: mention burn rate.');
    expect(merged.diff.changedNotes).toEqual([5]);
  });

  it('names another source in the separator when asked', () => {
    const merged = mergeProgress(progress({}, { 5: 'a' }), progress({}, { 5: 'b' }), { ...importedOn, source: 'another device' });
    expect(merged.progress.notes[5]).toBe('a\n\n— from another device on 2026-12-02 —\nb');
  });

  it('does not duplicate identical notes, nor a note merged before (importing the same file twice changes nothing)', () => {
    const here = progress({}, { 5: 'Same text.' });
    expect(mergeProgress(here, progress({}, { 5: '  Same text.\r\n' }), importedOn)).toEqual({
      progress: here,
      diff: { newGrades: [], newerGrades: [], olderGrades: [], addedNotes: [], changedNotes: [] },
    });
    const once = mergeProgress(progress({}, { 5: 'a' }), progress({}, { 5: 'b' }), importedOn).progress;
    const twice = mergeProgress(once, progress({}, { 5: 'b' }), { now: new Date(2026, 11, 9, 12) });
    expect(twice.progress).toEqual(once);
    expect(countChanges(twice.diff)).toBe(0);
  });

  it('takes an incoming note that contains this browser’s whole note (the same note, written on)', () => {
    const merged = mergeProgress(progress({}, { 5: 'Start.' }), progress({}, { 5: 'Start. And more.' }), importedOn);
    expect(merged.progress.notes[5]).toBe('Start. And more.');
  });

  it('adds notes only the incoming progress has, and keeps notes only this browser has', () => {
    const merged = mergeProgress(progress({ 1: newerGood }, { 1: 'here' }), progress({}, { 2: 'there' }), importedOn);
    expect(merged.progress).toEqual(progress({ 1: newerGood }, { 1: 'here', 2: 'there' }));
    expect(merged.diff.addedNotes).toEqual([2]);
  });
});

describe('diffProgress (what an import would change)', () => {
  it('lists new grades, newer grades, kept grades and note changes, and changes nothing', () => {
    const current = progress({ 1: olderAgain, 2: newerGood }, { 1: 'x' });
    const incoming = progress({ 1: newerGood, 2: olderAgain, 7: olderAgain }, { 1: 'y', 9: 'z' });
    const before = structuredClone(current);
    const diff = diffProgress(current, incoming, importedOn);
    expect(diff).toEqual({ newGrades: [7], newerGrades: [1], olderGrades: [2], addedNotes: [9], changedNotes: [1] });
    expect(countChanges(diff)).toBe(3);
    expect(current).toEqual(before);
  });

  it('finds nothing to change between empty progress and itself', () => {
    expect(countChanges(diffProgress(EMPTY_PROGRESS, EMPTY_PROGRESS, importedOn))).toBe(0);
  });
});
