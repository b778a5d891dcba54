import { useDoc } from '@docusaurus/plugin-content-docs/client';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import clsx from 'clsx';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { KeyPointCheckContext, type KeyPointCheck } from '@site/src/components/study/AnswerContext';
import GradeButtons, { GRADE_KEYS } from '@site/src/components/study/GradeButtons';
import GradeStatus from '@site/src/components/study/GradeStatus';
import { useProgressState, useStudyMode } from '@site/src/components/study/hooks';
import { hasModifier, isActivatable, isTextEntry } from '@site/src/components/study/keyboard';
import KeyPointScore from '@site/src/components/study/KeyPointScore';
import { useRevealableAnswer } from '@site/src/components/study/useRevealableAnswer';
import studyStyles from '@site/src/components/study/study.module.css';
import { progressStore } from '@site/src/study/browser/progress-store';
import type { Grade } from '@site/src/study/progress';
import styles from './question.module.css';
import { useQuestion } from './useQuestion';

/** Marks every answer toggle, so grading one answer on a topic page can move focus to the next. */
const TOGGLE_ATTRIBUTE = 'data-answer-toggle';

function gradeFromKey(event: { key: string }): Grade | undefined {
  return event.key === GRADE_KEYS.knew ? 'knew' : event.key === GRADE_KEYS.review ? 'review' : undefined;
}

function focusNextToggleAfter(container: HTMLElement): boolean {
  const toggles = Array.from(document.querySelectorAll<HTMLButtonElement>(`[${TOGGLE_ATTRIBUTE}]`));
  const following = toggles.find(
    (toggle) => !container.contains(toggle) && container.compareDocumentPosition(toggle) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
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
  const [covered, setCovered] = useState<ReadonlySet<number>>(new Set());
  const pointCount = Number(keyPointCount ?? 0);
  const bodyId = `answer-body-${id ?? 'page'}`;

  const selfCheck = useMemo<KeyPointCheck>(
    () => ({
      covered,
      toggle: (point) =>
        setCovered((previous) => {
          const updated = new Set(previous);
          if (!updated.delete(point)) updated.add(point);
          return updated;
        }),
    }),
    [covered],
  );

  const grade = useCallback(
    (value: Grade) => {
      if (id === undefined) return;
      progressStore.grade(id, value);
      setJustGraded(true);
      // On a topic page the reader works down the list; on a question page the status says what's next.
      if (!(embedded && container.current && focusNextToggleAfter(container.current))) status.current?.focus();
    },
    [id, embedded],
  );

  // A question page has one answer, so its shortcuts work wherever focus is (as long as the key isn't meant for something else).
  useEffect(() => {
    if (!studying || embedded) return undefined;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented || hasModifier(event) || isTextEntry(event.target)) return;
      const chosen = gradeFromKey(event);
      if (!revealed && (event.key === ' ' || event.key === 'Enter') && !isActivatable(event.target)) {
        event.preventDefault();
        reveal();
      } else if (revealed && chosen) {
        event.preventDefault();
        grade(chosen);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [studying, embedded, revealed, reveal, grade]);

  // On a topic page, 1 and 2 grade the answer that has focus.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const chosen = gradeFromKey(event);
    if (!embedded || !studying || !revealed || !chosen || hasModifier(event.nativeEvent) || isTextEntry(event.target)) return;
    event.preventDefault();
    grade(chosen);
  };

  const Container = embedded ? 'div' : 'section';
  const next = useDoc().metadata.next;
  return (
    <Container
      ref={container as never}
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
          {!revealed && pointCount > 0 && (
            <span className={studyStyles.hint}>
              Answer aloud first. The model answer has {pointCount} key points to cover.
            </span>
          )}
        </div>
      )}
      <div id={bodyId} ref={body} className={studyStyles.answerBody} tabIndex={-1}>
        <KeyPointCheckContext.Provider value={studying && revealed ? selfCheck : undefined}>{children}</KeyPointCheckContext.Provider>
      </div>
      {studying && revealed && (
        <>
          {pointCount > 0 && <KeyPointScore covered={covered.size} total={pointCount} />}
          <GradeButtons onGrade={grade} />
          <GradeStatus ref={status} entry={entry} justGraded={justGraded}>
            {justGraded && !embedded && next && (
              <>
                {' '}
                Next question: <Link to={next.permalink}>{next.title}</Link>
              </>
            )}
          </GradeStatus>
        </>
      )}
    </Container>
  );
}
