import useBaseUrl from '@docusaurus/useBaseUrl';
import type { ReactNode } from 'react';

/**
 * A plain link within the site. Docusaurus's <Link> downloads the code of any
 * page it links to as soon as the link is on screen; the question and topic
 * pages' code contains the answer, which a quiz page must not fetch before the
 * reader asks for it. A click still opens the page, with a full load.
 */
export default function NoPrefetchLink({ to, className, children }: { to: string; className?: string; children: ReactNode }): ReactNode {
  return (
    <a href={useBaseUrl(to)} className={className}>
      {children}
    </a>
  );
}
