/**
 * What the Practice page (/study) needs of the generator's records, and nothing else: its session code imported the
 * whole questions.json, which carries every answer twice (as Markdown text and as blocks) besides keywords, slugs and
 * image paths. Pure: ../index.ts writes the result.
 */
import type { StudyData, StudyQuestion, StudyTopic } from '../shared/constants.ts';

export function studyData(questions: readonly StudyQuestion[], topics: readonly StudyTopic[]): StudyData {
  return {
    questions: questions.map(({ id, number, permalink, title, primaryTopic, kind, answerBlocks }) => ({
      id,
      number,
      permalink,
      title,
      primaryTopic,
      kind,
      answerBlocks,
    })),
    topics: topics.map(({ id, title, questionIds }) => ({ id, title, questionIds })),
  };
}
