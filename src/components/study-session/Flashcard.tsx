import Link from '@docusaurus/Link';
import { useId, type ReactNode, type Ref } from 'react';
import AnswerBlocks from '@site/src/components/answer/AnswerBlocks';
import { KeyPointCheckContext, useKeyPointCheck } from '@site/src/components/study/AnswerContext';
import GradeButtons from '@site/src/components/study/GradeButtons';
import NoteField from '@site/src/components/study/NoteField';
import { useGradeIntervals } from '@site/src/components/study/useGradeIntervals';
import { useProgressState } from '@site/src/components/study/useStudyStores';
import KeyPointItem from '@site/src/components/study/KeyPointItem';
import KeyPointScore from '@site/src/components/study/KeyPointScore';
import { KEY_POINT_ATTRIBUTE } from '@site/src/markdown/answer-key-points';
import type { Grade } from '@site/src/study/progress';
import { topicTitle, type StudyQuestion } from './questions-and-topics';
import { classes as styles } from './stylesheet-classes';

const KIND_LABELS = { technical: 'Technical', behavioural: 'Behavioural' } as const;

/** A list item of the answer as a key point the reader can tick once the self-check is on, as on the question page. */
const keyPointItem = (item: string, point: number): ReactNode => <KeyPointItem {...{ [KEY_POINT_ATTRIBUTE]: point }}>{item}</KeyPointItem>;

interface FlashcardProps {
  readonly question: StudyQuestion;
  readonly revealed: boolean;
  readonly onToggle: () => void;
  readonly onGrade: (grade: Grade) => void;
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly answerRef: Ref<HTMLDivElement>;
  /** The mock interview's countdown. */
  readonly timer?: ReactNode;
}

/**
 * One question of a session: think, reveal, tick the key points you covered,
 * grade. A long answer scrolls inside the card, so the grade buttons stay close.
 */
export default function Flashcard({ question, revealed, onToggle, onGrade, headingRef, answerRef, timer }: FlashcardProps): ReactNode {
  const headingId = useId();
  const answerId = useId();
  const selfCheck = useKeyPointCheck();
  const { progress } = useProgressState();
  const hasNote = progress.notes[question.id] !== undefined;
  const intervals = useGradeIntervals(progress.questions[question.id], revealed);
  const pointCount = question.answerBlocks.reduce((sum, block) => sum + (block.kind === 'list' ? block.items.length : 0), 0);

  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <p className={styles.cardMeta}>
        {topicTitle(question.primaryTopic)} · {KIND_LABELS[question.kind]}
      </p>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.cardTitle}>
        {question.title}
      </h2>
      {timer}
      <div className={styles.revealRow}>
        <button
          type="button"
          className={revealed ? styles.secondaryButton : styles.primaryButton}
          aria-expanded={revealed}
          aria-controls={answerId}
          aria-keyshortcuts="Space"
          onClick={onToggle}>
          {revealed ? 'Hide answer' : 'Reveal answer'}{' '}
          {!revealed && (
            <kbd className={styles.key} aria-hidden="true">
              Space
            </kbd>
          )}
        </button>
        {!revealed && (
          <span className={styles.muted}>
            Answer aloud first{pointCount > 0 ? `: the model answer has ${pointCount} key points` : ''}.
            {hasNote && ' Your note on this question shows with the answer.'}
          </span>
        )}
      </div>
      <div id={answerId} ref={answerRef} className={styles.cardAnswer} role="region" aria-label="Model answer" tabIndex={0} hidden={!revealed}>
        <KeyPointCheckContext.Provider value={revealed ? selfCheck : undefined}>
          <AnswerBlocks blocks={question.answerBlocks} renderItem={keyPointItem} />
        </KeyPointCheckContext.Provider>
      </div>
      {revealed && (
        <>
          {pointCount > 0 && <KeyPointScore covered={selfCheck.covered.size} total={pointCount} />}
          <GradeButtons onGrade={onGrade} intervals={intervals} />
          <NoteField questionId={question.id} />
          <p className={styles.muted}>
            <Link to={question.permalink}>Open this question’s page</Link>
          </p>
        </>
      )}
    </article>
  );
}
