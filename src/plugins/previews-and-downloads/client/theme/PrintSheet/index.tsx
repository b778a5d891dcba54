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
/** "Part 2 of 5: 1 · 2 · 3 …", every part linked but this one; only on a sheet printed in parts. */
function PartLinks({ part }: { part: NonNullable<Sheet['part']> }): ReactNode {
  return (
    <nav aria-label="Parts of this study sheet" className={styles.controls}>
      <span>
        Part {part.number} of {part.paths.length}:
      </span>
      {part.paths.map((path, index) =>
        index + 1 === part.number ? (
          <strong key={path} aria-current="page">
            {index + 1}
          </strong>
        ) : (
          <Link key={path} to={path}>
            {index + 1}
          </Link>
        ),
      )}
    </nav>
  );
}

export default function PrintSheet({ sheet }: { sheet: Sheet }): ReactNode {
  const isBrowser = useIsBrowser();
  // Numbers continue across parts, so "question 250" means the same on every part.
  const offset = sheet.part ? sheet.part.firstQuestion - 1 : 0;
  const title = sheet.part ? `${sheet.title}, part ${sheet.part.number} of ${sheet.part.paths.length}` : sheet.title;
  return (
    <Layout title={title} description={sheet.description}>
      <Head>
        {/* The questions' own pages are what search engines should list. */}
        <meta name="robots" content="noindex" />
      </Head>
      <main className={`container ${styles.sheet}`}>
        <Heading as="h1">{title}</Heading>
        <p>{sheet.description}</p>
        {sheet.part && <PartLinks part={sheet.part} />}
        <p className={styles.controls}>
          <button type="button" className="button button--primary" disabled={!isBrowser} onClick={() => window.print()}>
            Print or save as PDF
          </button>{' '}
          <Link to={sheet.backLink.permalink}>Back to {sheet.backLink.title}</Link>
        </p>
        <Heading as="h2" id="questions">
          Questions
        </Heading>
        <ol className={styles.questionList} start={offset > 0 ? offset + 1 : undefined}>
          {sheet.questions.map((question, index) => (
            <li key={question.id}>
              <a href={`#answer-${offset + index + 1}`}>{question.title}</a>{' '}
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
          <section key={question.id} id={`answer-${offset + index + 1}`} className={styles.answer} aria-labelledby={`answer-${offset + index + 1}-title`}>
            <Heading as="h3" id={`answer-${offset + index + 1}-title`}>
              {offset + index + 1}. <Link to={question.permalink}>{question.title}</Link>
            </Heading>
            <AnswerBlocks blocks={question.answerBlocks} />
          </section>
        ))}
      </main>
    </Layout>
  );
}
