import { describe, expect, it } from 'vitest';
import { formatCount, formatDuration, formatPercent, formatRate, isoDuration } from '../../../src/components/guides/format.ts';
import {
  allowedDowntimeSeconds,
  DAYS_PER_YEAR,
  errorBudgetFraction,
  NINES_TARGETS,
  ninesTable,
  PERIODS,
  SECONDS_PER_DAY,
} from '../../../src/components/guides/nines.ts';

const DAY = SECONDS_PER_DAY;
const row = (target: string) => ninesTable().find((candidate) => candidate.target === `${target}%`)!;
const cell = (target: string, period: string) => row(target).cells.find((candidate) => candidate.period.id === period)!;

describe('nines table', () => {
  it('uses a 365-day year', () => {
    expect(DAYS_PER_YEAR).toBe(365);
    expect(PERIODS.map((period) => [period.id, period.seconds / DAY])).toEqual([
      ['day', 1],
      ['week', 7],
      ['30d', 30],
      ['year', 365],
    ]);
  });

  it('99.9% over 30 days allows exactly 43.2 minutes', () => {
    expect(allowedDowntimeSeconds('99.9', 30 * DAY)).toBe(2592);
    expect(cell('99.9', '30d')).toMatchObject({ seconds: 2592, text: '43.2 min', iso: 'PT2592S' });
  });

  it('99.99% over a 365-day year allows about 52.6 minutes', () => {
    expect(allowedDowntimeSeconds('99.99', 365 * DAY) / 60).toBeCloseTo(52.56, 10);
    expect(cell('99.99', 'year').text).toBe('52.6 min');
  });

  it('has every target and period, with the figures people quote', () => {
    expect(ninesTable().map((candidate) => candidate.target)).toEqual(NINES_TARGETS.map((target) => `${target}%`));
    const texts = Object.fromEntries(ninesTable().map((candidate) => [candidate.target, [candidate.budget, ...candidate.cells.map((c) => c.text)]]));
    expect(texts).toEqual({
      '99%': ['1%', '14.4 min', '1.68 h', '7.2 h', '3.65 days'],
      '99.5%': ['0.5%', '7.2 min', '50.4 min', '3.6 h', '43.8 h'],
      '99.9%': ['0.1%', '1.44 min', '10.1 min', '43.2 min', '8.76 h'],
      '99.95%': ['0.05%', '43.2 s', '5.04 min', '21.6 min', '4.38 h'],
      '99.99%': ['0.01%', '8.64 s', '1.01 min', '4.32 min', '52.6 min'],
      '99.999%': ['0.001%', '864 ms', '6.05 s', '25.9 s', '5.26 min'],
    });
  });

  it('each extra nine divides the allowance by ten', () => {
    for (const period of PERIODS) {
      expect(allowedDowntimeSeconds('99.9', period.seconds) / allowedDowntimeSeconds('99.99', period.seconds)).toBeCloseTo(10, 9);
    }
  });

  it('computes the error budget from the decimal digits, exactly', () => {
    expect(errorBudgetFraction('99.9')).toBe(0.001);
    expect(errorBudgetFraction('99.95')).toBe(0.0005);
    expect(errorBudgetFraction('99.999')).toBe(0.00001);
    expect(1 - 0.999).not.toBe(0.001); // what the decimal arithmetic avoids
  });

  it('refuses targets that have no budget or are not percentages', () => {
    expect(() => errorBudgetFraction('100')).toThrow(/below 100%/);
    expect(() => errorBudgetFraction('0')).toThrow(/above 0%/);
    expect(() => errorBudgetFraction('abc')).toThrow(/not a percentage/);
  });
});

describe('formatting for humans', () => {
  it.each([
    [0, '0 s'],
    [0.864, '864 ms'],
    [26.3, '26.3 s'],
    [59.99, '1 min'], // rounds up into the next unit, never "60 s"
    [2592, '43.2 min'],
    [31_536, '8.76 h'],
    [31_557.6, '8.77 h'], // 99.9% of a 365.25-day year
    [47.9 * 3600, '47.9 h'],
    [50 * 3600, '2.08 days'],
    [315_360, '3.65 days'],
  ])('%s s → %s', (seconds, text) => expect(formatDuration(seconds)).toBe(text));

  it('formats percentages, rates and counts', () => {
    expect(formatPercent(0.02)).toBe('2%');
    expect(formatPercent(0.4625)).toBe('46.3%');
    expect(formatRate(14.4)).toBe('14.4×');
    expect(formatCount(1_000_000)).toBe('1,000,000');
    expect(isoDuration(0.864)).toBe('PT0.864S');
  });

  it('never prints NaN or Infinity: it throws instead', () => {
    expect(() => formatDuration(Number.NaN)).toThrow(RangeError);
    expect(() => formatPercent(Infinity)).toThrow(RangeError);
    expect(() => formatDuration(-1)).toThrow(RangeError);
  });
});
