/**
 * Narrowing results to a topic, after ranking. flexsearch's tag filter runs
 * after its result limit, so it can return too few pages; here the whole
 * ranked list is filtered first and cut to the limit last. A question belongs
 * to its primary topic and to the topics it also touches on.
 */
import type { StoredQuestion } from './types.ts';

export function inTopic(question: StoredQuestion, topic: string | undefined): boolean {
  return topic === undefined || question.topics.includes(topic);
}

/** How many of the results belong to each topic (a question counts once in each of its topics). */
export function countByTopic(questions: readonly StoredQuestion[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const question of questions) for (const topic of question.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  return counts;
}

export function filterByTopic<T extends { question: StoredQuestion }>(results: readonly T[], topic: string | undefined): T[] {
  return results.filter((result) => inTopic(result.question, topic));
}
