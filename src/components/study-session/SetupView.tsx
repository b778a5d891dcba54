import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { newSeed } from '@site/src/study/seeded-random';
import type { QuestionKind } from '@site/contract/records';
import { KIND_CHOICES, MOCK_DEFAULT_COUNT, MOCK_DEFAULT_MINUTES, type SessionOrder } from '@site/src/study/session-options';
import { selectQuestions } from '@site/src/study/session-plan';
import { questions, topics } from './questions-and-topics';
import ProgressPanel from './ProgressPanel';
import TodayReviews from './TodayReviews';
import { classes as styles } from './stylesheet-classes';
import { useStudyNavigation } from './useStudyNavigation';

const ORDER_LABELS: Readonly<Record<SessionOrder, string>> = {
  due: 'Due first: questions to review, then new ones (spaced repetition)',
  shuffled: 'Shuffled',
  source: 'In the order of the source',
};
const KIND_LABELS: Readonly<Record<QuestionKind, string>> = { technical: 'Technical', behavioural: 'Behavioural' };
const PRACTICE_DEFAULT_COUNT = 10;

const randomSeed = () => newSeed(crypto.getRandomValues(new Uint8Array(8)));
/** Every topic (or kind) chosen is the same as no filter, and makes a shorter link. */
const filterOf = <T,>(chosen: ReadonlySet<T>, all: readonly T[]): T[] => (chosen.size === all.length ? [] : all.filter((item) => chosen.has(item)));

function toggled<T>(set: ReadonlySet<T>, item: T): Set<T> {
  const next = new Set(set);
  if (!next.delete(item)) next.add(item);
  return next;
}

/** Choose what to practise: topics, kinds, order and count, or a timed mock interview. */
export default function SetupView(): ReactNode {
  const { start } = useStudyNavigation();
  const allTopicIds = topics.map((topic) => topic.id);
  const [chosenTopics, setChosenTopics] = useState<ReadonlySet<string>>(() => new Set(allTopicIds));
  const [chosenKinds, setChosenKinds] = useState<ReadonlySet<QuestionKind>>(() => new Set(KIND_CHOICES));
  const [order, setOrder] = useState<SessionOrder>('due');
  const [count, setCount] = useState(PRACTICE_DEFAULT_COUNT);
  const [mockCount, setMockCount] = useState(MOCK_DEFAULT_COUNT);
  const [minutes, setMinutes] = useState(MOCK_DEFAULT_MINUTES);
  const ids = { matching: useId(), practice: useId(), mock: useId() };

  const selection = { topics: filterOf(chosenTopics, allTopicIds), kinds: filterOf(chosenKinds, KIND_CHOICES) };
  const matching = chosenTopics.size === 0 || chosenKinds.size === 0 ? 0 : selectQuestions(questions, selection).length;
  const clamp = (value: number) => Math.max(1, Math.min(Number.isFinite(value) ? Math.round(value) : 1, matching));

  const startPractice = (event: FormEvent) => {
    event.preventDefault();
    if (matching === 0) return;
    const size = clamp(count);
    start({ mode: 'practice', ...selection, order, count: size >= matching ? undefined : size, seed: order === 'shuffled' ? randomSeed() : '' });
  };
  const startMock = () => {
    if (matching === 0) return;
    start({
      mode: 'mock',
      ...selection,
      seed: randomSeed(),
      count: clamp(mockCount),
      minutesPerQuestion: Math.max(0.5, Math.min(minutes || MOCK_DEFAULT_MINUTES, 60)),
    });
  };

  return (
    <>
      <TodayReviews />
      {/* noValidate: a count above the number of matching questions simply means "all of them", not an error. */}
      <form className={styles.setup} onSubmit={startPractice} aria-describedby={ids.matching} noValidate>
        <fieldset className={styles.fieldset}>
          <legend>Topics</legend>
          <div className={styles.inlineButtons}>
            <button type="button" className={styles.smallButton} onClick={() => setChosenTopics(new Set(allTopicIds))}>
              All topics
            </button>
            <button type="button" className={styles.smallButton} onClick={() => setChosenTopics(new Set())}>
              None
            </button>
          </div>
          <div className={styles.choices}>
            {topics.map((topic) => (
              <label key={topic.id} className={styles.choice}>
                <input type="checkbox" checked={chosenTopics.has(topic.id)} onChange={() => setChosenTopics((set) => toggled(set, topic.id))} />
                {topic.title} <span className={styles.muted}>({topic.questionIds.length})</span>
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset className={styles.fieldset}>
          <legend>Kinds of question</legend>
          <div className={styles.choices}>
            {KIND_CHOICES.map((kind) => (
              <label key={kind} className={styles.choice}>
                <input type="checkbox" checked={chosenKinds.has(kind)} onChange={() => setChosenKinds((set) => toggled(set, kind))} />
                {KIND_LABELS[kind]}
              </label>
            ))}
          </div>
        </fieldset>

        <p id={ids.matching} className={styles.matching} role="status">
          {matching === 0
            ? 'No questions match: choose at least one topic and one kind.'
            : `${matching} ${matching === 1 ? 'question matches' : 'questions match'}.`}
        </p>

        <section className={styles.mode} aria-labelledby={ids.practice}>
          <h2 id={ids.practice}>Practice session</h2>
          <fieldset className={styles.fieldset}>
            <legend>Order</legend>
            <div className={styles.choices}>
              {(['due', 'shuffled', 'source'] as const).map((value) => (
                <label key={value} className={styles.choice}>
                  <input type="radio" name="order" value={value} checked={order === value} onChange={() => setOrder(value)} />
                  {ORDER_LABELS[value]}
                </label>
              ))}
            </div>
          </fieldset>
          <label className={styles.numberField}>
            Questions in the session
            <input type="number" min={1} max={Math.max(matching, 1)} value={count} onChange={(event) => setCount(event.target.valueAsNumber)} />
          </label>
          <button type="submit" className={styles.primaryButton} disabled={matching === 0}>
            Start practice
          </button>
        </section>

        <section className={styles.mode} aria-labelledby={ids.mock}>
          <h2 id={ids.mock}>Mock interview</h2>
          <p>
            Random questions from your selection, each with a countdown to answer aloud before you reveal. Send the link to a peer and they get the same
            questions in the same order.
          </p>
          <div className={styles.numberFields}>
            <label className={styles.numberField}>
              Questions
              <input type="number" min={1} max={Math.max(matching, 1)} value={mockCount} onChange={(event) => setMockCount(event.target.valueAsNumber)} />
            </label>
            <label className={styles.numberField}>
              Minutes per question
              <input type="number" min={0.5} max={60} step={0.5} value={minutes} onChange={(event) => setMinutes(event.target.valueAsNumber)} />
            </label>
          </div>
          <button type="button" className={styles.primaryButton} disabled={matching === 0} onClick={startMock}>
            Start mock interview
          </button>
        </section>
      </form>
      <ProgressPanel />
    </>
  );
}
