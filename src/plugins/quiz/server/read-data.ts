/**
 * The generator's records (docs/_generated) for the quiz pages, read and
 * checked by the contract's one reader.
 */
import { generatedDataFiles, readGeneratedRecords } from '../../../../contract/read-records.ts';
import type { QuizSourceQuestion, QuizSourceTopic } from './quiz-pages.ts';

export { generatedDataFiles } from '../../../../contract/read-records.ts';

export function readQuizSource(siteDir: string, dataDir: string): { questions: readonly QuizSourceQuestion[]; topics: readonly QuizSourceTopic[] } {
  return readGeneratedRecords(generatedDataFiles(siteDir, dataDir));
}
