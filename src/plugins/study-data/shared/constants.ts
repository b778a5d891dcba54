/**
 * Shared by the study-data plugin (server) and the Practice page's session code (client): what /study downloads of
 * the questions, and the module it imports it from.
 */
import type { QuestionRecord, TopicRecord } from '../../../../contract/records.ts';

export const PLUGIN_NAME = 'sre-study-data';

/** The module the plugin aliases to the data it writes (see ../index.ts). */
export const STUDY_DATA_MODULE = '@sre-study/data';

/** The fields of a question a study session plans with and shows. */
export type StudyQuestion = Pick<QuestionRecord, 'id' | 'number' | 'permalink' | 'title' | 'primaryTopic' | 'kind' | 'answerBlocks'>;

export type StudyTopic = Pick<TopicRecord, 'id' | 'title' | 'questionIds'>;

export interface StudyData {
  readonly questions: readonly StudyQuestion[];
  readonly topics: readonly StudyTopic[];
}
