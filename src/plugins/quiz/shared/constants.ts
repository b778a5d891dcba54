/**
 * Shared by the quiz plugin (server) and its page (client). The quiz pages'
 * URL rule (`quizPath`, `slugOfQuizPath`) is the contract's: contract/urls.ts.
 */
import type { AnswerBlock, QuestionKind } from '../../../../contract/records.ts';

export const PLUGIN_NAME = 'sre-quiz';

/**
 * What a quiz page's route module holds, and so everything its static HTML
 * can show: the question and where it belongs, never any of its answer.
 */
export interface QuizPageData {
  readonly questionId: number;
  readonly title: string;
  /** The question page, relative to the site: `/questions/<slug>`. */
  readonly questionPath: string;
  readonly topicTitle: string;
  readonly topicPath: string;
  readonly kind: QuestionKind;
  /** The question's link-preview image (`/img/og/<slug>.png`): the question and its topic, never the answer. */
  readonly previewImage: string;
  /**
   * Where its answer is, relative to the site (`quizAnswerPath` in contract/urls.ts): a file the page fetches when the
   * reader reveals it, so that the page's HTML and scripts never hold it.
   */
  readonly answerPath: string;
}

/** One quiz data file: the pages of one file of QUIZ_PAGES_PER_FILE, by slug (see index.ts). */
export type QuizPagesBySlug = Readonly<Record<string, QuizPageData>>;

/** One question's answer file. */
export interface QuizAnswer {
  readonly questionId: number;
  readonly blocks: readonly AnswerBlock[];
}

/** Spoiler-free: the same for every quiz page, so no preview can give an answer away. */
export const QUIZ_DESCRIPTION = 'Try answering this SRE interview question before revealing the model answer.';
