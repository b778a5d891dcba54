/**
 * Figures quoted in a guide's prose, computed rather than typed, so the text
 * can never disagree with the tables and the calculator.
 */
import type { ReactNode } from 'react';
import { budgetShare, detectionHours, hoursToExhaustion } from './burnRate';
import { formatDuration, formatPercent } from './format';
import { allowedDowntimeSeconds, errorBudgetFraction, SECONDS_PER_DAY } from './nines';

/** `<AllowedDowntime slo="99.9" days={30} />` → "43.2 min". */
export function AllowedDowntime({ slo, days }: { slo: string; days: number }): ReactNode {
  return formatDuration(allowedDowntimeSeconds(slo, days * SECONDS_PER_DAY));
}

/** `<BudgetShare burnRate={14.4} hours={1} />` → "2%" of a 30-day budget. */
export function BudgetShare({ burnRate, hours, windowDays = 30 }: { burnRate: number; hours: number; windowDays?: number }): ReactNode {
  return formatPercent(budgetShare(burnRate, hours, windowDays));
}

/** `<TimeToExhaustion burnRate={14.4} />` → "2.08 days" for a full 30-day budget. */
export function TimeToExhaustion({ burnRate, windowDays = 30 }: { burnRate: number; windowDays?: number }): ReactNode {
  return formatDuration(hoursToExhaustion(burnRate, windowDays) * 3600);
}

/**
 * `<DetectionTime burnRate={14.4} slo="99.9" errorRate={1} hours={1} />` →
 * "51.8 s": how soon a burn-rate alert over a `hours` window fires when a
 * share `errorRate` of events fails (1 = a full outage).
 */
export function DetectionTime({ burnRate, slo, errorRate, hours }: { burnRate: number; slo: string; errorRate: number; hours: number }): ReactNode {
  return formatDuration(detectionHours(burnRate, errorBudgetFraction(slo), errorRate, hours) * 3600);
}
