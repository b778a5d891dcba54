/**
 * Narrowing results to a topic, after ranking. flexsearch's tag filter runs
 * after its result limit, so it can return too few pages; here the whole
 * ranked list is filtered first and cut to the limit last. A question belongs
 * to its primary topic and to the topics it also touches on.
 */
import type { StoredQuestion } from './types.ts';

export function inTopic(question: Pick<StoredQuestion, 'topics'>, topic: string | undefined): boolean {
  return topic === undefined || question.topics.includes(topic);
}

export interface TopicFiltered<T> {
  /** The results in the topic, in their ranked order. */
  readonly kept: T[];
  /** Results per topic id, before filtering: a question counts once in each of its topics. */
  readonly counts: Map<string, number>;
}

export function filterByTopic<T>(
  results: readonly T[],
  questionOf: (result: T) => Pick<StoredQuestion, 'topics'>,
  topic: string | undefined,
): TopicFiltered<T> {
  const kept: T[] = [];
  const counts = new Map<string, number>();
  for (const result of results) {
    const question = questionOf(result);
    for (const id of question.topics) counts.set(id, (counts.get(id) ?? 0) + 1);
    if (inTopic(question, topic)) kept.push(result);
  }
  return { kept, counts };
}
