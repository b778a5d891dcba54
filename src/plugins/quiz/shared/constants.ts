/**
 * Shared by the quiz plugin (server) and its page (client). The quiz pages'
 * URL rule (`quizPath`, `slugOfQuizPath`) is the contract's: contract/urls.ts.
 */
import type { AnswerBlock, QuestionKind } from '../../../../contract/records.ts';

export const PLUGIN_NAME = 'sre-quiz';

/**
 * The module the plugin aliases to its generated answer loaders: one dynamic
 * import per question, so the bundler emits each answer as its own chunk and
 * a quiz page downloads its answer only when the reader reveals it.
 */
export const ANSWER_LOADERS_MODULE = '@sre-quiz/answer-loaders';

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
}

/** One quiz data file: the pages of one file of QUIZ_PAGES_PER_FILE, by slug (see index.ts). */
export type QuizPagesBySlug = Readonly<Record<string, QuizPageData>>;

/** One question's answer chunk. */
export interface QuizAnswer {
  readonly questionId: number;
  readonly blocks: readonly AnswerBlock[];
}

export type AnswerLoaders = Readonly<Record<string, () => Promise<{ default: QuizAnswer }>>>;

/** Spoiler-free: the same for every quiz page, so no preview can give an answer away. */
export const QUIZ_DESCRIPTION = 'Try answering this SRE interview question before revealing the model answer.';
