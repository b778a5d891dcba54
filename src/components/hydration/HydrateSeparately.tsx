/**
 * A Suspense boundary that nothing suspends in: the server renders its children as usual, and while the page
 * hydrates React leaves them for a later pass of their own (at the lowest priority, one boundary at a time, each
 * with its own commit) instead of committing the whole page in one long task. A click or key press inside a part
 * not yet hydrated hydrates that part first, and React replays the event. See README.md "Performance".
 */
import { type ReactNode, Suspense } from 'react';

export default function HydrateSeparately({ children }: { children: ReactNode }): ReactNode {
  return <Suspense fallback={null}>{children}</Suspense>;
}
