/**
 * The error-budget calculator's arithmetic, with no React in it: parse and
 * validate what the reader typed, compute the budget, and word the results.
 *
 * Model. The SLO is met over a window of W days; the reader is E days into it
 * (0 < E ≤ W) and has measured either
 * - events: `bad` of `total` valid events failed during those E days, or
 * - downtime: `downtime` minutes of the E days were down.
 * Then, with the error budget β = 1 − SLO:
 * - burn rate b = (observed error rate) / β, where the error rate is
 *   bad ÷ total, or downtime ÷ E;
 * - the whole window's budget is β × W of time, or β × the window's events,
 *   which are projected from the traffic so far (total × W ÷ E);
 * - budget used = b × E ÷ W of it; what remains lasts (1 − used) × W ÷ b days.
 *
 * Every value returned is a finite number: input that would give NaN or
 * Infinity (an SLO of 100%, no events, text…) is refused with a message.
 */
import { formatCount, formatDuration, formatPercent, formatRate, formatSignificant } from './format';

export type Measure = 'events' | 'downtime';
export type Field = 'slo' | 'window' | 'elapsed' | 'bad' | 'total' | 'downtime';

/** What the reader typed, as typed. */
export interface CalculatorInput {
  readonly slo: string;
  readonly window: string;
  readonly elapsed: string;
  readonly measure: Measure;
  readonly bad: string;
  readonly total: string;
  readonly downtime: string;
}

/** The values the calculator opens with (and the static HTML shows). */
export const EXAMPLE_INPUT: CalculatorInput = {
  slo: '99.9',
  window: '30',
  elapsed: '10',
  measure: 'events',
  bad: '1200',
  total: '1000000',
  downtime: '20',
};

const MAX_WINDOW_DAYS = 366;
const MAX_SLO_DECIMALS = 6;
const MINUTES_PER_DAY = 1440;

export interface FieldError {
  readonly field: Field;
  readonly message: string;
}

interface FieldSpec {
  /** How messages name the field: "the SLO target". */
  readonly name: string;
  /** A valid value, for "for example …". */
  readonly example: string;
}

const FIELDS: Record<Field, FieldSpec> = {
  slo: { name: 'the SLO target', example: '99.9' },
  window: { name: 'the window', example: '30' },
  elapsed: { name: 'the time observed', example: '10' },
  bad: { name: 'the number of bad events', example: '1200' },
  total: { name: 'the number of total events', example: '1000000' },
  downtime: { name: 'the downtime', example: '20' },
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

type Parsed = { readonly ok: true; readonly value: number; readonly decimals: number } | { readonly ok: false; readonly message: string };

/**
 * Reads a decimal number as people type it: "99.9", "99.9%" (SLO only),
 * "1,000,000", "1 000 000", "−5". Refuses text, exponents and "99,9" (a
 * decimal comma, which would otherwise silently read as 999).
 */
export function parseNumber(text: string, field: Field): Parsed {
  const spec = FIELDS[field];
  let value = text.trim().replace(/\u2212/g, '-');
  if (field === 'slo') value = value.replace(/\s*%$/, '');
  if (value === '') return { ok: false, message: `Enter ${spec.name}, for example ${spec.example}.` };
  if (/^[+-]?\d{1,3}(?:([, _])\d{3})(?:\1\d{3})*(?:\.\d+)?$/.test(value)) value = value.replace(/[, _]/g, '');
  else if (/^[+-]?\d+,\d+$/.test(value)) {
    return { ok: false, message: `Write decimals with a point: ${value.replace(',', '.')}, not ${value}.` };
  }
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(value)) {
    return { ok: false, message: `“${text.trim()}” is not a number. Enter ${spec.name} in digits, for example ${spec.example}.` };
  }
  const number = Number(value);
  if (!Number.isFinite(number) || Math.abs(number) > Number.MAX_SAFE_INTEGER) {
    return { ok: false, message: `${capitalise(spec.name)} is too large to compute with.` };
  }
  return { ok: true, value: number === 0 ? 0 : number, decimals: value.split('.')[1]?.length ?? 0 };
}

export type Exhaustion =
  /** Nothing is failing: the budget is never spent at this rate. */
  | { readonly kind: 'never' }
  /** The budget is spent already. */
  | { readonly kind: 'exhausted' }
  /** Spent `days` from now; `withinWindow` if that is before the window ends. */
  | { readonly kind: 'at'; readonly days: number; readonly withinWindow: boolean };

export interface BudgetReport {
  readonly measure: Measure;
  readonly slo: number;
  /** 1 − SLO, as a fraction. */
  readonly budgetFraction: number;
  readonly windowDays: number;
  readonly elapsedDays: number;
  /** Bad events ÷ total, or downtime ÷ time observed. */
  readonly errorRate: number;
  readonly burnRate: number;
  /** The window's whole budget: bad events (projected) or minutes of downtime. */
  readonly budgetTotal: number;
  readonly used: number;
  /** Negative once the budget is overspent. */
  readonly remaining: number;
  /** Used ÷ total budget: 0 and up, above 1 when overspent. */
  readonly usedFraction: number;
  /** Events mode: the events expected over the whole window at the traffic seen so far. */
  readonly projectedEvents?: number;
  readonly exhaustion: Exhaustion;
}

export type CalculatorResult = { readonly ok: true; readonly report: BudgetReport } | { readonly ok: false; readonly errors: readonly FieldError[] };

/** Validates every field the chosen measure uses, then computes the report. */
export function calculate(input: CalculatorInput): CalculatorResult {
  const errors: FieldError[] = [];
  const fail = (field: Field, message: string) => {
    errors.push({ field, message });
    return undefined;
  };
  /** A parsed, non-negative number, or undefined after recording why not. */
  const read = (field: Field): { value: number; decimals: number } | undefined => {
    const parsed = parseNumber(input[field], field);
    if (!parsed.ok) return fail(field, parsed.message);
    if (parsed.value < 0) return fail(field, `${capitalise(FIELDS[field].name)} cannot be negative.`);
    return parsed;
  };

  // SLO target, in percent.
  let budgetFraction: number | undefined;
  const slo = read('slo');
  if (slo) {
    if (slo.value === 100) {
      fail(
        'slo',
        'An SLO of 100% leaves no error budget: any single failure breaks it, so there is nothing to spend and no burn rate. Use a target below 100, for example 99.9.',
      );
    } else if (slo.value > 100) {
      fail('slo', 'An SLO cannot be above 100%: it is the share of events that must be good. Use a target below 100, for example 99.9.');
    } else if (slo.value < 1) {
      fail('slo', 'Enter the SLO target in percent, from 1 up to (not including) 100: 99.9 means 99.9%.');
    } else if (slo.decimals > MAX_SLO_DECIMALS) {
      fail('slo', `Use at most ${MAX_SLO_DECIMALS} decimal places for the SLO target.`);
    } else {
      // From the decimal digits, so 99.9 gives exactly 1/1000 (see nines.ts).
      const scale = 10 ** slo.decimals;
      budgetFraction = (100 * scale - Math.round(slo.value * scale)) / (100 * scale);
    }
  }

  // Window and time observed, in days.
  let windowDays: number | undefined;
  const window = read('window');
  if (window) {
    if (window.value === 0) fail('window', 'The window must be longer than 0 days, for example 30.');
    else if (window.value > MAX_WINDOW_DAYS) fail('window', `Use a window of at most ${MAX_WINDOW_DAYS} days.`);
    else windowDays = window.value;
  }
  let elapsedDays: number | undefined;
  const elapsed = read('elapsed');
  if (elapsed) {
    if (elapsed.value === 0) fail('elapsed', 'The time observed must be longer than 0 days: the numbers below cover some part of the window.');
    else if (windowDays !== undefined && elapsed.value > windowDays) {
      fail('elapsed', `The time observed (${formatSignificant(elapsed.value)} days) cannot be longer than the window (${formatSignificant(windowDays)} days).`);
    } else elapsedDays = elapsed.value;
  }

  // What was observed.
  let bad: number | undefined;
  let total: number | undefined;
  let downtime: number | undefined;
  if (input.measure === 'events') {
    const badRead = read('bad');
    if (badRead && !Number.isInteger(badRead.value)) fail('bad', 'Bad events must be a whole number.');
    else if (badRead) bad = badRead.value;
    const totalRead = read('total');
    if (totalRead && !Number.isInteger(totalRead.value)) fail('total', 'Total events must be a whole number.');
    else if (totalRead?.value === 0) fail('total', 'Total events must be at least 1: with no events there is no error rate to measure.');
    else if (totalRead) total = totalRead.value;
    if (bad !== undefined && total !== undefined && bad > total) {
      fail('bad', `Bad events (${formatCount(bad)}) cannot be more than total events (${formatCount(total)}): bad events are counted among the total.`);
      bad = undefined;
    }
  } else {
    const downtimeRead = read('downtime');
    if (downtimeRead && elapsedDays !== undefined && downtimeRead.value > elapsedDays * MINUTES_PER_DAY) {
      fail(
        'downtime',
        `Downtime (${formatCount(downtimeRead.value)} min) cannot be longer than the time observed (${formatSignificant(elapsedDays)} days = ${formatCount(elapsedDays * MINUTES_PER_DAY)} min).`,
      );
    } else if (downtimeRead) downtime = downtimeRead.value;
  }

  errors.sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
  if (errors.length > 0 || budgetFraction === undefined || windowDays === undefined || elapsedDays === undefined) {
    return { ok: false, errors };
  }

  const share = elapsedDays / windowDays;
  let report: BudgetReport;
  if (input.measure === 'events') {
    if (bad === undefined || total === undefined) return { ok: false, errors };
    const errorRate = bad / total;
    const projectedEvents = total / share;
    report = build(input.measure, slo!.value, budgetFraction, windowDays, elapsedDays, errorRate, budgetFraction * projectedEvents, bad, projectedEvents);
  } else {
    if (downtime === undefined) return { ok: false, errors };
    const errorRate = downtime / (elapsedDays * MINUTES_PER_DAY);
    report = build(input.measure, slo!.value, budgetFraction, windowDays, elapsedDays, errorRate, budgetFraction * windowDays * MINUTES_PER_DAY, downtime);
  }
  // Belt and braces: the checks above rule these out, but a NaN must never reach the page.
  const numbers = [report.burnRate, report.budgetTotal, report.used, report.remaining, report.usedFraction, report.errorRate];
  if (report.exhaustion.kind === 'at') numbers.push(report.exhaustion.days);
  if (!numbers.every(Number.isFinite)) {
    return { ok: false, errors: [{ field: 'slo', message: 'These numbers are too extreme to compute with. Try values closer to a real service.' }] };
  }
  return { ok: true, report };
}

const FIELD_ORDER: readonly Field[] = ['slo', 'window', 'elapsed', 'bad', 'total', 'downtime'];

function build(
  measure: Measure,
  slo: number,
  budgetFraction: number,
  windowDays: number,
  elapsedDays: number,
  errorRate: number,
  budgetTotal: number,
  used: number,
  projectedEvents?: number,
): BudgetReport {
  const burnRate = errorRate / budgetFraction;
  const usedFraction = used / budgetTotal;
  const remainingFraction = 1 - usedFraction;
  let exhaustion: Exhaustion;
  if (usedFraction >= 1) exhaustion = { kind: 'exhausted' };
  else if (burnRate === 0) exhaustion = { kind: 'never' };
  else {
    const days = (remainingFraction * windowDays) / burnRate;
    exhaustion = { kind: 'at', days, withinWindow: days <= windowDays - elapsedDays };
  }
  return {
    measure,
    slo,
    budgetFraction,
    windowDays,
    elapsedDays,
    errorRate,
    burnRate,
    budgetTotal,
    used,
    remaining: budgetTotal - used,
    usedFraction,
    ...(projectedEvents === undefined ? {} : { projectedEvents }),
    exhaustion,
  };
}

/** The report as the page words it. */
export interface PresentedReport {
  readonly budgetTotal: string;
  readonly budgetTotalNote: string;
  readonly used: string;
  readonly remaining: string;
  /** 0–1, for the bar; the text says by how much a budget is overspent. */
  readonly meterValue: number;
  readonly meterText: string;
  readonly burnRate: string;
  readonly burnRateNote: string;
  readonly exhaustion: string;
  readonly exhaustionNote: string;
  /** One sentence for the live region. */
  readonly summary: string;
}

export function presentReport(report: BudgetReport): PresentedReport {
  const windowText = `${formatSignificant(report.windowDays)}-day window`;
  const amount = (value: number) =>
    report.measure === 'events' ? `${formatCount(value)} ${Math.round(value) === 1 ? 'event' : 'events'}` : formatDuration(value * 60);
  const overspent = report.remaining < 0;
  const remainingShare = Math.max(0, 1 - report.usedFraction);

  const budgetTotal = report.measure === 'events' ? `${formatCount(report.budgetTotal)} bad events` : `${formatDuration(report.budgetTotal * 60)} of downtime`;
  const budgetTotalNote =
    report.measure === 'events'
      ? report.elapsedDays < report.windowDays
        ? `${formatPercent(report.budgetFraction)} of the ${formatCount(report.projectedEvents!)} events expected over the ${windowText}, if traffic continues as so far`
        : `${formatPercent(report.budgetFraction)} of the ${formatCount(report.projectedEvents!)} events of the ${windowText}`
      : `${formatPercent(report.budgetFraction)} of the ${windowText}`;

  const used = `${amount(report.used)} (${formatPercent(report.usedFraction)})`;
  const remaining = overspent
    ? `None: overspent by ${amount(-report.remaining)} (${formatPercent(report.usedFraction - 1)})`
    : `${amount(report.remaining)} (${formatPercent(remainingShare)})`;
  const meterText = overspent
    ? `${formatPercent(report.usedFraction)} used: overspent`
    : `${formatPercent(report.usedFraction)} used, ${formatPercent(remainingShare)} left`;

  const burnRate = formatRate(report.burnRate);
  const burnRateNote =
    report.burnRate === 0
      ? 'Nothing failed: no budget is being spent.'
      : report.burnRate < 1
        ? `Slower than 1×: at this rate the ${windowText} ends with budget to spare.`
        : report.burnRate === 1
          ? `Exactly 1×: at this rate the budget runs out as the ${windowText} ends.`
          : `Faster than 1×: at this rate a full budget lasts ${formatDuration((report.windowDays / report.burnRate) * 86_400)}, not the whole ${windowText}.`;

  let exhaustion: string;
  let exhaustionNote: string;
  const exhausted = report.exhaustion;
  switch (exhausted.kind) {
    case 'never':
      exhaustion = 'Never';
      exhaustionNote = 'Nothing is failing, so the budget is not being spent.';
      break;
    case 'exhausted':
      exhaustion = 'Already spent';
      exhaustionNote = 'The budget for this window is gone: by the usual error-budget policy, risky changes wait and reliability work comes first.';
      break;
    case 'at': {
      exhaustion = formatDuration(exhausted.days * 86_400);
      const left = report.windowDays - report.elapsedDays;
      exhaustionNote = exhausted.withinWindow
        ? `On day ${formatSignificant(report.elapsedDays + exhausted.days)} of the ${windowText}, ${formatDuration((left - exhausted.days) * 86_400)} before it ends.`
        : left === 0
          ? 'The window has ended with budget to spare.'
          : `Later than the window’s end, ${formatDuration(left * 86_400)} from now: the budget lasts the window at this rate.`;
      break;
    }
  }

  const summary =
    exhausted.kind === 'exhausted'
      ? `The error budget is spent: ${formatPercent(report.usedFraction)} used, burning at ${burnRate}.`
      : `${formatPercent(report.usedFraction)} of the error budget used, ${formatPercent(remainingShare)} left. Burn rate ${burnRate}; ${
          exhausted.kind === 'never'
            ? 'the budget is not being spent.'
            : `at this rate it runs out in ${exhaustion}${exhausted.withinWindow ? ', before the window ends' : ', after the window ends'}.`
        }`;

  return {
    budgetTotal,
    budgetTotalNote,
    used,
    remaining,
    meterValue: Math.min(1, report.usedFraction),
    meterText,
    burnRate,
    burnRateNote,
    exhaustion,
    exhaustionNote,
    summary,
  };
}
