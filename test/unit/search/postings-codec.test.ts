/**
 * The index files carry each slot's page numbers as gaps (shared/postings-codec.ts): written-down cases, a round trip
 * in any order, a refusal of what is not flexsearch's postings, and, on the real questions, that a word's decoded
 * postings are exactly the questions whose titles hold it, counted from the titles themselves.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/plugins/search/server/build-index.ts';
import { createEncoder } from '../../../src/plugins/search/shared/encoder.ts';
import { decodePostings, encodePostings } from '../../../src/plugins/search/shared/postings-codec.ts';
import type { Postings, TermShard } from '../../../src/plugins/search/shared/types.ts';
import { realCorpus } from '../../../tooling/search-eval/search-corpus.ts';

describe('postings as gaps', () => {
  it('writes each slot’s pages as gaps from the one before, the first from 0, and leaves empty slots empty', () => {
    const postings: Postings = [
      ['alert', [null, [3, 5, 9], [12]]],
      ['budget', [[0, 1, 2, 40]]],
    ];
    expect(encodePostings(postings)).toEqual([
      ['alert', [null, [3, 2, 4], [12]]],
      ['budget', [[0, 1, 1, 38]]],
    ]);
  });

  it('reads gaps back into the page numbers, in any order (a negative gap included)', () => {
    const postings: Postings = [['slo', [[7, 2, 30], null, [4]]]];
    expect(encodePostings(postings)).toEqual([['slo', [[7, -5, 28], null, [4]]]]);
    expect(decodePostings(encodePostings(postings))).toEqual(postings);
  });

  it('refuses what is not slots of page numbers, naming the term (negative control)', () => {
    expect(() => encodePostings([['rto', { ctx: [1] }]])).toThrowErrorMatchingInlineSnapshot(
      `[Error: the postings of "rto" are not flexsearch's slots of page numbers: {"ctx":[1]}]`,
    );
    expect(() => decodePostings([['rpo', [[1, 'two']]]])).toThrowErrorMatchingInlineSnapshot(
      `[Error: the postings of "rpo" are not flexsearch's slots of page numbers: [[1,"two"]]]`,
    );
  });
});

describe('the index built from the real questions', () => {
  const { questions, topics } = realCorpus();
  const built = buildSearchIndex(questions, topics, { excerptLength: 160 });
  const titlePostings = (shards: Record<string, TermShard>) => Object.values(shards).flatMap((shard) => shard.fields.title ?? []);
  const pagesOf = (postings: Postings, term: string) =>
    (postings.find(([candidate]) => candidate === term)?.[1] as (number[] | null)[] | undefined)?.flatMap((slot) => slot ?? []).sort((a, b) => a - b);
  /** From the titles, not the index: every question whose title says "incident" or "incidents". */
  const incidentPages = questions.flatMap((question, page) => (/\bincidents?\b/i.test(question.title) ? [page] : []));
  /** The index term both forms become. */
  const [incidentTerm] = createEncoder().encode('incidents');

  it('has several questions titled with "incident" (so the checks below check something)', () => {
    expect(incidentPages.length).toBeGreaterThan(5);
    expect(createEncoder().encode('incident')).toEqual([incidentTerm]);
  });

  it('decodes a word’s title postings to exactly the questions whose titles hold it', () => {
    expect(pagesOf(decodePostings(titlePostings(built.questions.terms)), incidentTerm!)).toEqual(incidentPages);
  });

  it('ships gaps, not the page numbers (negative control: read as page numbers, they name other questions)', () => {
    expect(pagesOf(titlePostings(built.questions.terms), incidentTerm!)).not.toEqual(incidentPages);
  });
});
