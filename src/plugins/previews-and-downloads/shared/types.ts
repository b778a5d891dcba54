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
  /** Present when the sheet is printed in parts (more questions than PAGING.printSheet). */
  readonly part?: {
    /** From 1. */
    readonly number: number;
    /** Every part's path, in order, without the base URL. */
    readonly paths: readonly string[];
    /** The number of this part's first question in the whole sheet. */
    readonly firstQuestion: number;
  };
  readonly questions: readonly SheetQuestion[];
}
