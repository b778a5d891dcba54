/**
 * The question data the generator wrote (docs/_generated), which every image,
 * download and print sheet is made from, so none of them can drift from the
 * pages. Reading and checking is contract/read-records.ts; this names
 * the fields they need.
 */
import { FIELD, generatedDataFiles, readGeneratedRecords } from '../../../../contract/read-records.ts';
import type { SheetAnswerBlock } from '../shared/types.ts';

export interface ShareQuestion {
  readonly id: number;
  readonly number: number;
  readonly slug: string;
  readonly permalink: string;
  readonly previewImage: string;
  readonly title: string;
  readonly primaryTopic: string;
  readonly secondaryTopics: readonly string[];
  readonly kind: 'behavioural' | 'technical';
  /** The answer's lines, as the page shows them, one per line. */
  readonly answer: string;
  readonly answerBlocks: readonly SheetAnswerBlock[];
}

export interface ShareTopic {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly permalink: string;
  readonly previewImage: string;
  readonly questionCount: number;
  /** The topic's own questions (it is their primary topic), in sidebar order. */
  readonly questionIds: readonly number[];
}

export interface ShareData {
  readonly questions: readonly ShareQuestion[];
  readonly topics: readonly ShareTopic[];
}

export { generatedDataFiles } from '../../../../contract/read-records.ts';

export function readShareData(siteDir: string, dataDir: string): ShareData {
  return readGeneratedRecords<ShareQuestion, ShareTopic>(generatedDataFiles(siteDir, dataDir), {
    question: {
      number: FIELD.number,
      slug: FIELD.string,
      permalink: FIELD.string,
      previewImage: FIELD.string,
      title: FIELD.string,
      secondaryTopics: FIELD.strings,
      kind: FIELD.kind,
      answer: FIELD.string,
      answerBlocks: FIELD.list,
    },
    topic: {
      title: FIELD.string,
      description: FIELD.string,
      permalink: FIELD.string,
      previewImage: FIELD.string,
      questionCount: FIELD.number,
      questionIds: FIELD.numbers,
    },
  });
}
