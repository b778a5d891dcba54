import type { QuestionKind } from '../contract/records.ts';

/** One line of the source, with its 1-based line number, for error messages and the conservation check. */
export interface SourceLine {
  readonly line: number;
  readonly text: string;
}

export interface Paragraph {
  readonly kind: 'paragraph';
  readonly line: number;
  readonly text: string;
}

export interface ListBlock {
  readonly kind: 'list';
  readonly ordered: boolean;
  /** First number of an ordered list, as written. */
  readonly start: number | undefined;
  readonly items: readonly SourceLine[];
}

export type AnswerBlock = Paragraph | ListBlock;

export interface ParsedQuestion {
  /** The number as written in the source; also the question's position. */
  readonly number: number;
  readonly line: number;
  readonly title: string;
  readonly blocks: readonly AnswerBlock[];
}

export interface ParsedDocument {
  readonly file: string;
  /** Lines before question 1: the scraped page's header. */
  readonly preamble: readonly SourceLine[];
  readonly questions: readonly ParsedQuestion[];
}

export interface DroppedLine extends SourceLine {
  /** Which rule in the marketing patterns dropped it. */
  readonly reason: string;
}

export interface CleanDocument {
  readonly file: string;
  readonly questions: readonly ParsedQuestion[];
  readonly dropped: readonly DroppedLine[];
}

export interface Classification {
  readonly primary: string;
  readonly secondary: readonly string[];
  readonly kind: QuestionKind;
  /** Keyword score per topic id, for the --verbose report. */
  readonly scores: Readonly<Record<string, number>>;
  /** Why the primary topic and kind were chosen: "rules" or "override". */
  readonly primarySource: 'rules' | 'override';
  readonly kindSource: 'rules' | 'override';
}

export interface ClassifiedQuestion extends ParsedQuestion {
  readonly classification: Classification;
}

export interface TopicDefinition {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly order: number;
  /** Words and phrases that count towards this topic; matched on word boundaries, case-insensitively. */
  readonly keywords: readonly string[];
}

export interface SlottedQuestion extends ClassifiedQuestion {
  /** Stable short-link number, kept in the slug lock file. */
  readonly id: number;
  readonly slug: string;
}
