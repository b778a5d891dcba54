import useIsBrowser from '@docusaurus/useIsBrowser';
import { useId, useState, type ReactNode } from 'react';
import { calculate, EXAMPLE_INPUT, presentReport, type CalculatorInput, type Field, type FieldError, type Measure } from './errorBudget';
import GuideStylesheet from './GuideStylesheet';

interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly hint: string;
  readonly value: string;
  readonly error: FieldError | undefined;
  readonly disabled: boolean;
  readonly onChange: (value: string) => void;
}

/**
 * A text field for a number: type="text" with a decimal keypad, not
 * type="number", so the calculator sees what was typed ("abc", "99,9") and
 * can say what is wrong with it.
 */
function NumberField({ id, label, unit, hint, value, error, disabled, onChange }: FieldProps): ReactNode {
  return (
    <div className="guide-field">
      <label htmlFor={id} className="guide-label">
        {label}
      </label>
      <span id={`${id}-hint`} className="guide-hint">
        {hint}
      </span>
      <span className="guide-input-row">
        <input
          id={id}
          className="guide-input"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={value}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-unit ${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(event) => onChange(event.target.value)}
        />
        <span id={`${id}-unit`} className="guide-unit">
          {unit}
        </span>
      </span>
      {error && (
        <span id={`${id}-error`} className="guide-error">
          {error.message}
        </span>
      )}
    </div>
  );
}

/** What the live region says while an input is invalid: the first problem, and how many more. */
function errorSummary(errors: readonly FieldError[]): string {
  const [first, ...others] = errors;
  const more = others.length === 0 ? '' : ` (and ${others.length} more ${others.length === 1 ? 'problem' : 'problems'} above)`;
  return `No results yet. ${first?.message ?? 'Check the values above.'}${more}`;
}

const MEASURES: readonly { value: Measure; label: string }[] = [
  { value: 'events', label: 'Bad and total events' },
  { value: 'downtime', label: 'Minutes of downtime' },
];

/**
 * The error-budget calculator: SLO, window, time observed and what was
 * measured in; budget, used, remaining (with a bar), burn rate and time to
 * exhaustion out. The arithmetic and the wording live in errorBudget.ts.
 *
 * Without JavaScript the static HTML shows the results for the example
 * values, the fields disabled, and a note saying so.
 */
export default function ErrorBudgetCalculator(): ReactNode {
  const id = useId();
  const isBrowser = useIsBrowser();
  const [input, setInput] = useState<CalculatorInput>(EXAMPLE_INPUT);
  const result = calculate(input);
  const presented = result.ok ? presentReport(result.report) : undefined;
  const errorFor = (field: Field) => (result.ok ? undefined : result.errors.find((error) => error.field === field));
  const field = (name: Field, label: string, unit: string, hint: string) => (
    <NumberField
      id={`${id}-${name}`}
      label={label}
      unit={unit}
      hint={hint}
      value={input[name]}
      error={errorFor(name)}
      disabled={!isBrowser}
      onChange={(value) => setInput((previous) => ({ ...previous, [name]: value }))}
    />
  );

  return (
    <div className="guide-calculator">
      <GuideStylesheet />
      <noscript>
        <p className="guide-note">
          This calculator needs JavaScript, which is turned off. Below are its results for the example values; the formulas above give the same by hand.
        </p>
      </noscript>
      <form className="guide-form" aria-label="Error budget calculator" noValidate onSubmit={(event) => event.preventDefault()}>
        <div className="guide-fields">
          {field('slo', 'SLO target', '%', 'For example 99.9')}
          {field('window', 'SLO window', 'days', 'Often 28 or 30')}
          {field('elapsed', 'Time observed so far', 'days', 'How far into the window your numbers go')}
        </div>
        <fieldset className="guide-toggle">
          <legend className="guide-label">What you measured</legend>
          <div className="guide-toggle-options">
            {MEASURES.map((measure) => (
              <label key={measure.value} className="guide-toggle-option">
                <input
                  type="radio"
                  name={`${id}-measure`}
                  value={measure.value}
                  checked={input.measure === measure.value}
                  disabled={!isBrowser}
                  onChange={() => setInput((previous) => ({ ...previous, measure: measure.value }))}
                />
                {measure.label}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="guide-fields">
          {input.measure === 'events' ? (
            <>
              {field('bad', 'Bad events', 'events', 'Failed valid events in the time observed')}
              {field('total', 'Total events', 'events', 'All valid events in the time observed')}
            </>
          ) : (
            field('downtime', 'Downtime', 'min', 'Minutes down in the time observed')
          )}
        </div>
      </form>

      <section className="guide-results" aria-labelledby={`${id}-results`}>
        <h3 id={`${id}-results`} className="guide-results-heading">
          Results
        </h3>
        <p className="guide-summary" aria-live="polite">
          {result.ok ? presented!.summary : errorSummary(result.errors)}
        </p>
        {presented && (
          <>
            <dl className="guide-figures">
              <div>
                <dt>Error budget for the window</dt>
                <dd>
                  <strong data-result="budget">{presented.budgetTotal}</strong>
                  <span className="guide-hint">{presented.budgetTotalNote}</span>
                </dd>
              </div>
              <div>
                <dt>Used</dt>
                <dd data-result="used">{presented.used}</dd>
              </div>
              <div>
                <dt>Remaining</dt>
                <dd data-result="remaining">{presented.remaining}</dd>
              </div>
              <div>
                <dt>Current burn rate</dt>
                <dd>
                  <strong data-result="burn-rate">{presented.burnRate}</strong>
                  <span className="guide-hint">{presented.burnRateNote}</span>
                </dd>
              </div>
              <div>
                <dt>Time to exhaustion at this rate</dt>
                <dd>
                  <strong data-result="exhaustion">{presented.exhaustion}</strong>
                  <span className="guide-hint">{presented.exhaustionNote}</span>
                </dd>
              </div>
            </dl>
            <div className="guide-meter-row">
              <label htmlFor={`${id}-meter`} className="guide-label">
                Error budget used
              </label>
              <meter
                id={`${id}-meter`}
                className="guide-meter"
                min={0}
                max={1}
                low={0.5}
                high={0.8}
                optimum={0}
                value={presented.meterValue}
                aria-describedby={`${id}-meter-text`}>
                {presented.meterText}
              </meter>
              <span id={`${id}-meter-text`} data-result="meter">
                {presented.meterText}
              </span>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
