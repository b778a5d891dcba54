import Link from '@docusaurus/Link';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type { ReactNode } from 'react';
import { STUDY_PATH } from '@site/contract/urls';
import { sessionSearch } from '@site/src/study/session-url';
import { ProgressLegend } from './ProgressBar';
import SavedProgressBar from './SavedProgressBar';
import styles from './study.module.css';

/**
 * On a topic page: where the reader stands on its questions, and a practice
 * session on them. Progress lives in this browser only, so the bar is drawn
 * once the page runs in it; the static HTML has the link alone.
 */
export default function TopicProgress({ questionIds }: { questionIds: readonly number[] }): ReactNode {
  const isBrowser = useIsBrowser();
  const { frontMatter, metadata } = useDoc();
  const { topic_id: topicId } = frontMatter as Record<string, unknown>;
  const practice = sessionSearch({
    mode: 'practice',
    topics: typeof topicId === 'string' ? [topicId] : [],
    kinds: [],
    seed: '',
    order: 'due',
    count: undefined,
  });
  return (
    <div className={styles.topicProgress}>
      {isBrowser && (
        <>
          <SavedProgressBar questionIds={questionIds} label={`Your progress in ${metadata.title}`} />
          <ProgressLegend />
        </>
      )}
      <p className={styles.practiceLink}>
        <Link to={`${STUDY_PATH}${practice}`}>Practice this topic</Link>, due questions first.
      </p>
    </div>
  );
}
