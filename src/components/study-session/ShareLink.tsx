import { useState, type ReactNode } from 'react';
import { writeWithClipboardApi } from '@site/src/copy-link/clipboard';
import type { MockPlan } from '@site/src/study/session-options';
import { classes as styles } from './stylesheet-classes';
import { useStudyNavigation } from './useStudyNavigation';

/** The mock interview's own link: a peer who opens it gets the same questions in the same order. */
export default function ShareLink({ plan }: { plan: MockPlan }): ReactNode {
  const { sessionUrl } = useStudyNavigation();
  const url = new URL(sessionUrl(plan), window.location.origin).href;
  const [copied, setCopied] = useState<boolean | undefined>(undefined);
  // writeWithClipboardApi never rejects: a missing or refusing clipboard resolves to false, a failed copy.
  const copy = () => void writeWithClipboardApi(url).then(setCopied);
  return (
    <div className={styles.share}>
      <p>
        Same questions, same order, for a peer: <a href={url}>{url}</a>
      </p>
      <button type="button" className={styles.secondaryButton} onClick={copy}>
        Copy link
      </button>{' '}
      <span role="status">{copied === true ? 'Link copied.' : copied === false ? 'Could not copy: select the link instead.' : ''}</span>
    </div>
  );
}
