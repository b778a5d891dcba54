import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withGrade } from '../../../src/study/scheduler.ts';
import { EMPTY_PROGRESS } from '../../../src/study/progress.ts';
import type { MockPlan, PlannableQuestion, PracticePlan } from '../../../src/study/session-options.ts';
import { planQuestions, selectQuestions } from '../../../src/study/session-plan.ts';
import { generateFromText } from '../../helpers/run-generator.ts';

// The site's real questions, as the study page gets them (docs/_generated/questions.json).
const repo = join(import.meta.dirname, '../../..');
const generated = generateFromText(readFileSync(join(repo, 'source/sre-interview-questions.txt')));
const questions = JSON.parse(generated.files.get('_generated/questions.json')!) as PlannableQuestion[];
const topicIds = [...new Set(questions.map((question) => question.primaryTopic))];
const now = new Date('2025-03-10T09:00:00.000Z');

const practice = (overrides: Partial<PracticePlan> = {}): PracticePlan => ({
  mode: 'practice',
  topics: [],
  kinds: [],
  seed: 'seed',
  order: 'source',
  count: undefined,
  ...overrides,
});
const mock = (overrides: Partial<MockPlan> = {}): MockPlan => ({
  mode: 'mock',
  topics: [],
  kinds: [],
  seed: 'abc',
  count: 5,
  minutesPerQuestion: 3,
  ...overrides,
});

describe('selectQuestions', () => {
  it('selects by primary topic and by kind, in source order', () => {
    const [first, second] = topicIds;
    const selected = selectQuestions(questions, { topics: [first!, second!], kinds: ['behavioural'] });
    expect(selected.length).toBeGreaterThan(0);
    expect(selected).toEqual(questions.filter((question) => [first, second].includes(question.primaryTopic) && question.kind === 'behavioural'));
  });

  it('treats no topics and no kinds as everything', () => {
    expect(selectQuestions(questions, { topics: [], kinds: [] })).toEqual(questions);
  });
});

describe('planQuestions', () => {
  it('asks the selected questions in source order, up to the count', () => {
    const topic = topicIds[1]!;
    const inTopic = questions.filter((question) => question.primaryTopic === topic).map((question) => question.id);
    expect(planQuestions(questions, practice({ topics: [topic] }), EMPTY_PROGRESS, now)).toEqual(inTopic);
    expect(planQuestions(questions, practice({ topics: [topic], count: 2 }), EMPTY_PROGRESS, now)).toEqual(inTopic.slice(0, 2));
  });

  it('shuffles reproducibly by seed', () => {
    const plan = practice({ order: 'shuffled', seed: 'x1' });
    const once = planQuestions(questions, plan, EMPTY_PROGRESS, now);
    expect(planQuestions(questions, plan, EMPTY_PROGRESS, now)).toEqual(once);
    expect(once).not.toEqual(questions.map((question) => question.id));
    expect([...once].sort((a, b) => a - b)).toEqual(questions.map((question) => question.id).sort((a, b) => a - b));
  });

  it('puts questions due for review first when asked for "due first"', () => {
    const [a, b, c] = questions.map((question) => question.id).slice(3, 6) as [number, number, number];
    // FSRS: Again on a new question brings it back after 1 minute, Good after 10; five minutes on, only c is due.
    const progress = withGrade(withGrade(EMPTY_PROGRESS, a, 'good', now), c, 'again', now);
    const order = planQuestions(questions, practice({ order: 'due' }), progress, new Date(now.getTime() + 5 * 60_000));
    expect(order[0]).toBe(c);
    expect(order.at(-1)).toBe(a);
    expect(order.indexOf(b)).toBeLessThan(order.indexOf(a));
  });

  it('asks exactly the listed questions when reviewing the missed ones, skipping ids the site no longer has', () => {
    const ids = [questions[9]!.id, questions[2]!.id, 999_999, questions[9]!.id];
    expect(planQuestions(questions, practice({ questionIds: ids }), EMPTY_PROGRESS, now)).toEqual([questions[9]!.id, questions[2]!.id]);
  });

  it('draws a mock interview of N random questions from the topics, the same for the same seed', () => {
    const topics = topicIds.slice(0, 3);
    const plan = mock({ topics, count: 4, seed: 'peer' });
    const drawn = planQuestions(questions, plan, EMPTY_PROGRESS, now);
    expect(drawn).toHaveLength(4);
    expect(new Set(drawn).size).toBe(4);
    const allowed = new Set(selectQuestions(questions, { topics, kinds: [] }).map((question) => question.id));
    for (const id of drawn) expect(allowed.has(id)).toBe(true);
    expect(planQuestions(questions, { ...plan }, withGrade(EMPTY_PROGRESS, drawn[0]!, 'good', now), new Date())).toEqual(drawn);
    expect(planQuestions(questions, { ...plan, seed: 'other' }, EMPTY_PROGRESS, now)).not.toEqual(drawn);
  });

  it('asks for nothing when the selection matches nothing', () => {
    expect(planQuestions(questions, practice({ topics: ['no-such-topic'] }), EMPTY_PROGRESS, now)).toEqual([]);
  });
});
