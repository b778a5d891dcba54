/** The generator's records (docs/_generated) for /study, read and checked by the contract's one reader. */
import { generatedDataFiles, readGeneratedRecords } from '../../../../contract/read-records.ts';
import type { StudyQuestion, StudyTopic } from '../shared/constants.ts';

export { generatedDataFiles } from '../../../../contract/read-records.ts';

export function readStudySource(siteDir: string, dataDir: string): { questions: readonly StudyQuestion[]; topics: readonly StudyTopic[] } {
  return readGeneratedRecords(generatedDataFiles(siteDir, dataDir));
}
