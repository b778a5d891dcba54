import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, EXAMPLE_INPUT, parseNumber, presentReport, type CalculatorInput, type Field } from '../../../src/components/guides/errorBudget.ts';

const events = (overrides: Partial<CalculatorInput> = {}): CalculatorInput => ({ ...EXAMPLE_INPUT, measure: 'events', ...overrides });
const downtime = (overrides: Partial<CalculatorInput> = {}): CalculatorInput => ({ ...EXAMPLE_INPUT, measure: 'downtime', ...overrides });

function report(input: CalculatorInput) {
  const result = calculate(input);
  if (!result.ok) throw new Error(`expected valid input, got ${JSON.stringify(result.errors)}`);
  return result.report;
}

function errors(input: CalculatorInput): Partial<Record<Field, string>> {
  const result = calculate(input);
  if (result.ok) throw new Error('expected the input to be refused');
  return Object.fromEntries(result.errors.map((error) => [error.field, error.message]));
}

describe('error budget from events', () => {
  it('works the example: 1,200 bad of 1,000,000 at 99.9%, 10 days into 30', () => {
    const r = report(EXAMPLE_INPUT);
    expect(r.budgetFraction).toBe(0.001);
    expect(r.errorRate).toBeCloseTo(0.0012, 15);
    expect(r.burnRate).toBeCloseTo(1.2, 12);
    expect(r.projectedEvents).toBeCloseTo(3_000_000, 6);
    expect(r.budgetTotal).toBeCloseTo(3000, 6);
    expect(r.used).toBe(1200);
    expect(r.remaining).toBeCloseTo(1800, 6);
    expect(r.usedFraction).toBeCloseTo(0.4, 12);
    expect(r.exhaustion).toMatchObject({ kind: 'at', withinWindow: true });
    expect(r.exhaustion.kind === 'at' && r.exhaustion.days).toBeCloseTo(15, 9);

    const { meterValue, ...texts } = presentReport(r);
    expect(meterValue).toBeCloseTo(0.4, 12);
    expect(texts).toEqual({
      budgetTotal: '3,000 bad events',
      budgetTotalNote: '0.1% of the 3,000,000 events expected over the 30-day window, if traffic continues as so far',
      used: '1,200 events (40%)',
      remaining: '1,800 events (60%)',
      meterText: '40% used, 60% left',
      burnRate: '1.2×',
      burnRateNote: 'Faster than 1×: at this rate a full budget lasts 25 days, not the whole 30-day window.',
      exhaustion: '15 days',
      exhaustionNote: 'On day 25 of the 30-day window, 5 days before it ends.',
      summary: '40% of the error budget used, 60% left. Burn rate 1.2×; at this rate it runs out in 15 days, before the window ends.',
    });
  });

  it('a whole window observed needs no projection', () => {
    const r = report(events({ window: '30', elapsed: '30', bad: '500', total: '1000000' }));
    expect(r.budgetTotal).toBeCloseTo(1000, 9);
    expect(r.usedFraction).toBeCloseTo(0.5, 12);
    expect(r.burnRate).toBeCloseTo(0.5, 12);
    expect(presentReport(r).budgetTotalNote).toBe('0.1% of the 1,000,000 events of the 30-day window');
    expect(presentReport(r).exhaustionNote).toBe('The window has ended with budget to spare.');
  });

  it('no bad events: nothing is spent and the budget never runs out', () => {
    const r = report(events({ bad: '0' }));
    expect(r.burnRate).toBe(0);
    expect(r.exhaustion).toEqual({ kind: 'never' });
    expect(presentReport(r).exhaustion).toBe('Never');
    expect(presentReport(r).summary).toMatch(/not being spent/);
  });

  it('a slow burn lasts past the window', () => {
    const r = report(events({ bad: '500' })); // 0.05% errors: 0.5×
    expect(r.burnRate).toBeCloseTo(0.5, 12);
    expect(r.exhaustion).toMatchObject({ kind: 'at', withinWindow: false });
    expect(presentReport(r).exhaustionNote).toBe('Later than the window’s end, 20 days from now: the budget lasts the window at this rate.');
  });

  it('an overspent budget says by how much, and the bar stops at full', () => {
    const r = report(events({ bad: '4000' })); // 4,000 of a 3,000-event budget
    expect(r.usedFraction).toBeCloseTo(4 / 3, 12);
    expect(r.exhaustion).toEqual({ kind: 'exhausted' });
    const shown = presentReport(r);
    expect(shown.remaining).toBe('None: overspent by 1,000 events (33.3%)');
    expect(shown.meterValue).toBe(1);
    expect(shown.meterText).toBe('133% used: overspent');
    expect(shown.exhaustion).toBe('Already spent');
  });
});

describe('error budget from downtime', () => {
  it('20 minutes down in the first 10 days of a 99.9%, 30-day SLO', () => {
    const r = report(downtime({ downtime: '20' }));
    expect(r.budgetTotal).toBeCloseTo(43.2, 12);
    expect(r.usedFraction).toBeCloseTo(20 / 43.2, 12);
    expect(r.burnRate).toBeCloseTo(20 / 14_400 / 0.001, 12);
    const shown = presentReport(r);
    expect(shown.budgetTotal).toBe('43.2 min of downtime');
    expect(shown.used).toBe('20 min (46.3%)');
    expect(shown.remaining).toBe('23.2 min (53.7%)');
    expect(shown.burnRate).toBe('1.39×');
    expect(shown.exhaustion).toBe('11.6 days');
  });

  it('accepts what people type: "99.9%", "1,000,000", "1 000 000", "0.5"', () => {
    expect(report(events({ slo: '99.9%', total: '1,000,000' })).budgetTotal).toBeCloseTo(3000, 6);
    expect(report(events({ slo: ' 99.9 ', total: '1 000 000' })).budgetTotal).toBeCloseTo(3000, 6);
    expect(report(downtime({ downtime: '0.5' })).used).toBe(0.5);
  });
});

describe('invalid input gets a clear message, never a number', () => {
  it('an SLO of 100% has no budget', () => {
    expect(errors(events({ slo: '100' })).slo).toMatch(/^An SLO of 100% leaves no error budget/);
    expect(errors(events({ slo: '100%' })).slo).toMatch(/^An SLO of 100% leaves no error budget/);
  });

  it.each<[string, Partial<CalculatorInput>, Field, RegExp]>([
    ['text', { slo: 'abc' }, 'slo', /^“abc” is not a number\. Enter the SLO target in digits, for example 99\.9\.$/],
    ['an empty field', { total: '' }, 'total', /^Enter the number of total events/],
    ['a decimal comma', { slo: '99,9' }, 'slo', /^Write decimals with a point: 99\.9, not 99,9\.$/],
    ['an exponent', { total: '1e6' }, 'total', /is not a number/],
    ['a negative SLO', { slo: '-99.9' }, 'slo', /^The SLO target cannot be negative\.$/],
    ['a negative count', { bad: '-1' }, 'bad', /^The number of bad events cannot be negative\.$/],
    ['a negative window (Unicode minus)', { window: '−30' }, 'window', /^The window cannot be negative\.$/],
    ['an SLO above 100%', { slo: '101' }, 'slo', /cannot be above 100%/],
    ['an SLO written as a fraction', { slo: '0.999' }, 'slo', /in percent/],
    ['too many decimals', { slo: '99.9999999' }, 'slo', /at most 6 decimal places/],
    ['zero total events', { bad: '0', total: '0' }, 'total', /^Total events must be at least 1/],
    ['bad above total', { bad: '2000', total: '1000' }, 'bad', /^Bad events \(2,000\) cannot be more than total events \(1,000\)/],
    ['fractional events', { bad: '1.5' }, 'bad', /whole number/],
    ['a zero window', { window: '0' }, 'window', /longer than 0 days/],
    ['a huge window', { window: '1000' }, 'window', /at most 366 days/],
    ['zero time observed', { elapsed: '0' }, 'elapsed', /longer than 0 days/],
    ['more time observed than the window', { elapsed: '40' }, 'elapsed', /^The time observed \(40 days\) cannot be longer than the window \(30 days\)\.$/],
    ['a number too large to compute', { total: '9'.repeat(400) }, 'total', /too large/],
  ])('%s', (_name, overrides, field, message) => {
    expect(errors(events(overrides))[field]).toMatch(message);
  });

  it('downtime longer than the time observed', () => {
    expect(errors(downtime({ downtime: '20000' })).downtime).toBe('Downtime (20,000 min) cannot be longer than the time observed (10 days = 14,400 min).');
  });

  it('only checks the fields of the chosen measure', () => {
    expect(calculate(downtime({ bad: 'nonsense', total: '0' })).ok).toBe(true);
    expect(calculate(events({ downtime: 'nonsense' })).ok).toBe(true);
  });

  it('reports every problem, in the order of the form', () => {
    const result = calculate(events({ slo: '100', window: 'x', bad: '-1' }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((error) => error.field)).toEqual(['slo', 'window', 'bad']);
  });

  it('parseNumber keeps the decimals it read', () => {
    expect(parseNumber('99.95', 'slo')).toEqual({ ok: true, value: 99.95, decimals: 2 });
    expect(parseNumber('-0', 'bad')).toEqual({ ok: true, value: 0, decimals: 0 });
  });
});

describe('whatever is typed, no NaN or Infinity reaches the page', () => {
  const decimal = (min: number, max: number, digits: number) => fc.double({ min, max, noNaN: true }).map((value) => value.toFixed(digits));
  const anything = fc.oneof(
    fc.constantFrom(
      '',
      ' ',
      '0',
      '-0',
      '1',
      '100',
      '99.9',
      '99.999999',
      '1e308',
      '9'.repeat(320),
      'NaN',
      'Infinity',
      '-1',
      '.5',
      '5.',
      '1,000',
      '99,9',
      'abc',
      '%',
    ),
    fc.double({ noNaN: false }).map(String),
    fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }).map(String),
    fc.string({ maxLength: 12 }),
  );
  /** Mostly valid numbers, from the tiny to the huge, so the arithmetic itself is exercised. */
  const plausible = {
    slo: fc.oneof(decimal(1, 99.999999, 6), decimal(90, 100, 3), fc.constantFrom('99.9', '99.999999', '1')),
    window: fc.oneof(decimal(0.000001, 366, 6), fc.constantFrom('30', '366', '0.000001')),
    elapsed: fc.oneof(decimal(0.000001, 366, 6), fc.constantFrom('30', '0.000001')),
    count: fc.oneof(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }).map(String), fc.nat(1000).map(String)),
    downtime: fc.oneof(decimal(0, 527_040, 3), fc.constantFrom('0', '0.001')),
  };

  function check(typed: CalculatorInput): boolean {
    const result = calculate(typed);
    if (!result.ok) {
      expect(result.errors.length).toBeGreaterThan(0);
      for (const error of result.errors) {
        // A message may quote what was typed ("“Infinity” is not a number"); the rest must not compute one.
        expect(error.message.replace(`“${typed[error.field].trim()}”`, '“…”')).not.toMatch(/NaN|Infinity|undefined/);
      }
      return false;
    }
    const { exhaustion, projectedEvents, measure, ...numbers } = result.report;
    void measure;
    for (const value of [...Object.values(numbers), ...(projectedEvents === undefined ? [] : [projectedEvents])]) {
      expect(Number.isFinite(value)).toBe(true);
    }
    if (exhaustion.kind === 'at') expect(Number.isFinite(exhaustion.days)).toBe(true);
    expect(JSON.stringify(presentReport(result.report))).not.toMatch(/NaN|Infinity|undefined/);
    return true;
  }

  it('any text at all: finite results or messages', () => {
    const input = fc.record({
      slo: anything,
      window: anything,
      elapsed: anything,
      measure: fc.constantFrom<'events' | 'downtime'>('events', 'downtime'),
      bad: anything,
      total: anything,
      downtime: anything,
    });
    fc.assert(
      fc.property(input, (typed) => void check(typed)),
      { numRuns: 3000 },
    );
  });

  it('plausible numbers, extreme ones included: finite results or messages', () => {
    let valid = 0;
    const input = fc.record({
      slo: plausible.slo,
      window: plausible.window,
      elapsed: plausible.elapsed,
      measure: fc.constantFrom<'events' | 'downtime'>('events', 'downtime'),
      bad: plausible.count,
      total: plausible.count,
      downtime: plausible.downtime,
    });
    fc.assert(
      fc.property(input, (typed) => void (check(typed) && (valid += 1))),
      { numRuns: 3000 },
    );
    expect(valid, 'inputs that were valid and computed').toBeGreaterThan(300);
  });
});
