import { useCallback, useEffect, useReducer, useRef, useState, type ReactNode } from 'react';
import { hasModifier, isActivatable } from '@site/src/components/study/keyboard';
import { isTextEntry } from '@site/src/keyboard/text-entry';
import { gradeForKey } from '@site/src/components/study/useAnswerShortcuts';
import { progressStore } from '@site/src/study/browser/progress-store';
import type { Grade } from '@site/src/study/progress';
import { currentQuestion, flowReducer, startFlow } from '@site/src/study/session-flow';
import type { SessionPlan } from '@site/src/study/session-options';
import { planQuestions } from '@site/src/study/session-plan';
import { findQuestion, questions } from './questions-and-topics';
import Flashcard from './Flashcard';
import MockTimer from './MockTimer';
import SessionSummary from './SessionSummary';
import ShareLink from './ShareLink';
import ShortcutHelp from './ShortcutHelp';
import { classes as styles } from './stylesheet-classes';
import { useStudyNavigation } from './useStudyNavigation';

/**
 * A running session: one flashcard at a time, driven by the pure flow in
 * src/study/session-flow.ts. This component saves grades, moves focus (to the
 * question when it appears, into the answer when it is revealed) and maps the
 * keyboard shortcuts.
 */
export default function SessionView({ plan }: { plan: SessionPlan }): ReactNode {
  const { toSetup } = useStudyNavigation();
  // Planned once: grading during the session must not reorder what is left of it.
  const [flow, dispatch] = useReducer(flowReducer, undefined, () =>
    startFlow(planQuestions(questions, plan, progressStore.getSnapshot().progress, new Date()), Date.now()),
  );
  const [helpOpen, setHelpOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const answer = useRef<HTMLDivElement>(null);
  const questionId = currentQuestion(flow);
  const question = questionId === undefined ? undefined : findQuestion(questionId);

  const grade = useCallback(
    (value: Grade) => {
      if (questionId === undefined || !flow.revealed) return;
      void progressStore.grade(questionId, value);
      dispatch({ type: 'grade', grade: value, now: Date.now() });
    },
    [questionId, flow.revealed],
  );
  const toggle = useCallback(() => dispatch({ type: flow.revealed ? 'hide' : 'reveal' }), [flow.revealed]);
  const leave = useCallback(() => (flow.grades.size > 0 ? dispatch({ type: 'finish' }) : toSetup()), [flow.grades.size, toSetup]);

  useEffect(() => {
    if (!flow.finished) heading.current?.focus();
  }, [flow.index, flow.finished]);
  useEffect(() => {
    if (flow.revealed) answer.current?.focus();
  }, [flow.revealed]);

  useEffect(() => {
    if (flow.finished) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (helpOpen || event.defaultPrevented || hasModifier(event) || isTextEntry(event.target)) return;
      const now = Date.now();
      if (event.key === '?') setHelpOpen(true);
      else if (event.key === 'Escape') leave();
      else if (event.key === ' ' && !flow.revealed && !isActivatable(event.target)) dispatch({ type: 'reveal' });
      else if (gradeForKey(event.key) && flow.revealed) grade(gradeForKey(event.key)!);
      else if (event.key === 'ArrowRight') dispatch({ type: 'next', now });
      else if (event.key === 'ArrowLeft') dispatch({ type: 'previous', now });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [flow.finished, flow.revealed, helpOpen, grade, leave]);

  if (flow.questionIds.length === 0) {
    return (
      <section className={styles.summary}>
        <h2>No questions match this session</h2>
        <p>The link may name topics this site does not have.</p>
        <button type="button" className={styles.primaryButton} onClick={toSetup}>
          Choose questions
        </button>
      </section>
    );
  }
  if (flow.finished || !question) return <SessionSummary flow={flow} plan={plan} />;

  const total = flow.questionIds.length;
  return (
    <div className={styles.session}>
      <div className={styles.sessionHeader}>
        <p className={styles.sessionTitle}>{plan.mode === 'mock' ? 'Mock interview' : 'Practice session'}</p>
        <label className={styles.position}>
          Question {flow.index + 1} of {total}
          <progress className={styles.progress} max={total} value={flow.index} />
        </label>
      </div>
      <Flashcard
        key={question.id}
        question={question}
        revealed={flow.revealed}
        onToggle={toggle}
        onGrade={grade}
        headingRef={heading}
        answerRef={answer}
        timer={
          plan.mode === 'mock' ? (
            <MockTimer key={flow.shownAt} shownAt={flow.shownAt} limitMs={plan.minutesPerQuestion * 60_000} running={!flow.revealed} />
          ) : undefined
        }
      />
      <nav className={styles.sessionNav} aria-label="Session">
        <button type="button" className={styles.secondaryButton} disabled={flow.index === 0} onClick={() => dispatch({ type: 'previous', now: Date.now() })}>
          ← Previous
        </button>
        <button type="button" className={styles.secondaryButton} onClick={() => dispatch({ type: 'next', now: Date.now() })}>
          {flow.index + 1 === total ? 'Finish' : 'Next →'}
        </button>
        <button type="button" className={styles.secondaryButton} onClick={leave}>
          Leave{' '}
          <kbd className={styles.key} aria-hidden="true">
            Esc
          </kbd>
        </button>
        <button type="button" className={styles.secondaryButton} aria-haspopup="dialog" aria-keyshortcuts="?" onClick={() => setHelpOpen(true)}>
          Shortcuts{' '}
          <kbd className={styles.key} aria-hidden="true">
            ?
          </kbd>
        </button>
      </nav>
      {plan.mode === 'mock' && <ShareLink plan={plan} />}
      <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
