/**
 * From the generator's question data to what the quiz plugin writes: each
 * quiz page's spoiler-free data, and each answer as a file of its own that the
 * page fetches when the reader reveals it. Pure: index.ts hands the files to
 * the bundler and the data to Docusaurus.
 */
import { createHash } from 'node:crypto';
import type { QuestionRecord, TopicRecord } from '../../../../contract/records.ts';
import { quizAnswerPath, quizPath, slugOfQuizPath } from '../../../../contract/urls.ts';
import type { QuizAnswer, QuizPageData, QuizPagesBySlug } from '../shared/constants.ts';
import type { AssetFile } from '../../emit-assets-plugin.ts';

/** The fields of the generator's records (contract/records.ts) a quiz page is made from. */
export type QuizSourceQuestion = Pick<QuestionRecord, 'id' | 'slug' | 'permalink' | 'title' | 'primaryTopic' | 'kind' | 'previewImage' | 'answerBlocks'>;
export type QuizSourceTopic = Pick<TopicRecord, 'id' | 'title' | 'permalink'>;

export interface QuizPage {
  /** Route path relative to the site: `/quiz/<slug>`. */
  readonly path: string;
  readonly data: QuizPageData;
  /** The answer's file: its path under the build folder (`data.answerPath` without its leading `/`) and its JSON. */
  readonly answerFile: AssetFile;
}

/** 8 hex digits: the length the bundle's own hashed names use, and the host's caching rule expects (deploy/nginx). */
function versionOf(texts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const text of texts) hash.update(text).update('\0');
  return hash.digest('hex').slice(0, 8);
}

export function quizPages(questions: readonly QuizSourceQuestion[], topics: readonly QuizSourceTopic[]): QuizPage[] {
  const topicById = new Map(topics.map((topic) => [topic.id, topic]));
  const answers = questions.map((question) => JSON.stringify({ questionId: question.id, blocks: question.answerBlocks } satisfies QuizAnswer));
  const version = versionOf(answers);
  return questions.map((question, index) => {
    const topic = topicById.get(question.primaryTopic);
    if (!topic) throw new Error(`question ${question.id} names topic "${question.primaryTopic}", which topics.json does not list. Run \`npm run generate\`.`);
    const answerPath = quizAnswerPath(version, question.id);
    return {
      path: quizPath(question.slug),
      data: {
        questionId: question.id,
        title: question.title,
        questionPath: question.permalink,
        topicTitle: topic.title,
        topicPath: topic.permalink,
        kind: question.kind,
        previewImage: question.previewImage,
        answerPath,
      },
      answerFile: { path: answerPath.slice(1), text: answers[index]! },
    };
  });
}

/** Every quiz page's data by its slug, the last segment of its path: what the page looks itself up in. */
export function quizPagesBySlug(pages: readonly QuizPage[]): QuizPagesBySlug {
  return Object.fromEntries(pages.map((page) => [slugOfQuizPath(page.path), page.data]));
}

/**
 * Quiz pages per data file. A quiz page loads the file its own data is in: one file for every page would be 83 KB
 * gzip at 2,000 questions for a page that shows one question, and one file per page would add a registry entry and a
 * chunk name per question to the code every page of the site loads. 50 pages are about 4 KB gzip.
 */
export const QUIZ_PAGES_PER_FILE = 50;

export interface QuizDataFile {
  /** File name for Docusaurus's createData. */
  readonly file: string;
  readonly pages: readonly QuizPage[];
}

/** The pages in files of `perFile`, in order: `quiz-pages-0.json` holds the first `perFile`, and so on. */
export function quizDataFiles(pages: readonly QuizPage[], perFile: number = QUIZ_PAGES_PER_FILE): QuizDataFile[] {
  if (!Number.isInteger(perFile) || perFile < 1) throw new Error(`quiz pages per data file must be a whole number of at least 1, not ${perFile}`);
  return Array.from({ length: Math.ceil(pages.length / perFile) }, (_, index) => ({
    file: `quiz-pages-${index}.json`,
    pages: pages.slice(index * perFile, (index + 1) * perFile),
  }));
}
