/** forEachLimited (lib/for-each-limited.ts): every item done, never more than the limit at once, failures passed on. */
import { describe, expect, it } from 'vitest';
import { forEachLimited } from '../../lib/for-each-limited.ts';

/** Runs forEachLimited over `count` items whose tasks each wait a turn, and reports the most that ran at once. */
async function mostAtOnce(count: number, limit: number): Promise<{ most: number; done: number[] }> {
  let running = 0;
  let most = 0;
  const done: number[] = [];
  await forEachLimited(
    Array.from({ length: count }, (_, index) => index),
    limit,
    async (item) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, item % 3));
      running -= 1;
      done.push(item);
    },
  );
  return { most, done };
}

describe('forEachLimited', () => {
  it('does every item, with at most the limit running at once', async () => {
    const { most, done } = await mostAtOnce(50, 4);
    expect(most).toBe(4);
    expect([...done].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, index) => index));
  });

  it('the count of tasks at once is measured, not assumed: with no real limit all 50 run together (negative control)', async () => {
    expect((await mostAtOnce(50, 50)).most).toBe(50);
    expect((await mostAtOnce(3, 64)).most).toBe(3);
  });

  it('does nothing for no items, passes a failure on, and refuses a limit that is not a whole number from 1', async () => {
    await expect(forEachLimited([], 4, () => Promise.reject(new Error('never called')))).resolves.toBeUndefined();
    await expect(forEachLimited([1, 2, 3], 2, async (item) => (item === 2 ? Promise.reject(new Error('item 2 failed')) : undefined))).rejects.toThrow(
      'item 2 failed',
    );
    await expect(forEachLimited([1], 0, async () => {})).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: forEachLimited: limit must be a whole number from 1, not 0]`,
    );
  });
});
