import type { QuestionRecord } from '../../../../contract/records.ts';

/** A question as a printable study sheet shows it. */
export type SheetQuestion = Pick<QuestionRecord, 'id' | 'title' | 'permalink' | 'kind' | 'answerBlocks'> & {
  readonly topicTitle: string;
};

/** Data a printable study sheet route receives (one JSON module per sheet). */
export interface PrintSheet {
  readonly title: string;
  readonly description: string;
  /** Where the sheet's questions live on the site: a topic page, or the home page for all. */
  readonly backLink: { readonly title: string; readonly permalink: string };
  readonly questions: readonly SheetQuestion[];
}
