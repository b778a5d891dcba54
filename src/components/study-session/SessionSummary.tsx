import Link from '@docusaurus/Link';
import { useEffect, useRef, type ReactNode } from 'react';
import { STUDY_PATH } from '@site/contract/urls';
import ProgressBar from '@site/src/components/study/ProgressBar';
import type { FlowState } from '@site/src/study/session-flow';
import type { SessionPlan } from '@site/src/study/session-options';
import { summariseSession } from '@site/src/study/session-summary';
import { findQuestion, topicTitle } from './questions-and-topics';
import { classes as styles } from './stylesheet-classes';
import { useStudyNavigation } from './useStudyNavigation';

/** The end of a session: per topic, what the reader knew and what to review; then the missed questions again. */
export default function SessionSummary({ flow, plan }: { flow: FlowState; plan: SessionPlan }): ReactNode {
  const { sessionUrl } = useStudyNavigation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const summary = summariseSession(flow.questionIds, flow.grades, (id) => findQuestion(id)?.primaryTopic ?? '');
  const missedPlan: SessionPlan = { mode: 'practice', topics: [], kinds: [], seed: '', order: 'source', count: undefined, questionIds: summary.missed };

  return (
    <section className={styles.summary} aria-labelledby="session-summary">
      <h2 id="session-summary" ref={heading} tabIndex={-1}>
        Session summary
      </h2>
      {flow.grades.size === 0 ? (
        <p>You did not grade any question in this session.</p>
      ) : (
        <table className={styles.summaryTable}>
          <caption className="sr-only">Grades per topic</caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Knew it</th>
              <th scope="col">Again</th>
              <th scope="col">Skipped</th>
              <th scope="col">
                <span className="sr-only">As a picture</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.topics.map(({ topic, knew, review, skipped }) => (
              <tr key={topic}>
                <th scope="row">{topicTitle(topic)}</th>
                <td>{knew}</td>
                <td>{review}</td>
                <td>{skipped}</td>
                <td className={styles.summaryBar}>
                  <ProgressBar counts={{ known: knew, review, unseen: skipped }} label={topicTitle(topic)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {summary.missed.length > 0 && (
        <>
          <h3>To review</h3>
          <ul>
            {summary.missed.map((id) => {
              const question = findQuestion(id);
              return question ? (
                <li key={id}>
                  <Link to={question.permalink}>{question.title}</Link>
                </li>
              ) : null;
            })}
          </ul>
        </>
      )}
      <div className={styles.inlineButtons}>
        {summary.missed.length > 0 && (
          <Link className={styles.primaryButton} to={sessionUrl(missedPlan)}>
            Review the ones I missed ({summary.missed.length})
          </Link>
        )}
        {plan.mode === 'mock' && (
          <Link className={styles.secondaryButton} to={sessionUrl(plan)}>
            Run this mock interview again
          </Link>
        )}
        <Link className={styles.secondaryButton} to={STUDY_PATH}>
          New session
        </Link>
      </div>
    </section>
  );
}
