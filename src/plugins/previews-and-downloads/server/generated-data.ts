/**
 * The question data the generator wrote (docs/_generated), which every image,
 * download and print sheet is made from, so none of them can drift from the
 * pages. Read and checked by the contract's one reader.
 */
import { generatedDataFiles, readGeneratedRecords } from '../../../../contract/read-records.ts';
import type { QuestionRecord, TopicRecord } from '../../../../contract/records.ts';

/** The fields of the generator's records (contract/records.ts) images, downloads and print sheets are made from. */
export type ShareQuestion = Pick<
  QuestionRecord,
  'id' | 'number' | 'slug' | 'permalink' | 'previewImage' | 'title' | 'primaryTopic' | 'secondaryTopics' | 'kind' | 'answer' | 'answerBlocks'
>;
export type ShareTopic = Pick<TopicRecord, 'id' | 'title' | 'description' | 'permalink' | 'previewImage' | 'questionCount' | 'questionIds'>;

export interface ShareData {
  readonly questions: readonly ShareQuestion[];
  readonly topics: readonly ShareTopic[];
}

export { generatedDataFiles } from '../../../../contract/read-records.ts';

export function readShareData(siteDir: string, dataDir: string): ShareData {
  return readGeneratedRecords(generatedDataFiles(siteDir, dataDir));
}
