import Head from '@docusaurus/Head';
import { PageMetadata } from '@docusaurus/theme-common';
import { useLocation } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import { useEffect, useRef, type ReactNode } from 'react';
import { slugOfQuizPath } from '@site/contract/urls';
import { QUIZ_DESCRIPTION, type QuizPagesBySlug } from '../../../shared/constants';
import NoPrefetchLink from '../../NoPrefetchLink';
import AnswerBlocks from '@site/src/components/answer/AnswerBlocks';
import { useQuizAnswer } from '../../useQuizAnswer';
import styles from './styles.module.css';

const KIND_HINT = {
  behavioural: 'Answer with a story from your experience: situation, task, action, result.',
  technical: 'Answer aloud, as you would in the interview, then reveal the model answer.',
} as const;

const ANSWER_ID = 'quiz-answer';

/**
 * `/quiz/<slug>`: a question with its answer hidden, for a link shared as a
 * challenge. Its static HTML and meta tags never contain the answer: before
 * the app starts (or without JavaScript) the page offers a link to the
 * question page instead; after, "Reveal answer" fetches the answer's file.
 */
export default function QuizPage({ quizzes }: { quizzes: QuizPagesBySlug }): ReactNode {
  const slug = slugOfQuizPath(useLocation().pathname);
  const quiz = quizzes[slug];
  if (!quiz) throw new Error(`No quiz page data for "${slug}": src/plugins/quiz adds a route only for each question it has data for.`);
  const isBrowser = useIsBrowser();
  const { state, reveal, hide } = useQuizAnswer(useBaseUrl(quiz.answerPath));
  const answer = useRef<HTMLDivElement>(null);
  const shown = state.status === 'shown';

  // Once revealed, focus moves to the answer so a screen reader reads it next.
  useEffect(() => {
    if (shown) answer.current?.focus();
  }, [shown]);

  // ?study=0: the question page shows its answer even to a reader who keeps study mode on.
  const answerPage = `${quiz.questionPath}?study=0`;
  return (
    <Layout title={`Quiz: ${quiz.title}`} description={QUIZ_DESCRIPTION}>
      {/* The question's own preview card: a quiz link unfurls in a chat as the question, with no answer text. */}
      <PageMetadata image={quiz.previewImage} />
      <Head>
        {/* A quiz page repeats its question page; search engines should list the question page only. */}
        <meta name="robots" content="noindex, follow" />
        <meta property="og:image:alt" content={`Quiz: ${quiz.title} (${quiz.topicTitle})`} />
        <meta name="twitter:image:alt" content={`Quiz: ${quiz.title} (${quiz.topicTitle})`} />
      </Head>
      <main className="container margin-vert--lg">
        <div className={styles.quiz}>
          <p className={styles.eyebrow}>
            Quiz · <NoPrefetchLink to={quiz.topicPath}>{quiz.topicTitle}</NoPrefetchLink>
          </p>
          <Heading as="h1">{quiz.title}</Heading>
          <p className={styles.hint}>{KIND_HINT[quiz.kind]}</p>
          <div className={styles.actions}>
            {isBrowser ? (
              <button
                type="button"
                className={styles.revealButton}
                aria-expanded={shown}
                aria-controls={ANSWER_ID}
                disabled={state.status === 'loading'}
                onClick={shown ? hide : () => void reveal()}>
                {shown ? 'Hide answer' : 'Reveal answer'}
              </button>
            ) : (
              <NoPrefetchLink className={styles.revealButton} to={answerPage}>
                Show the answer
              </NoPrefetchLink>
            )}
          </div>
          <p role="status" aria-live="polite" className={styles.status}>
            {state.status === 'loading' && 'Loading the answer…'}
            {state.status === 'failed' && (
              <>
                The answer could not be loaded. Try again, or <NoPrefetchLink to={answerPage}>open the question page</NoPrefetchLink>.
              </>
            )}
          </p>
          <div id={ANSWER_ID} ref={answer} tabIndex={-1} className={styles.answer} hidden={!shown}>
            {shown && (
              <>
                <h2 className={styles.answerHeading}>Model answer</h2>
                <AnswerBlocks blocks={state.answer.blocks} />
                <p>
                  <NoPrefetchLink to={quiz.questionPath}>Open the question page</NoPrefetchLink> for related questions and to study by topic.
                </p>
              </>
            )}
          </div>
        </div>
      </main>
    </Layout>
  );
}
