/**
 * Burn-rate alerting arithmetic (multi-window, multi-burn-rate alerts, as in
 * Google's SRE Workbook, chapter "Alerting on SLOs").
 *
 * A burn rate of 1 spends exactly the whole error budget over the SLO window.
 * An alert that fires at burn rate b after looking back over a window w has,
 * by the time it fires, spent b × w / (SLO window) of the budget.
 */
import { formatDuration, formatPercent, formatRate, formatSignificant } from './format';

const HOURS_PER_DAY = 24;

/** Share of the SLO window's budget spent by burning at `burnRate` for `hours`. */
export function budgetShare(burnRate: number, hours: number, sloWindowDays: number): number {
  return (burnRate * hours) / (sloWindowDays * HOURS_PER_DAY);
}

/** The burn rate that spends `share` of the budget in `hours`: the inverse of budgetShare. */
export function burnRateForShare(share: number, hours: number, sloWindowDays: number): number {
  return (share * sloWindowDays * HOURS_PER_DAY) / hours;
}

/** Hours until a full budget is gone at a constant burn rate: window ÷ burn rate. */
export function hoursToExhaustion(burnRate: number, sloWindowDays: number): number {
  return (sloWindowDays * HOURS_PER_DAY) / burnRate;
}

/**
 * Hours until an alert over a `longWindowHours` window fires once a share
 * `errorRate` of events starts failing: the window's error rate must reach
 * burnRate × budgetFraction. A full outage (errorRate 1) at 14.4× with a
 * 99.9% SLO trips a 1-hour window after 0.0144 h ≈ 52 s.
 */
export function detectionHours(burnRate: number, budgetFraction: number, errorRate: number, longWindowHours: number): number {
  return ((burnRate * budgetFraction) / errorRate) * longWindowHours;
}

export interface AlertPolicy {
  readonly severity: 'page' | 'ticket';
  readonly burnRate: number;
  readonly longWindowHours: number;
  /** The short window confirms the burn is still going on, so the alert resets soon after a fix. */
  readonly shortWindowHours: number;
}

/** The SRE Workbook's recommended starting point for a 30-day SLO window. */
export const WORKBOOK_POLICIES: readonly AlertPolicy[] = [
  { severity: 'page', burnRate: 14.4, longWindowHours: 1, shortWindowHours: 5 / 60 },
  { severity: 'page', burnRate: 6, longWindowHours: 6, shortWindowHours: 0.5 },
  { severity: 'ticket', burnRate: 1, longWindowHours: 72, shortWindowHours: 6 },
];

export interface AlertRow {
  readonly policy: AlertPolicy;
  /** "14.4×" */
  readonly burnRate: string;
  /** "1 h" */
  readonly longWindow: string;
  /** "5 min" */
  readonly shortWindow: string;
  readonly share: number;
  /** "2%" */
  readonly shareText: string;
  /** "14.4 × 1 h ÷ 720 h": the working, in hours */
  readonly shareWorking: string;
  /** "1.44%": the error rate that trips the alert at this SLO */
  readonly errorRate: string;
}

/** Every figure of the alerting table, computed for an SLO window and target. */
export function alertRows(budgetFraction: number, sloWindowDays = 30, policies: readonly AlertPolicy[] = WORKBOOK_POLICIES): AlertRow[] {
  const windowHours = sloWindowDays * HOURS_PER_DAY;
  return policies.map((policy) => {
    const share = budgetShare(policy.burnRate, policy.longWindowHours, sloWindowDays);
    const longWindow = formatDuration(policy.longWindowHours * 3600);
    return {
      policy,
      burnRate: formatRate(policy.burnRate),
      longWindow,
      shortWindow: formatDuration(policy.shortWindowHours * 3600),
      share,
      shareText: formatPercent(share),
      shareWorking: `${formatSignificant(policy.burnRate)} × ${formatSignificant(policy.longWindowHours)} h ÷ ${formatSignificant(windowHours)} h`,
      errorRate: formatPercent(policy.burnRate * budgetFraction),
    };
  });
}
