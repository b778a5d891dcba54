import { describe, expect, it } from 'vitest';
import { describeChanges, describeKept } from '../../../src/study/describe-changes.ts';

const none = { newGrades: [], newerGrades: [], olderGrades: [], addedNotes: [], changedNotes: [] };

describe('describing an import', () => {
  it('names each kind of change with its count', () => {
    expect(describeChanges({ newGrades: [1, 2], newerGrades: [3], olderGrades: [4], addedNotes: [5], changedNotes: [6, 7] })).toBe(
      'grades for 2 questions not graded here, newer grades for 1 question, 1 note added, 2 notes combined with yours (both texts kept)',
    );
    expect(describeKept({ ...none, olderGrades: [4] })).toBe('For 1 question this browser’s grade is as recent or newer, so it was kept.');
  });

  it('says when there is nothing new, and nothing about kept grades when there are none', () => {
    expect(describeChanges(none)).toBe('nothing new');
    expect(describeKept(none)).toBe('');
  });
});
