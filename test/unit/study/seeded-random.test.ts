import { describe, expect, it } from 'vitest';
import { newSeed, seededRandom, shuffled } from '../../../src/study/seeded-random.ts';

const items = Array.from({ length: 52 }, (_, index) => index + 1);

describe('seeded shuffling', () => {
  it('gives the same order for the same seed, every time', () => {
    expect(shuffled(items, 'k3x9')).toEqual(shuffled(items, 'k3x9'));
  });

  it('gives different orders for different seeds', () => {
    const orders = new Set(['a', 'b', 'c', 'abc', 'k3x9'].map((seed) => shuffled(items, seed).join(',')));
    expect(orders.size).toBe(5);
  });

  it('keeps every item exactly once and leaves the input untouched', () => {
    const copy = [...items];
    const result = shuffled(items, 'seed');
    expect([...result].sort((a, b) => a - b)).toEqual(items);
    expect(result).not.toEqual(items);
    expect(items).toEqual(copy);
  });

  it('puts each item first about equally often across seeds (no obvious bias)', () => {
    const firstCounts = new Map<number, number>();
    const seeds = 6000;
    for (let seed = 0; seed < seeds; seed += 1) {
      const first = shuffled([1, 2, 3, 4, 5, 6], `s${seed}`)[0]!;
      firstCounts.set(first, (firstCounts.get(first) ?? 0) + 1);
    }
    for (const count of firstCounts.values()) expect(Math.abs(count - seeds / 6)).toBeLessThan(seeds / 6 / 5);
    expect(firstCounts.size).toBe(6);
  });

  it('produces numbers in [0, 1)', () => {
    const random = seededRandom('range');
    for (let index = 0; index < 10_000; index += 1) {
      const value = random();
      expect(value >= 0 && value < 1).toBe(true);
    }
  });

  it('makes URL-friendly seeds from random bytes', () => {
    const seed = newSeed(new Uint8Array([0, 31, 32, 255, 7, 100, 200, 13]));
    expect(seed).toMatch(/^[a-z2-9]{8}$/);
    expect(seed).not.toMatch(/[01lo]/);
  });
});
