import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { findQuestion } from '@site/src/components/study-session/questions-and-topics';
import { classes as styles } from '@site/src/components/study-session/stylesheet-classes';
import { progressStore } from '@site/src/study/browser/progress-store';
import { describeChanges } from '@site/src/study/describe-changes';
import { writeProgress, type Progress } from '@site/src/study/progress';
import { countChanges, diffProgress, type ProgressDiff } from '@site/src/study/progress-merge';
import { isTransferFragment, transferProblemMessage } from '@site/src/study/transfer-link';
import { progressFromFragment } from '@site/src/study/transfer-progress';

/** Names the other device in the line that separates its note from this browser's, when both have one. */
const TRANSFER_SOURCE = 'another device';

type Arrival =
  | { readonly state: 'problem'; readonly message: string }
  | { readonly state: 'preview'; readonly diff: ProgressDiff; readonly incoming: Progress; readonly skipped: number };

/** The link has done its job (or failed): take it out of the address bar, so a reload or a bookmark does not offer it again. */
function forgetFragment(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', pathname + search);
}

const questionName = (id: number) => findQuestion(id)?.title ?? `Question ${id} (no longer on this site)`;
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function QuestionList({ title, ids }: { title: string; ids: readonly number[] }): ReactNode {
  if (ids.length === 0) return null;
  return (
    <>
      <h3>
        {title} ({ids.length})
      </h3>
      <ul>
        {ids.map((id) => (
          <li key={id}>{questionName(id)}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * Opening a transfer link (/study#transfer=…): shows what would change and
 * merges only when the reader confirms. A link that cannot be read is
 * explained and changes nothing.
 */
export default function TransferArrival(): ReactNode {
  // Followed here rather than through the router: forgetFragment() bypasses the router, and opening the
  // same link again in this tab is then a hash change the router would not report as one.
  const [hash, setHash] = useState(() => window.location.hash);
  const [finished, setFinished] = useState('');
  // Which link it is about: another link opened on this page starts afresh.
  const [read, setRead] = useState<{ readonly hash: string; readonly arrival: Arrival } | undefined>(undefined);
  const headingId = useId();
  const region = useRef<HTMLElement>(null);

  useEffect(() => {
    const onHashChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  useEffect(() => {
    if (!isTransferFragment(hash)) return;
    let current = true;
    void progressFromFragment(hash).then((result) => {
      if (!current) return;
      setRead({
        hash,
        arrival: result.ok
          ? {
              state: 'preview',
              diff: diffProgress(progressStore.getSnapshot().progress, result.progress, { now: new Date(), source: TRANSFER_SOURCE }),
              incoming: result.progress,
              skipped: result.skipped,
            }
          : { state: 'problem', message: transferProblemMessage(result.problem) },
      });
    });
    return () => {
      current = false;
    };
  }, [hash]);

  // The reader came for this: take them to it, as a dialog would, without trapping them.
  const arrival = read?.hash === hash ? read.arrival : undefined;
  const shown = arrival?.state;
  useEffect(() => {
    if (shown === 'preview' || shown === 'problem') region.current?.focus();
  }, [shown]);

  if (!isTransferFragment(hash)) return finished ? <p role="status">{finished}</p> : null;
  if (!arrival) return <p role="status">Reading the transfer link…</p>;

  const finish = (message: string) => {
    forgetFragment();
    setHash('');
    setRead(undefined);
    setFinished(message);
  };
  const merge = (incoming: Progress) => {
    // The one merge (and save) that file imports use too, against this browser's progress as it is now.
    const result = progressStore.importText(writeProgress(incoming), { source: TRANSFER_SOURCE });
    if (!result.ok) finish('The progress could not be merged. Nothing was changed.');
    else if (!result.saved)
      finish(`Merged: ${describeChanges(result.diff)}. This browser could not save the result: it lasts until you leave. Export it to keep it.`);
    else finish(`Merged: ${describeChanges(result.diff)}.`);
  };

  switch (arrival.state) {
    case 'problem':
      return (
        <section ref={region} tabIndex={-1} className="alert alert--danger margin-bottom--md" aria-labelledby={headingId}>
          <h2 id={headingId}>This transfer link cannot be used</h2>
          <p>{arrival.message}</p>
          <button type="button" className={styles.secondaryButton} onClick={() => finish('')}>
            Dismiss
          </button>
        </section>
      );
    case 'preview': {
      const { diff, incoming, skipped } = arrival;
      const anything = countChanges(diff) > 0;
      return (
        <section ref={region} tabIndex={-1} className="alert alert--info margin-bottom--md" aria-labelledby={headingId}>
          <h2 id={headingId}>Progress from another device</h2>
          <p>
            {anything
              ? 'Merging adds this to the progress in this browser. For each question the more recent grade wins, and both texts of a note are kept, so nothing here is lost.'
              : 'This browser already has everything in this link.'}
          </p>
          <QuestionList title="New grades" ids={diff.newGrades} />
          <QuestionList title="Newer grades, which replace this browser’s" ids={diff.newerGrades} />
          <QuestionList title="New notes" ids={diff.addedNotes} />
          <QuestionList title="Notes added to yours (both texts kept)" ids={diff.changedNotes} />
          {diff.olderGrades.length > 0 && (
            <p>
              {plural(
                diff.olderGrades.length,
                'question has a grade here that is as recent or newer; it stays.',
                'questions have a grade here that is as recent or newer; they stay.',
              )}
            </p>
          )}
          {skipped > 0 && (
            <p>{plural(skipped, 'entry in the link could not be read and will be left out.', 'entries in the link could not be read and will be left out.')}</p>
          )}
          <div className={styles.inlineButtons}>
            {anything && (
              <button type="button" className={styles.primaryButton} onClick={() => merge(incoming)}>
                Merge into this browser
              </button>
            )}
            <button type="button" className={styles.secondaryButton} onClick={() => finish(anything ? 'Cancelled. Nothing was changed.' : '')}>
              {anything ? 'Cancel' : 'Close'}
            </button>
          </div>
        </section>
      );
    }
  }
}
