/**
 * Scores a search against a query set (test/fixtures/search/*.json): a query
 * passes when a right answer is among the first three distinct pages
 * (success@3); MRR is the mean of 1 / rank of the first right answer. Queries
 * with an empty `expect` list are noise probes: none of their `avoid` pages
 * may appear at all.
 */
import { readFileSync } from 'node:fs';

export interface QueryCase {
  readonly q: string;
  /** Question numbers (order in the source) that count as a right answer. */
  readonly expect: readonly number[];
  readonly avoid?: readonly number[];
  readonly kind?: string;
}

export interface QuerySet {
  readonly about: string;
  readonly queries: readonly QueryCase[];
}

export interface CaseOutcome {
  readonly query: QueryCase;
  /** Question numbers of the results, best first. */
  readonly results: readonly number[];
  /** 1-based rank of the first right answer, if any. */
  readonly firstRight: number | undefined;
  readonly passed: boolean;
}

export interface QualityReport {
  readonly outcomes: readonly CaseOutcome[];
  /** Share of queries with an expectation that have a right answer in the top 3. */
  readonly successAt3: number;
  readonly meanReciprocalRank: number;
  /** Noise probes that surfaced a page they must avoid. */
  readonly avoidViolations: readonly CaseOutcome[];
}

export function readQuerySet(path: string): QuerySet {
  return JSON.parse(readFileSync(path, 'utf8')) as QuerySet;
}

/** `search` returns question numbers, best first, each once. */
export function scoreQueries(queries: readonly QueryCase[], search: (query: string) => readonly number[]): QualityReport {
  const outcomes = queries.map((query): CaseOutcome => {
    const results = search(query.q);
    if (query.expect.length === 0) {
      return { query, results, firstRight: undefined, passed: !results.some((number) => query.avoid?.includes(number)) };
    }
    const index = results.findIndex((number) => query.expect.includes(number));
    const firstRight = index === -1 ? undefined : index + 1;
    return { query, results, firstRight, passed: firstRight !== undefined && firstRight <= 3 };
  });
  const graded = outcomes.filter((outcome) => outcome.query.expect.length > 0);
  return {
    outcomes,
    successAt3: graded.filter((outcome) => outcome.passed).length / Math.max(1, graded.length),
    meanReciprocalRank: graded.reduce((sum, outcome) => sum + (outcome.firstRight ? 1 / outcome.firstRight : 0), 0) / Math.max(1, graded.length),
    avoidViolations: outcomes.filter((outcome) => outcome.query.expect.length === 0 && !outcome.passed),
  };
}
