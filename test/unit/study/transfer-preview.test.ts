import { describe, expect, it } from 'vitest';
import { withGrade } from '../../../src/study/leitner.ts';
import { EMPTY_PROGRESS, type Progress } from '../../../src/study/progress.ts';
import { changesAnything, previewTransfer } from '../../../src/study/transfer-preview.ts';

const monday = new Date('2026-03-02T09:00:00.000Z');
const tuesday = new Date('2026-03-03T09:00:00.000Z');
const grade = (progress: Progress, id: number, result: 'knew' | 'review', when: Date) => withGrade(progress, id, result, when);

// This browser: 1 on Monday, 2 on Tuesday. The other device: 1 on Tuesday, 2 on Monday, 3 on Monday.
const here = grade(grade(EMPTY_PROGRESS, 1, 'review', monday), 2, 'knew', tuesday);
const there = grade(grade(grade(EMPTY_PROGRESS, 1, 'knew', tuesday), 2, 'review', monday), 3, 'knew', monday);

describe('the change preview of a transfer link', () => {
  it('lists new grades, newer grades, and the grades this browser keeps because they are newer', () => {
    const preview = previewTransfer(here, there);
    expect({ new: preview.newGrades, newer: preview.newerGrades, kept: preview.keptGrades }).toEqual({ new: [3], newer: [1], kept: [2] });
    expect(changesAnything(preview)).toBe(true);
  });

  it('previews exactly what the merge does: the newer grade wins and no newer grade is lowered', () => {
    const { merged } = previewTransfer(here, there);
    expect(merged.questions[1]).toEqual(there.questions[1]);
    expect(merged.questions[2]).toEqual(here.questions[2]);
    expect(merged.questions[3]).toEqual(there.questions[3]);
  });

  it('changes nothing when the link carries this browser’s own progress, or older progress', () => {
    const same = previewTransfer(here, here);
    expect({ new: same.newGrades, newer: same.newerGrades, kept: same.keptGrades }).toEqual({ new: [], newer: [], kept: [1, 2] });
    expect(changesAnything(same)).toBe(false);
    expect(same.merged).toEqual(here);
  });

  it('adds everything to a browser with no progress yet', () => {
    const preview = previewTransfer(EMPTY_PROGRESS, there);
    expect(preview.newGrades).toEqual([1, 2, 3]);
    expect(preview.merged).toEqual(there);
  });
});
