/**
 * The generator's question data (docs/_generated) for the quiz pages. Reading
 * and checking is contract/read-records.ts; this names the fields the
 * quiz pages need.
 */
import { FIELD, generatedDataFiles, readGeneratedRecords } from '../../../../contract/read-records.ts';
import type { QuizSourceQuestion, QuizSourceTopic } from './quiz-pages.ts';

export { generatedDataFiles } from '../../../../contract/read-records.ts';

export function readQuizSource(siteDir: string, dataDir: string): { questions: QuizSourceQuestion[]; topics: QuizSourceTopic[] } {
  return readGeneratedRecords<QuizSourceQuestion, QuizSourceTopic>(generatedDataFiles(siteDir, dataDir), {
    topic: { title: FIELD.string, permalink: FIELD.string },
    question: {
      slug: FIELD.string,
      permalink: FIELD.string,
      previewImage: FIELD.string,
      title: FIELD.string,
      kind: FIELD.kind,
      answerBlocks: FIELD.list,
    },
  });
}
