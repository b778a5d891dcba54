import type { GeneratedAnswerBlock } from '../../../../generator/document-types.ts';

/** Data a printable study sheet route receives (one JSON module per sheet). */
export type SheetAnswerBlock = GeneratedAnswerBlock;

export interface SheetQuestion {
  readonly id: number;
  readonly title: string;
  readonly permalink: string;
  readonly topicTitle: string;
  readonly kind: 'behavioural' | 'technical';
  readonly answerBlocks: readonly SheetAnswerBlock[];
}

export interface PrintSheet {
  readonly title: string;
  readonly description: string;
  /** Where the sheet's questions live on the site: a topic page, or the home page for all. */
  readonly backLink: { readonly title: string; readonly permalink: string };
  readonly questions: readonly SheetQuestion[];
}
