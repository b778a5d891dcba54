import type { PhrasingContent } from 'mdast';
import type { QuestionKind } from '../contract/records.ts';

/** One line of the source, with its 1-based line number, for error messages and the conservation check. */
export interface SourceLine {
  readonly line: number;
  readonly text: string;
}

/**
 * A paragraph or list item. `text` is what it says, as plain text; a team's
 * Markdown answer also keeps its inline markup (code, math, emphasis, links)
 * in `inline`, whose text nodes are escaped like any other text.
 */
export interface TextLine extends SourceLine {
  readonly inline?: readonly PhrasingContent[];
}

export interface Paragraph extends TextLine {
  readonly kind: 'paragraph';
}

export interface ListBlock {
  readonly kind: 'list';
  readonly ordered: boolean;
  /** First number of an ordered list, as written. */
  readonly start: number | undefined;
  readonly items: readonly TextLine[];
}

/** A fenced or indented code block of a team's Markdown answer, shown as written. */
export interface CodeBlock {
  readonly kind: 'code';
  readonly line: number;
  readonly language: string | undefined;
  readonly text: string;
}

/** A `$$…$$` formula of a team's Markdown answer (TeX), rendered by KaTeX. */
export interface MathBlock {
  readonly kind: 'math';
  readonly line: number;
  readonly text: string;
}

export type AnswerBlock = Paragraph | ListBlock | CodeBlock | MathBlock;

export interface ParsedQuestion {
  /** The number as written in the source; also the question's position. Team questions follow the source's, in file order. */
  readonly number: number;
  /** The file it came from, as shown to the user: the scraped source or a team's Markdown file. */
  readonly file: string;
  readonly line: number;
  readonly title: string;
  readonly blocks: readonly AnswerBlock[];
  /** A team question's file name: the slug it gets when it is new, instead of one made from the title. */
  readonly preferredSlug?: string;
  /** What a team's front matter decides instead of the classifier. */
  readonly declared?: DeclaredClassification;
}

/** `topics` (primary first) and `kind` from a team question's front matter; either may be left to the classifier. */
export interface DeclaredClassification {
  readonly topics?: readonly string[];
  readonly kind?: QuestionKind;
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
  /** Why the primary topic and kind were chosen: the keyword rules, an override, or the question's front matter. */
  readonly primarySource: ClassificationSource;
  readonly kindSource: ClassificationSource;
}

export type ClassificationSource = 'rules' | 'override' | 'front matter';

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
