/**
 * The questions and topics as /study uses them: the fields src/plugins/study-data picks from the generator's records.
 * Imported only by the /study page's lazily loaded code: the answers of every question are too much to put on every
 * page.
 */
import data from '@sre-study/data';
import type { StudyQuestion, StudyTopic } from '@site/src/plugins/study-data/shared/constants';

export type { StudyQuestion, StudyTopic } from '@site/src/plugins/study-data/shared/constants';

export const questions: readonly StudyQuestion[] = data.questions;
export const topics: readonly StudyTopic[] = data.topics;

const questionById = new Map(questions.map((question) => [question.id, question]));
const topicById = new Map(topics.map((topic) => [topic.id, topic]));

export const findQuestion = (id: number): StudyQuestion | undefined => questionById.get(id);
export const topicTitle = (id: string): string => topicById.get(id)?.title ?? id;
