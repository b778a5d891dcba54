import type { SlottedQuestion, TopicDefinition } from '../document-types.ts';
import { answerText } from './answer-text.ts';

/** Topic keywords the question's title mentions first, then those its answer does; at most 12. */
export function keywordsFor(question: SlottedQuestion, topics: readonly TopicDefinition[]): string[] {
  const keywords = [...new Set(topics.flatMap((topic) => topic.keywords.map((keyword) => keyword.toLowerCase())))].filter((keyword) => keyword.length > 2);
  const title = question.title.toLowerCase();
  const answer = answerText(question).toLowerCase();
  const inTitle = keywords.filter((keyword) => title.includes(keyword)).sort();
  const inAnswer = keywords.filter((keyword) => !inTitle.includes(keyword) && answer.includes(keyword)).sort();
  return [...inTitle, ...inAnswer].slice(0, 12);
}
