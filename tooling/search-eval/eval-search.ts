/**
 * npm run eval:search -- [--set FILE]...
 *
 * Scores the site's search on the real questions against query sets
 * (default: every test/fixtures/search/search-queries*.json): success@3 (a
 * right answer among the first three pages) and MRR, query by query. Exits 1
 * below 95% success@3 or when a marketing-text query surfaces a page it must
 * avoid, as the unit test does.
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { realCorpus } from './search-corpus.ts';
import { flexsearchEngine } from './search-engines.ts';
import { readQuerySet, scoreQueries } from './search-quality.ts';

const MIN_SUCCESS_AT_3 = 0.95;
const repo = resolve(fileURLToPath(import.meta.url), '../../..');
const fixtures = join(repo, 'test/fixtures/search');

const { values } = parseArgs({ options: { set: { type: 'string', multiple: true } } });
const sets =
  values.set?.map((path) => resolve(path)) ??
  readdirSync(fixtures)
    .filter((name) => /^search-queries.*\.json$/.test(name))
    .map((name) => join(fixtures, name));

const corpus = realCorpus();
const titleOf = new Map(corpus.questions.map((question) => [question.number, question.title]));
const engine = flexsearchEngine.build(corpus);
const short = (text: string, length = 60) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

let failed = false;
for (const path of sets) {
  const set = readQuerySet(path);
  const report = scoreQueries(set.queries, (query) => engine.search(query));
  console.log(`\n## ${relative(process.cwd(), path)}\n`);
  console.log('| | query | kind | expected | rank | top 3 |');
  console.log('|---|---|---|---|---:|---|');
  for (const outcome of report.outcomes) {
    const { q, expect, avoid, kind } = outcome.query;
    const top = outcome.results
      .slice(0, 3)
      .map((number) => `${number} ${short(titleOf.get(number) ?? '', 40)}`)
      .join('<br>');
    const expected = expect.length > 0 ? expect.join(', ') : `none; avoid ${avoid?.join(', ') ?? '—'}`;
    console.log(`| ${outcome.passed ? 'ok' : '**FAIL**'} | ${q} | ${kind ?? ''} | ${expected} | ${outcome.firstRight ?? '—'} | ${top || '(no results)'} |`);
  }
  const percent = (report.successAt3 * 100).toFixed(1);
  console.log(`\nsuccess@3: ${percent}%   MRR: ${report.meanReciprocalRank.toFixed(3)}   marketing pages surfaced: ${report.avoidViolations.length}`);
  if (report.successAt3 < MIN_SUCCESS_AT_3 || report.avoidViolations.length > 0) failed = true;
}
if (failed) {
  console.error(
    `\nBelow the bar (success@3 ≥ ${MIN_SUCCESS_AT_3 * 100}%, no marketing page surfaced). Improve the ranking in general; do not tune it to single queries.`,
  );
  process.exitCode = 1;
}
