import { useId, type ReactNode } from 'react';
import GuideStylesheet from './GuideStylesheet';
import { DAYS_PER_YEAR, ninesTable, PERIODS } from './nines';
import ScrollableTable from './ScrollableTable';

/**
 * Downtime allowed by each availability target per day, week, 30 days and
 * year. Computed when the page is rendered (at build time, so the values are
 * in the static HTML), never typed by hand; see nines.ts.
 */
export default function NinesTable(): ReactNode {
  const captionId = useId();
  const rows = ninesTable();
  return (
    <>
      <GuideStylesheet />
      <ScrollableTable captionId={captionId}>
        <caption id={captionId} className="guide-caption">
          Downtime each target allows per period
        </caption>
        <thead>
          <tr>
            <th scope="col">Target (error budget)</th>
            {PERIODS.map((period) => (
              <th scope="col" key={period.id} className="guide-number">
                {period.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.target}>
              <th scope="row">
                {row.target}
                <span className="guide-working">({row.budget})</span>
              </th>
              {row.cells.map((cell) => (
                <td key={cell.period.id} className="guide-number">
                  <time dateTime={cell.iso}>{cell.text}</time>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
      <p className="guide-table-note">
        Computed as (1 − SLO) × period when the site is built. A year is {DAYS_PER_YEAR} days; with 365.25 days each yearly figure would be 0.07% larger.
      </p>
    </>
  );
}
