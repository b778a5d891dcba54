/**
 * One page of each type the site serves, for the benchmarks and budget tests
 * that measure "every page type": paths from the site's root, without the base URL.
 * Reads the generator's output (docs/_generated/), so run `npm run generate` first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PageType {
  readonly name: string;
  readonly path: string;
  /** Kept out of search engines on purpose (`<meta name="robots" content="noindex">`). */
  readonly noindex?: true;
}

interface Permalinked {
  readonly permalink: string;
}

/** Question 7 (RTO and RPO) and the first topic: typical of their types, and stable across runs. */
export function pageTypes(docsDir = 'docs'): PageType[] {
  const read = <T>(file: string) => JSON.parse(readFileSync(join(docsDir, '_generated', file), 'utf8')) as T;
  const questions = read<(Permalinked & { number: number })[]>('questions.json');
  const topics = read<Permalinked[]>('topics.json');
  const question = questions.find((candidate) => candidate.number === 7) ?? questions[0];
  if (!question || !topics[0]) throw new Error(`${docsDir}/_generated/ has no questions or topics: run \`npm run generate\` first.`);
  return [
    { name: 'home', path: '/' },
    { name: 'question', path: question.permalink },
    // Its quiz page (src/plugins/quiz): the question only; the answer's chunk loads on reveal. It repeats
    // the question page, so it is noindex.
    { name: 'quiz', path: question.permalink.replace(/^\/questions\//, '/quiz/'), noindex: true },
    { name: 'topic', path: topics[0].permalink },
    { name: 'search', path: '/search' },
    { name: 'study', path: '/study' },
  ];
}
