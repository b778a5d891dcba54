import useIsBrowser from '@docusaurus/useIsBrowser';
import { useId, type ReactNode } from 'react';
import { useProgressState } from '@site/src/components/study/useStudyStores';
import { dueToday } from '@site/src/study/due';
import { questions } from './questions-and-topics';
import { classes as styles } from './stylesheet-classes';
import { useStudyNavigation } from './useStudyNavigation';

/**
 * One click to review what is due today, longest overdue first. The count
 * depends on this browser's progress, so the static HTML holds a line of the
 * same height that the browser replaces.
 */
export default function TodayReviews(): ReactNode {
  const { progress } = useProgressState();
  const isBrowser = useIsBrowser();
  const { start } = useStudyNavigation();
  const headingId = useId();
  const known = new Set(questions.map((question) => question.id));
  const due = isBrowser ? dueToday(progress, new Date()).filter((id) => known.has(id)) : [];

  const summary = !isBrowser
    ? 'Questions you grade come back here on the day they are due.'
    : due.length === 0
      ? 'Nothing is due today. Questions you grade come back here on the day they are due.'
      : `${due.length} ${due.length === 1 ? 'question is' : 'questions are'} due today.`;

  return (
    <section className={styles.mode} aria-labelledby={headingId}>
      <h2 id={headingId}>Today’s reviews</h2>
      <p>{summary}</p>
      <button
        type="button"
        className={styles.primaryButton}
        disabled={due.length === 0}
        onClick={() => start({ mode: 'practice', topics: [], kinds: [], seed: '', order: 'source', count: undefined, questionIds: due })}>
        Start today’s reviews{due.length > 0 ? ` (${due.length})` : ''}
      </button>
    </section>
  );
}
