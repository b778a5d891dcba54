import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on its own when the screen is narrower than
 * it, instead of widening the page. The scrolling box is focusable and named
 * after the table's caption, so keyboard users can scroll it too.
 */
export default function ScrollableTable({ captionId, children }: { captionId: string; children: ReactNode }): ReactNode {
  return (
    <div className="guide-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="guide-table">{children}</table>
    </div>
  );
}
