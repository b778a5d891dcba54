import { describe, expect, it } from 'vitest';
import { shortInterval, spokenInterval } from '../../../src/study/interval-label.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe('interval labels', () => {
  it.each([
    [10 * MINUTE, '10 min', 'in 10 minutes'],
    [1 * MINUTE, '1 min', 'in 1 minute'],
    [20_000, '1 min', 'in 1 minute'],
    [3 * 60 * MINUTE, '3 h', 'in 3 hours'],
    [1 * DAY, '1 d', 'in 1 day'],
    [4 * DAY, '4 d', 'in 4 days'],
    [51 * DAY, '2 mo', 'in 2 months'],
    [548 * DAY, '1.5 y', 'in 1.5 years'],
  ])('%d ms reads "%s", spoken "%s"', (wait, short, spoken) => {
    expect(shortInterval(wait)).toBe(short);
    expect(spokenInterval(wait)).toBe(spoken);
  });
});
