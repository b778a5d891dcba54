/**
 * The question data the index is built from (docs/_generated), so search
 * works the same under `npm start` as in a build. Read and checked by the
 * contract's one reader; search uses the fields of SearchableQuestion.
 */
import { generatedDataFiles, readGeneratedRecords } from '../../../../contract/read-records.ts';
import type { SearchableQuestion, SearchableTopic } from './build-index.ts';

export { generatedDataFiles } from '../../../../contract/read-records.ts';

export interface GeneratedData {
  readonly questions: readonly SearchableQuestion[];
  readonly topics: readonly SearchableTopic[];
}

export function readGeneratedData(siteDir: string, dataDir: string): GeneratedData {
  return readGeneratedRecords(generatedDataFiles(siteDir, dataDir));
}
