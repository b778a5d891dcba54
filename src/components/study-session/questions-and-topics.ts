/**
 * The questions and topics as the generator wrote them (docs/_generated).
 * Imported only by the /study page's lazily loaded code: the answers of all
 * 52 questions are too much to put on every page.
 */
import questionsJson from '@site/docs/_generated/questions.json';
import topicsJson from '@site/docs/_generated/topics.json';
import type { PlannableQuestion } from '@site/src/study/session-options';

export type { GeneratedAnswerBlock as AnswerBlock } from '@site/generator/document-types';
import type { GeneratedAnswerBlock as AnswerBlock } from '@site/generator/document-types';

export interface StudyQuestion extends PlannableQuestion {
  readonly number: number;
  readonly permalink: string;
  readonly title: string;
  readonly answerBlocks: readonly AnswerBlock[];
}

export interface StudyTopic {
  readonly id: string;
  readonly title: string;
  readonly questionIds: readonly number[];
}

export const questions = questionsJson as readonly StudyQuestion[];
export const topics = topicsJson as readonly StudyTopic[];

const questionById = new Map(questions.map((question) => [question.id, question]));
const topicById = new Map(topics.map((topic) => [topic.id, topic]));

export const findQuestion = (id: number): StudyQuestion | undefined => questionById.get(id);
export const topicTitle = (id: string): string => topicById.get(id)?.title ?? id;
