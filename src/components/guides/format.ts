/**
 * Number and duration formatting for the reference pages: three significant
 * figures, English (en-US) digits, the same on the server and in the browser
 * so hydration never sees a different string.
 */

const SIGNIFICANT = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function assertFinite(value: number, what: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`${what} must be a finite number, got ${value}`);
}

/** 43.2, 8.76, 7.2, 12,300: three significant figures, no trailing zeros. */
export function formatSignificant(value: number): string {
  assertFinite(value, 'formatSignificant');
  return SIGNIFICANT.format(value);
}

/** 1,200: rounded to a whole number, with thousands separators. */
export function formatCount(value: number): string {
  assertFinite(value, 'formatCount');
  return WHOLE.format(value);
}

/** 0.02 → "2%", 0.4625 → "46.3%". */
export function formatPercent(fraction: number): string {
  assertFinite(fraction, 'formatPercent');
  return `${formatSignificant(fraction * 100)}%`;
}

/** 14.4 → "14.4×". */
export function formatRate(rate: number): string {
  assertFinite(rate, 'formatRate');
  return `${formatSignificant(rate)}×`;
}

interface DurationUnit {
  readonly name: string;
  readonly seconds: number;
  /** The next unit takes over once the rounded value reaches this. */
  readonly below: number;
}

const DURATION_UNITS: readonly DurationUnit[] = [
  { name: 'ms', seconds: 0.001, below: 1000 },
  { name: 's', seconds: 1, below: 60 },
  { name: 'min', seconds: 60, below: 60 },
  { name: 'h', seconds: 3600, below: 48 },
  { name: 'days', seconds: 86_400, below: Infinity },
];

/**
 * A duration for humans, in the largest unit that keeps the number readable:
 * "864 ms", "26.3 s", "43.2 min", "8.76 h", "3.65 days". Hours run up to
 * 48 h, so "1 day" never competes with "24 h".
 */
export function formatDuration(seconds: number): string {
  assertFinite(seconds, 'formatDuration');
  if (seconds < 0) throw new RangeError(`formatDuration needs a duration of 0 or more, got ${seconds}`);
  if (seconds === 0) return '0 s';
  for (const unit of DURATION_UNITS) {
    const value = seconds / unit.seconds;
    // Decide on the rounded value, so 59.99 s reads "1 min", not "60 s".
    if (Number(value.toPrecision(3)) < unit.below) {
      return `${formatSignificant(value)} ${unit.name}`;
    }
  }
  throw new RangeError(`formatDuration: no unit for ${seconds}`);
}

/** An ISO 8601 duration for <time dateTime>: 2592 → "PT2592S". */
export function isoDuration(seconds: number): string {
  assertFinite(seconds, 'isoDuration');
  return `PT${Number(seconds.toFixed(3))}S`;
}
