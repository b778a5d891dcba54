import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import AnswerBlocks from '@site/src/components/answer/AnswerBlocks';
import type { PrintSheet as Sheet } from '../../../shared/types';
import styles from './styles.module.css';

const KIND_LABEL = { technical: 'Technical', behavioural: 'Behavioural' } as const;

/**
 * A printable study sheet: the questions as a numbered list, then every
 * answer in full. On paper the site's navigation and this page's controls
 * disappear and the answers start on a new page.
 */
export default function PrintSheet({ sheet }: { sheet: Sheet }): ReactNode {
  const isBrowser = useIsBrowser();
  return (
    <Layout title={sheet.title} description={sheet.description}>
      <Head>
        {/* The questions' own pages are what search engines should list. */}
        <meta name="robots" content="noindex" />
      </Head>
      <main className={`container ${styles.sheet}`}>
        <Heading as="h1">{sheet.title}</Heading>
        <p>{sheet.description}</p>
        <p className={styles.controls}>
          <button type="button" className="button button--primary" disabled={!isBrowser} onClick={() => window.print()}>
            Print or save as PDF
          </button>{' '}
          <Link to={sheet.backLink.permalink}>Back to {sheet.backLink.title}</Link>
        </p>
        <Heading as="h2" id="questions">
          Questions
        </Heading>
        <ol className={styles.questionList}>
          {sheet.questions.map((question, index) => (
            <li key={question.id}>
              <a href={`#answer-${index + 1}`}>{question.title}</a>{' '}
              <span className={styles.meta}>
                ({question.topicTitle} · {KIND_LABEL[question.kind]})
              </span>
            </li>
          ))}
        </ol>
        <Heading as="h2" id="answers" className={styles.answersHeading}>
          Answers
        </Heading>
        {sheet.questions.map((question, index) => (
          <section key={question.id} id={`answer-${index + 1}`} className={styles.answer} aria-labelledby={`answer-${index + 1}-title`}>
            <Heading as="h3" id={`answer-${index + 1}-title`}>
              {index + 1}. <Link to={question.permalink}>{question.title}</Link>
            </Heading>
            <AnswerBlocks blocks={question.answerBlocks} />
          </section>
        ))}
      </main>
    </Layout>
  );
}
