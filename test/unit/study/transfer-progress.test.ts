import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, type Grade, type Progress } from '../../../src/study/progress.ts';
import { diffProgress, mergeProgress } from '../../../src/study/progress-merge.ts';
import { withGrade } from '../../../src/study/scheduler.ts';
import { ByteWriter } from '../../../src/study/transfer-bytes.ts';
import { encodeTransferFragment, fitsOneQrCode } from '../../../src/study/transfer-link.ts';
import { packProgress, progressFromFragment, progressToFragment, unpackProgress } from '../../../src/study/transfer-progress.ts';

const DAY = 86_400_000;
const start = new Date('2026-03-02T09:15:00.123Z');
const at = (day: number) => new Date(start.getTime() + day * DAY);
const GRADES: readonly Grade[] = ['again', 'hard', 'good', 'easy'];
const graded = (steps: readonly (readonly [number, Grade, number])[], notes: Progress['notes'] = {}): Progress => ({
  ...steps.reduce((progress, [id, grade, day]) => withGrade(progress, id, grade, at(day)), EMPTY_PROGRESS),
  notes,
});

const sample = graded(
  [
    [3, 'good', 0],
    [17, 'again', 1],
    [3, 'hard', 2],
    [52, 'easy', 5],
  ],
  { 3: 'Lead with the error budget.', 40: 'Ask about “blast radius” ✓' },
);

/** A payload written by hand, field by field, in the layout transfer-progress.ts documents. */
function payload(entry: { grade: number; box?: never; stability: number; notes?: Record<number, string> }): Uint8Array {
  const writer = new ByteWriter().uint(0).uint(1).uint(9); // earliest instant, one question, id 9
  writer.uint(entry.grade).uint(0).uint(DAY).uint(1); // grade, reviewedAt, dueAt, reviews
  writer
    .uint(1)
    .uint(entry.stability * 2)
    .uint(2 * 5e8)
    .uint(1)
    .uint(0)
    .uint(0); // review state, stability, difficulty 5, days, steps, lapses
  const notes = Object.entries(entry.notes ?? {});
  writer.uint(notes.length);
  let previous = 0;
  for (const [id, text] of notes) {
    writer.uint(Number(id) - previous).text(text);
    previous = Number(id);
  }
  return writer.result();
}

describe('progress in a transfer link', () => {
  it('reads back exactly the progress and notes it carries', async () => {
    expect(await progressFromFragment(await progressToFragment(sample))).toEqual({ ok: true, progress: sample, skipped: 0 });
    expect(await progressFromFragment(await progressToFragment(EMPTY_PROGRESS))).toEqual({ ok: true, progress: EMPTY_PROGRESS, skipped: 0 });
  });

  it('round-trips any progress the scheduler can produce, with any notes', async () => {
    const steps = fc.array(fc.tuple(fc.integer({ min: 1, max: 2000 }), fc.constantFrom(...GRADES), fc.integer({ min: 0, max: 4000 })), { maxLength: 40 });
    const notes = fc.dictionary(
      fc.integer({ min: 1, max: 2000 }).map(String),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }).filter((text) => text.trim() !== ''),
      { maxKeys: 5 },
    );
    await fc.assert(
      fc.asyncProperty(steps, notes, async (list, noteMap) => {
        // Reviews happen in time order; the scheduler refuses to go back in time.
        const progress = graded(
          [...list].sort((a, b) => a[2] - b[2]),
          noteMap,
        );
        expect(await progressFromFragment(await progressToFragment(progress))).toEqual({ ok: true, progress, skipped: 0 });
      }),
      { numRuns: 60 },
    );
  });

  it('keeps a decimal the scheduler did not round exactly too', () => {
    const [entry] = Object.values(sample.questions);
    const odd: Progress = { questions: { 1: { ...entry!, memory: { ...entry!.memory, stability: Math.PI } } }, notes: {} };
    expect(unpackProgress(packProgress(odd))).toEqual({ ok: true, progress: odd, skipped: 0 });
  });

  it('fits one QR code for all 52 questions, each graded six times, under a long site address', async () => {
    const steps: [number, Grade, number][] = [];
    for (let round = 0; round < 6; round += 1) for (let id = 1; id <= 52; id += 1) steps.push([id, GRADES[(id * 7 + round) % 4]!, round * 3 + id / 60]);
    const fragment = await progressToFragment(graded(steps));
    expect(fitsOneQrCode(`https://a-rather-long-organisation-name.github.io/sre-interview-questions/study#${fragment}`)).toBe(true);
  });

  it('is validated like stored progress: an entry the site would never write is skipped and counted', () => {
    // Stability 0 does not exist in FSRS.
    expect(unpackProgress(payload({ grade: 2, stability: 0 }))).toEqual({ ok: true, progress: EMPTY_PROGRESS, skipped: 1 });
    // Negative control: the same entry with a stability of 3 days is kept.
    expect(unpackProgress(payload({ grade: 2, stability: 3e8, notes: { 4: 'x' } }))).toMatchObject({
      ok: true,
      skipped: 0,
      progress: { questions: { 9: { lastGrade: 'good', reviews: 1, memory: { state: 'review', stability: 3, difficulty: 5 } } }, notes: { 4: 'x' } },
    });
    // A blank note is never written, so it is skipped too.
    expect(unpackProgress(payload({ grade: 2, stability: 3e8, notes: { 4: '  ' } }))).toMatchObject({ ok: true, skipped: 1 });
  });

  it.each([
    ['no data at all', new Uint8Array()],
    ['data that stops inside an entry', packProgress(sample).slice(0, 12)],
    ['data left over after the last entry', new ByteWriter().raw(packProgress(sample)).uint(7).result()],
    ['a grade outside the list', payload({ grade: 4, stability: 3e8 })],
    [
      'a note that is not UTF-8',
      new ByteWriter()
        .raw(payload({ grade: 2, stability: 3e8 }).slice(0, -1))
        .uint(1)
        .uint(1)
        .uint(2)
        .raw(Uint8Array.of(0xc3, 0x28))
        .result(),
    ],
  ])('calls a well-formed link around %s foreign', async (_, data) => {
    expect(await progressFromFragment(await encodeTransferFragment(data))).toEqual({ ok: false, problem: 'foreign' });
  });
});

describe('what opening a link would change (the preview)', () => {
  // This browser: 1 on day 0, 2 on day 1, a note on 2. The other device: 1 on day 1, 2 on day 0, 3 on day 0, notes on 2 and 3.
  const here = graded(
    [
      [1, 'again', 0],
      [2, 'good', 1],
    ],
    { 2: 'Mine.' },
  );
  const there = graded(
    [
      [1, 'good', 1],
      [2, 'again', 0],
      [3, 'good', 0],
    ],
    { 2: 'Theirs.', 3: 'New.' },
  );

  it('lists new grades, newer grades, kept grades and notes, as the merge then does', async () => {
    const read = await progressFromFragment(await progressToFragment(there));
    if (!read.ok) throw new Error(read.problem);
    const options = { now: at(2), source: 'another device' };
    expect(diffProgress(here, read.progress, options)).toEqual({ newGrades: [3], newerGrades: [1], olderGrades: [2], addedNotes: [3], changedNotes: [2] });
    const { progress } = mergeProgress(here, read.progress, options);
    expect(progress.questions).toEqual({ 1: there.questions[1], 2: here.questions[2], 3: there.questions[3] });
    expect(progress.notes[2]).toMatch(/^Mine\.\n\n— from another device on \d{4}-\d\d-\d\d —\nTheirs\.$/);
  });
});
