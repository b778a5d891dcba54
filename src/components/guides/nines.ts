/**
 * The "nines" table: how much downtime an availability target allows per day,
 * week, 30 days and year. Computed when the page is built (server-side
 * rendering); no value is typed by hand.
 *
 * A year is 365 days (8,760 hours). With 365.25 days every yearly figure
 * would be 0.07% larger (99.9%: 8.77 h instead of 8.76 h).
 */
import { formatDuration, formatPercent, isoDuration } from './format';

export const SECONDS_PER_DAY = 86_400;
export const DAYS_PER_YEAR = 365;

export const NINES_TARGETS = ['99', '99.5', '99.9', '99.95', '99.99', '99.999'] as const;

export interface Period {
  readonly id: string;
  /** Column heading: "Day", "30 days". */
  readonly heading: string;
  readonly seconds: number;
}

export const PERIODS: readonly Period[] = [
  { id: 'day', heading: 'Day', seconds: SECONDS_PER_DAY },
  { id: 'week', heading: 'Week', seconds: 7 * SECONDS_PER_DAY },
  { id: '30d', heading: '30 days', seconds: 30 * SECONDS_PER_DAY },
  { id: 'year', heading: 'Year', seconds: DAYS_PER_YEAR * SECONDS_PER_DAY },
];

/**
 * 1 − SLO from the target written in percent ("99.95"), as an exact ratio of
 * integers: "99.9" → 1/1000, so 30 days × 1/1000 is exactly 2,592 s rather
 * than a float off by 1 − 0.999 = 0.0010000000000000009.
 */
function budgetRatio(percent: string): { numerator: number; denominator: number } {
  const match = /^(\d+)(?:\.(\d{1,9}))?$/.exec(percent.trim());
  if (!match) throw new RangeError(`"${percent}" is not a percentage like 99.9`);
  const scale = 10 ** (match[2]?.length ?? 0);
  const target = Number(match[1]) * scale + Number(match[2] ?? 0);
  const whole = 100 * scale;
  if (target <= 0 || target >= whole) throw new RangeError(`an SLO must be above 0% and below 100%, got ${percent}%`);
  return { numerator: whole - target, denominator: whole };
}

/** The error budget, 1 − SLO, as a fraction: "99.9" → 0.001. */
export function errorBudgetFraction(percent: string): number {
  const { numerator, denominator } = budgetRatio(percent);
  return numerator / denominator;
}

/** Downtime the target allows over a period, in seconds: (1 − SLO) × period. */
export function allowedDowntimeSeconds(percent: string, periodSeconds: number): number {
  const { numerator, denominator } = budgetRatio(percent);
  return (numerator * periodSeconds) / denominator;
}

export interface NinesCell {
  readonly period: Period;
  readonly seconds: number;
  /** "43.2 min" */
  readonly text: string;
  /** "PT2592S", for <time dateTime> */
  readonly iso: string;
}

export interface NinesRow {
  /** "99.9%" */
  readonly target: string;
  /** "0.1%" */
  readonly budget: string;
  readonly cells: readonly NinesCell[];
}

export function ninesTable(targets: readonly string[] = NINES_TARGETS, periods: readonly Period[] = PERIODS): NinesRow[] {
  return targets.map((percent) => ({
    target: `${percent}%`,
    budget: formatPercent(errorBudgetFraction(percent)),
    cells: periods.map((period) => {
      const seconds = allowedDowntimeSeconds(percent, period.seconds);
      return { period, seconds, text: formatDuration(seconds), iso: isoDuration(seconds) };
    }),
  }));
}
