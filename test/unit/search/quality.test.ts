/**
 * Search quality on the real questions (see `npm run eval:search` for the
 * full report): a right answer in the top 3 for at least 95% of the queries
 * of each set, and never a page next to marketing text for a marketing query.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../../tooling/search-eval/search-corpus.ts';
import { flexsearchEngine } from '../../../tooling/search-eval/search-engines.ts';
import { readQuerySet, scoreQueries } from '../../../tooling/search-eval/search-quality.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/search');
const MIN_SUCCESS_AT_3 = 0.95;
const engine = flexsearchEngine.build(realCorpus());

describe.each(['search-queries.json', 'search-queries.paraphrases.json'])('query set %s', (file) => {
  const set = readQuerySet(join(fixtures, file));
  const report = scoreQueries(set.queries, (query) => engine.search(query));

  it(`finds a right answer in the top 3 for at least ${MIN_SUCCESS_AT_3 * 100}% of queries`, () => {
    const failed = report.outcomes.filter((outcome) => !outcome.passed && outcome.query.expect.length > 0);
    const details = failed.map(
      (outcome) => `"${outcome.query.q}": expected one of ${outcome.query.expect.join(', ')}, got ${outcome.results.slice(0, 3).join(', ')}`,
    );
    expect(report.successAt3, details.join('\n')).toBeGreaterThanOrEqual(MIN_SUCCESS_AT_3);
  });

  it('never surfaces the pages a marketing-text query must avoid', () => {
    expect(
      report.avoidViolations.map(
        (outcome) => `"${outcome.query.q}" surfaced ${outcome.results.filter((number) => outcome.query.avoid?.includes(number)).join(', ')}`,
      ),
    ).toEqual([]);
  });
});
