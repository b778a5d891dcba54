import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { STUDY_PATH } from '@site/contract/urls';
import { ProgressLegend } from '@site/src/components/study/ProgressBar';
import SavedProgressBar from '@site/src/components/study/SavedProgressBar';
import DownloadLinks from '@site/src/plugins/previews-and-downloads/client/DownloadLinks';
import topics from '@site/docs/_generated/topics.json';
import styles from './index.module.css';

export default function Home(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const total = topics.reduce((sum, topic) => sum + topic.questionCount, 0);
  const behavioural = topics.reduce((sum, topic) => sum + topic.behaviouralCount, 0);
  const isBrowser = useIsBrowser();
  return (
    <Layout description={`${total} Site Reliability Engineering interview questions with model answers, grouped by topic.`}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            {siteConfig.title}
          </Heading>
          <p className={styles.lead}>
            {total} questions that SRE interviews ask, each with a model answer: {total - behavioural} technical and {behavioural} behavioural. Read them by
            topic, try answering before you look, and share a link to any answer.
          </p>
          <p className={styles.lead}>
            Turn on <strong>Study mode</strong> in the top bar to hide every answer until you reveal it, or{' '}
            <Link className={styles.heroLink} to={STUDY_PATH}>
              start a practice session or mock interview
            </Link>
            .
          </p>
        </div>
      </header>
      <main className="container">
        <Heading as="h2" id="topics" className={styles.sectionTitle}>
          Topics
        </Heading>
        {isBrowser && <ProgressLegend />}
        <ul className={styles.grid}>
          {topics.map((topic) => (
            <li key={topic.id} className={styles.card}>
              <Link to={topic.permalink} className={styles.cardLink}>
                <Heading as="h3" className={styles.cardTitle}>
                  {topic.title}
                </Heading>
                <span className={styles.count}>
                  {topic.questionCount} {topic.questionCount === 1 ? 'question' : 'questions'}
                </span>
              </Link>
              <SavedProgressBar questionIds={topic.questionIds} label={`Your progress in ${topic.title}`} />
              <p className={styles.description}>{topic.description}</p>
            </li>
          ))}
        </ul>
        <DownloadLinks questionCount={total} headingLevel="h2" />
      </main>
    </Layout>
  );
}
