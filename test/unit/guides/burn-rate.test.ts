import { describe, expect, it } from 'vitest';
import { alertRows, budgetShare, burnRateForShare, detectionHours, hoursToExhaustion, WORKBOOK_POLICIES } from '../../../src/components/guides/burnRate.ts';

describe('burn-rate alerting', () => {
  it('a page at 14.4× over 1 h spends 2% of a 30-day budget', () => {
    expect(budgetShare(14.4, 1, 30)).toBeCloseTo(0.02, 12);
  });

  it('a page at 6× over 6 h spends 5% of a 30-day budget', () => {
    expect(budgetShare(6, 6, 30)).toBeCloseTo(0.05, 12);
  });

  it('burnRateForShare is the inverse: 2% in 1 h is 14.4×, 5% in 6 h is 6×', () => {
    expect(burnRateForShare(0.02, 1, 30)).toBeCloseTo(14.4, 12);
    expect(burnRateForShare(0.05, 6, 30)).toBeCloseTo(6, 12);
  });

  it('a full budget lasts the window divided by the burn rate', () => {
    expect(hoursToExhaustion(1, 30)).toBe(720);
    expect(hoursToExhaustion(14.4, 30)).toBeCloseTo(50, 12);
    expect(hoursToExhaustion(6, 30)).toBe(120);
  });

  it('a full outage trips the 14.4× page of a 99.9% SLO in about 52 seconds', () => {
    expect(detectionHours(14.4, 0.001, 1, 1) * 3600).toBeCloseTo(51.84, 9);
  });

  it('words the SRE Workbook table for a 99.9%, 30-day SLO', () => {
    expect(
      alertRows(0.001, 30, WORKBOOK_POLICIES).map((row) => [
        row.policy.severity,
        row.burnRate,
        row.longWindow,
        row.shortWindow,
        row.errorRate,
        row.shareText,
        row.shareWorking,
      ]),
    ).toEqual([
      ['page', '14.4×', '1 h', '5 min', '1.44%', '2%', '14.4 × 1 h ÷ 720 h'],
      ['page', '6×', '6 h', '30 min', '0.6%', '5%', '6 × 6 h ÷ 720 h'],
      ['ticket', '1×', '3 days', '6 h', '0.1%', '10%', '1 × 72 h ÷ 720 h'],
    ]);
  });
});
