import { useId, type ReactNode } from 'react';
import { alertRows, WORKBOOK_POLICIES, type AlertPolicy } from './burnRate';
import GuideStylesheet from './GuideStylesheet';
import { errorBudgetFraction } from './nines';
import ScrollableTable from './ScrollableTable';

interface Props {
  /** SLO target in percent, as a string so it is exact: "99.9". */
  readonly slo?: string;
  readonly windowDays?: number;
  readonly policies?: readonly AlertPolicy[];
}

/**
 * Multi-window, multi-burn-rate alerts with what each one costs: the share of
 * the window's error budget already spent when it fires, computed from its
 * burn rate and long window (see burnRate.ts), not typed.
 */
export default function AlertTable({ slo = '99.9', windowDays = 30, policies = WORKBOOK_POLICIES }: Props): ReactNode {
  const captionId = useId();
  const rows = alertRows(errorBudgetFraction(slo), windowDays, policies);
  return (
    <>
      <GuideStylesheet />
      <ScrollableTable captionId={captionId}>
        <caption id={captionId} className="guide-caption">
          Burn-rate alerts for a {slo}% SLO over {windowDays} days
        </caption>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Burn rate (error rate)</th>
            <th scope="col">Long window, short window</th>
            <th scope="col">Budget spent when it fires</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.policy.severity}-${row.policy.burnRate}`}>
              <th scope="row">{row.policy.severity === 'page' ? 'Page' : 'Ticket'}</th>
              <td>
                {row.burnRate}
                <span className="guide-working">({row.errorRate} errors)</span>
              </td>
              <td>
                {row.longWindow}, {row.shortWindow}
              </td>
              <td>
                <strong>{row.shareText}</strong>
                <span className="guide-working">= {row.shareWorking}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
      <p className="guide-table-note">
        An alert fires only while the error rate over both its windows is above the threshold. The budget spent is computed as burn rate × long window ÷ SLO
        window.
      </p>
    </>
  );
}
