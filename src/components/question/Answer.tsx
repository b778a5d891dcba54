import { useDoc } from '@docusaurus/plugin-content-docs/client';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import clsx from 'clsx';
import { useCallback, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { KeyPointCheckContext, useKeyPointCheck } from '@site/src/components/study/AnswerContext';
import GradeButtons from '@site/src/components/study/GradeButtons';
import GradeStatus from '@site/src/components/study/GradeStatus';
import NoteField from '@site/src/components/study/NoteField';
import { useGradeIntervals } from '@site/src/components/study/useGradeIntervals';
import { useProgressState, useStudyMode } from '@site/src/components/study/useStudyStores';
import { hasModifier } from '@site/src/components/study/keyboard';
import { isTextEntry } from '@site/src/keyboard/text-entry';
import KeyPointScore from '@site/src/components/study/KeyPointScore';
import { gradeForKey, useAnswerShortcuts } from '@site/src/components/study/useAnswerShortcuts';
import { useRevealableAnswer } from '@site/src/components/study/useRevealableAnswer';
import studyStyles from '@site/src/components/study/study.module.css';
import { progressStore } from '@site/src/study/browser/progress-store';
import type { Grade } from '@site/src/study/progress';
import styles from './question.module.css';
import { useQuestion } from './useQuestion';

/** Marks every answer toggle, so grading one answer on a topic page can move focus to the next. */
const TOGGLE_ATTRIBUTE = 'data-answer-toggle';

function focusNextToggleAfter(container: HTMLElement): boolean {
  const toggles = Array.from(document.querySelectorAll<HTMLButtonElement>(`[${TOGGLE_ATTRIBUTE}]`));
  const following = toggles.find((toggle) => !container.contains(toggle) && container.compareDocumentPosition(toggle) & Node.DOCUMENT_POSITION_FOLLOWING);
  following?.focus();
  return following !== undefined;
}

interface AnswerProps {
  /** Set on answers embedded in a topic page; a question page's own answer takes the page's question. */
  readonly questionId?: number;
  /** Added by src/markdown/answer-key-points.ts. */
  readonly keyPointCount?: string;
  readonly children: ReactNode;
}

/**
 * The model answer. Its text is always in the static HTML; in study mode it is
 * hidden (by CSS keyed on <html data-study-mode>, so before React starts too)
 * behind "Reveal answer", then offers the key-point self-check and the grade.
 */
export default function Answer({ questionId, keyPointCount, children }: AnswerProps): ReactNode {
  const pageQuestion = useQuestion();
  const id = questionId ?? pageQuestion?.questionId;
  const embedded = questionId !== undefined;
  const studying = useStudyMode().mode === 'study' && id !== undefined;
  const isBrowser = useIsBrowser();
  const entry = useProgressState().progress.questions[id ?? -1];

  const container = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const { revealed, reveal, hide } = useRevealableAnswer(body, studying);
  const [justGraded, setJustGraded] = useState(false);
  const selfCheck = useKeyPointCheck();
  const pointCount = Number(keyPointCount ?? 0);
  const bodyId = `answer-body-${id ?? 'page'}`;
  const intervals = useGradeIntervals(entry, studying && revealed);

  const grade = useCallback(
    (value: Grade) => {
      if (id === undefined) return;
      void progressStore.grade(id, value);
      setJustGraded(true);
      // On a topic page the reader works down the list; on a question page the status says what's next.
      if (!(embedded && container.current && focusNextToggleAfter(container.current))) status.current?.focus();
    },
    [id, embedded],
  );

  useAnswerShortcuts({ enabled: studying && !embedded, revealed, reveal, grade });

  // On a topic page, 1 to 4 grade the answer that has focus.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const chosen = gradeForKey(event.key);
    if (!embedded || !studying || !revealed || !chosen || hasModifier(event.nativeEvent) || isTextEntry(event.target)) return;
    event.preventDefault();
    grade(chosen);
  };

  const next = useDoc().metadata.next;
  return (
    // Only the question page's answer is labelled, and so a landmark; a topic page's many answers are not.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- delegation, not a control: it hears 1 to 4 pressed while focus is on the answer's own button, body or checkboxes.
    <section
      ref={container}
      className={clsx(styles.answer, id !== undefined && studyStyles.studyAnswer)}
      {...(!embedded && { 'aria-labelledby': 'model-answer' })}
      data-revealed={revealed || undefined}
      onKeyDown={onKeyDown}>
      {!embedded && (
        <h2 id="model-answer" className={styles.answerHeading}>
          Model answer
        </h2>
      )}
      {id !== undefined && (
        <div className={studyStyles.revealRow}>
          <button
            type="button"
            className={studyStyles.revealButton}
            {...{ [TOGGLE_ATTRIBUTE]: '' }}
            aria-expanded={studying ? revealed : undefined}
            aria-controls={bodyId}
            aria-keyshortcuts={embedded ? undefined : 'Space Enter'}
            disabled={!isBrowser}
            onClick={revealed ? hide : reveal}>
            {revealed ? 'Hide answer' : 'Reveal answer'}
          </button>
          {!revealed && pointCount > 0 && <span className={studyStyles.hint}>Answer aloud first. The model answer has {pointCount} key points to cover.</span>}
        </div>
      )}
      <div id={bodyId} ref={body} className={studyStyles.answerBody} tabIndex={-1}>
        <KeyPointCheckContext.Provider value={studying && revealed ? selfCheck : undefined}>{children}</KeyPointCheckContext.Provider>
      </div>
      {studying && revealed && (
        <>
          {pointCount > 0 && <KeyPointScore covered={selfCheck.covered.size} total={pointCount} />}
          <GradeButtons onGrade={grade} intervals={intervals} />
          <GradeStatus ref={status} entry={entry} justGraded={justGraded}>
            {justGraded && !embedded && next && (
              <>
                {' '}
                Next question: <Link to={next.permalink}>{next.title}</Link>
              </>
            )}
          </GradeStatus>
          <NoteField questionId={id} />
        </>
      )}
    </section>
  );
}
