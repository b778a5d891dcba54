/**
 * What opening a transfer link would change, shown before anything changes.
 * It is read off the result of the one merge (`mergeProgress`), never worked
 * out separately, so the preview cannot promise something the merge does not do.
 */
import { mergeProgress, type Progress } from './progress.ts';

export interface TransferPreview {
  /** Questions graded on the other device and never in this browser. */
  readonly newGrades: readonly number[];
  /** Questions graded more recently on the other device: its grade replaces this browser's. */
  readonly newerGrades: readonly number[];
  /** Questions graded on both, where this browser's grade is as recent or newer and stays. */
  readonly keptGrades: readonly number[];
  /** The progress after confirming. */
  readonly merged: Progress;
}

const byId = (a: number, b: number) => a - b;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function previewTransfer(current: Progress, incoming: Progress): TransferPreview {
  const { progress: merged } = mergeProgress(current, incoming);
  const newGrades: number[] = [];
  const newerGrades: number[] = [];
  const keptGrades: number[] = [];
  for (const id of Object.keys(incoming.questions).map(Number).sort(byId)) {
    const before = current.questions[id];
    if (!before) newGrades.push(id);
    else if (same(merged.questions[id], before)) keptGrades.push(id);
    else newerGrades.push(id);
  }
  return { newGrades, newerGrades, keptGrades, merged };
}

/** Whether confirming would change anything at all. */
export const changesAnything = (preview: TransferPreview): boolean => preview.newGrades.length + preview.newerGrades.length > 0;
