/**
 * The question data the search index is built from, produced in memory by
 * the real generator pipeline (the same JSON the site's plugin reads from
 * docs/_generated), for the search evaluation, benchmark and tests.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SearchableQuestion, SearchableTopic } from '../../src/plugins/search/server/build-index.ts';
import { marketingPatterns } from '../../generator/config/marketing-patterns.ts';
import { siteTaxonomy } from '../../generator/config/site-taxonomy.ts';
import { generate } from '../../generator/generate-site.ts';
import { GENERATED_DATA_DIR as DATA_DIR } from '../../contract/records.ts';
import { EMPTY_LOCK, parseLock } from '../../generator/stages/slugs/slug-lock.ts';

export interface CorpusQuestion extends SearchableQuestion {
  /** Position in the source: what the query sets' `expect` lists name. */
  readonly number: number;
}

export interface SearchCorpus {
  readonly questions: readonly CorpusQuestion[];
  readonly topics: readonly SearchableTopic[];
}

const repo = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the generator on `sourceBytes` and returns its questions.json and topics.json. */
export function corpusFromSource(sourceBytes: Uint8Array, lockText?: string): SearchCorpus {
  const lock = lockText === undefined ? EMPTY_LOCK : parseLock(lockText, 'source/slugs.lock.json');
  const { files } = generate({ sourceBytes, sourceFile: 'source.txt', lock, lockFile: 'source/slugs.lock.json', taxonomy: siteTaxonomy, marketingPatterns });
  const read = <T>(name: string): T => JSON.parse(files.get(`${DATA_DIR}/${name}`)!) as T;
  return { questions: read<CorpusQuestion[]>('questions.json'), topics: read<SearchableTopic[]>('topics.json') };
}

/** The site's own 52 questions, with their locked ids and URLs. */
export function realCorpus(): SearchCorpus {
  return corpusFromSource(readFileSync(`${repo}source/sre-interview-questions.txt`), readFileSync(`${repo}source/slugs.lock.json`, 'utf8'));
}
