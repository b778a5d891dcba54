/**
 * How a grade button says when the question comes back: "10 min", "4 d",
 * "3 mo", with a spelled-out form for screen readers ("in 4 days").
 */
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

interface Unit {
  readonly ms: number;
  readonly short: string;
  readonly one: string;
  readonly many: string;
}

const UNITS: readonly Unit[] = [
  { ms: 365 * DAY_MS, short: 'y', one: 'year', many: 'years' },
  { ms: 30 * DAY_MS, short: 'mo', one: 'month', many: 'months' },
  { ms: DAY_MS, short: 'd', one: 'day', many: 'days' },
  { ms: HOUR_MS, short: 'h', one: 'hour', many: 'hours' },
  { ms: MINUTE_MS, short: 'min', one: 'minute', many: 'minutes' },
];

/** The largest unit the wait fills at least once, and how many of it (at least 1 minute). */
function measure(waitMs: number): { count: number; unit: Unit } {
  const unit = UNITS.find((candidate) => waitMs >= candidate.ms) ?? UNITS.at(-1)!;
  // Years keep a decimal (1.5 y is a real difference from 1 y); smaller units round to whole ones.
  const exact = waitMs / unit.ms;
  const count = unit.short === 'y' ? Math.round(exact * 10) / 10 : Math.max(1, Math.round(exact));
  return { count, unit };
}

/** "10 min", "4 d", "1.5 y". */
export function shortInterval(waitMs: number): string {
  const { count, unit } = measure(waitMs);
  return `${count} ${unit.short}`;
}

/** "in 10 minutes", "in 1 day". */
export function spokenInterval(waitMs: number): string {
  const { count, unit } = measure(waitMs);
  return `in ${count} ${count === 1 ? unit.one : unit.many}`;
}
