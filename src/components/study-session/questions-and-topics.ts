/**
 * The questions and topics as the generator wrote them (docs/_generated).
 * Imported only by the /study page's lazily loaded code: the answers of all
 * 52 questions are too much to put on every page.
 */
import type { QuestionRecord, TopicRecord } from '@site/contract/records';
import questionsJson from '@site/docs/_generated/questions.json';
import topicsJson from '@site/docs/_generated/topics.json';

/** The fields of a question a study session plans with and shows. */
export type StudyQuestion = Pick<QuestionRecord, 'id' | 'number' | 'permalink' | 'title' | 'primaryTopic' | 'kind' | 'answerBlocks'>;

export type StudyTopic = Pick<TopicRecord, 'id' | 'title' | 'questionIds'>;

export const questions = questionsJson as readonly StudyQuestion[];
export const topics = topicsJson as readonly StudyTopic[];

const questionById = new Map(questions.map((question) => [question.id, question]));
const topicById = new Map(topics.map((topic) => [topic.id, topic]));

export const findQuestion = (id: number): StudyQuestion | undefined => questionById.get(id);
export const topicTitle = (id: string): string => topicById.get(id)?.title ?? id;
