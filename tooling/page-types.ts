/**
 * One page of each type the site serves, for the benchmarks and budget tests
 * that measure "every page type": paths from the site's root, without the base URL.
 * Reads the generator's output (docs/_generated/) through the contract's reader,
 * so run `npm run generate` first.
 */
import { join } from 'node:path';
import { generatedDataFiles, readGeneratedRecords } from '../contract/read-records.ts';
import { GENERATED_DATA_DIR } from '../contract/records.ts';
import { quizPath, SEARCH_PATH, STUDY_PATH } from '../contract/urls.ts';

export interface PageType {
  readonly name: string;
  readonly path: string;
  /** Kept out of search engines on purpose (`<meta name="robots" content="noindex">`). */
  readonly noindex?: true;
}

/** Question 7 (RTO and RPO) and the first topic: typical of their types, and stable across runs. */
export function pageTypes(docsDir = 'docs'): PageType[] {
  const { questions, topics } = readGeneratedRecords(generatedDataFiles(docsDir, GENERATED_DATA_DIR));
  const question = questions.find((candidate) => candidate.number === 7) ?? questions[0];
  if (!question || !topics[0]) throw new Error(`${join(docsDir, GENERATED_DATA_DIR)}/ has no questions or topics: run \`npm run generate\` first.`);
  return [
    { name: 'home', path: '/' },
    { name: 'question', path: question.permalink },
    // Its quiz page (src/plugins/quiz): the question only; the answer's chunk loads on reveal. It repeats
    // the question page, so it is noindex.
    { name: 'quiz', path: quizPath(question.slug), noindex: true },
    { name: 'topic', path: topics[0].permalink },
    { name: 'search', path: SEARCH_PATH },
    { name: 'study', path: STUDY_PATH },
  ];
}
