import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withGrade } from '../../../src/study/leitner.ts';
import { EMPTY_PROGRESS, type Progress } from '../../../src/study/progress.ts';
import { ByteWriter } from '../../../src/study/transfer-bytes.ts';
import { encodeTransferFragment, fitsOneQrCode } from '../../../src/study/transfer-link.ts';
import { packProgress, progressFromFragment, progressToFragment, unpackProgress } from '../../../src/study/transfer-progress.ts';

const DAY = 86_400_000;
const start = new Date('2026-03-02T09:15:00.123Z');
const at = (day: number) => new Date(start.getTime() + day * DAY);
const graded = (steps: readonly (readonly [number, 'knew' | 'review', number])[]): Progress =>
  steps.reduce((progress, [id, grade, day]) => withGrade(progress, id, grade, at(day)), EMPTY_PROGRESS);

const sample = graded([
  [3, 'knew', 0],
  [17, 'review', 1],
  [3, 'knew', 2],
  [52, 'knew', 5],
]);

describe('progress in a transfer link', () => {
  it('reads back exactly the progress it carries', async () => {
    expect(await progressFromFragment(await progressToFragment(sample))).toEqual({ ok: true, progress: sample, skipped: 0 });
    expect(await progressFromFragment(await progressToFragment(EMPTY_PROGRESS))).toEqual({ ok: true, progress: EMPTY_PROGRESS, skipped: 0 });
  });

  it('round-trips any progress the scheduler can produce', async () => {
    const steps = fc.array(
      fc.tuple(fc.integer({ min: 1, max: 2000 }), fc.constantFrom('knew' as const, 'review' as const), fc.integer({ min: 0, max: 4000 })),
      { maxLength: 60 },
    );
    await fc.assert(
      fc.asyncProperty(steps, async (list) => {
        const progress = graded(list);
        expect(await progressFromFragment(await progressToFragment(progress))).toEqual({ ok: true, progress, skipped: 0 });
      }),
      { numRuns: 60 },
    );
  });

  it('fits one QR code for all 52 questions, each graded six times, under a long site address', async () => {
    const steps: [number, 'knew' | 'review', number][] = [];
    for (let round = 0; round < 6; round += 1) for (let id = 1; id <= 52; id += 1) steps.push([id, (id + round) % 3 ? 'knew' : 'review', round * 3 + id / 60]);
    const fragment = await progressToFragment(graded(steps));
    expect(fitsOneQrCode(`https://a-rather-long-organisation-name.github.io/sre-interview-questions/study#${fragment}`)).toBe(true);
  });

  it('is validated like stored progress: an entry the site would never write is skipped and counted', () => {
    // Layout: earliest instant, entry count, then per entry: id gap, box, grade, reviewedAt, dueAt, reviews. Box 0 does not exist.
    const bad = new ByteWriter().uint(0).uint(1).uint(9).uint(0).uint(0).uint(0).uint(0).uint(1).result();
    expect(unpackProgress(bad)).toEqual({ ok: true, progress: EMPTY_PROGRESS, skipped: 1 });
    // Negative control: the same entry with box 1 is kept.
    const good = new ByteWriter().uint(0).uint(1).uint(9).uint(1).uint(0).uint(0).uint(0).uint(1).result();
    expect(unpackProgress(good)).toMatchObject({ ok: true, skipped: 0, progress: { questions: { 9: { box: 1, lastGrade: 'knew', reviews: 1 } } } });
  });

  it.each([
    ['no data at all', new Uint8Array()],
    ['data that stops inside an entry', packProgress(sample).slice(0, -3)],
    ['data left over after the last entry', new ByteWriter().raw(packProgress(sample)).uint(7).result()],
    ['a grade outside the list', new ByteWriter().uint(0).uint(1).uint(9).uint(1).uint(5).uint(0).uint(0).uint(1).result()],
  ])('calls a well-formed link around %s foreign, and changes nothing', async (_, payload) => {
    expect(await progressFromFragment(await encodeTransferFragment(payload))).toEqual({ ok: false, problem: 'foreign' });
  });
});
