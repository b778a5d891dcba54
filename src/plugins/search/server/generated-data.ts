/**
 * The question data the index is built from (docs/_generated), so search
 * works the same under `npm start` as in a build. Reading and checking is
 * contract/read-records.ts; this names the fields search needs.
 */
import { FIELD, generatedDataFiles, readGeneratedRecords } from '../../../../contract/read-records.ts';
import type { SearchableQuestion, SearchableTopic } from './build-index.ts';

export { generatedDataFiles, GeneratedDataError } from '../../../../contract/read-records.ts';

export interface GeneratedData {
  readonly questions: SearchableQuestion[];
  readonly topics: SearchableTopic[];
}

export function readGeneratedData(siteDir: string, dataDir: string): GeneratedData {
  return readGeneratedRecords<SearchableQuestion, SearchableTopic>(generatedDataFiles(siteDir, dataDir), {
    topic: { title: FIELD.string, permalink: FIELD.string },
    question: {
      title: FIELD.string,
      permalink: FIELD.string,
      secondaryTopics: FIELD.strings,
      answer: FIELD.string,
      keywords: FIELD.strings,
    },
  });
}
