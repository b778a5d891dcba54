/**
 * The search index's cut into shards (shared/shards.ts): which shard holds a
 * term, which shards a word being typed needs, and that a cut index finds
 * exactly what a whole one finds, while a first search loads only part of it.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/plugins/search/server/build-index.ts';
import { Searcher } from '../../../src/plugins/search/shared/searcher.ts';
import { blockOfPage, cutIntoRanges, shardOfTerm, shardsOfPrefix } from '../../../src/plugins/search/shared/shards.ts';
import { syntheticSource } from '../../../tooling/bench/synthetic-source.ts';
import { corpusFromSource } from '../../../tooling/search-eval/search-corpus.ts';
import { shardsOfFirstSearch } from '../../../tooling/search-eval/search-engines.ts';

const sized = (entries: Record<string, number>) => Object.entries(entries).map(([term, bytes]) => ({ term, bytes }));

describe('cutting sorted terms into ranges of a byte budget', () => {
  it.each([
    ['everything fits one range', { a: 10, b: 10, c: 10, d: 10 }, 100, []],
    ['a range closes before the term that would overflow it', { a: 10, b: 10, c: 10, d: 10 }, 25, ['c']],
    ['exactly full is still one range', { a: 10, b: 10, c: 10, d: 10 }, 20, ['c']],
    ['a term over the budget gets a range alone', { a: 5, b: 50, c: 5 }, 10, ['b', 'c']],
    ['no terms, no cut', {}, 10, []],
  ])('%s', (_, terms, budget, bounds) => expect(cutIntoRanges(sized(terms), budget)).toEqual(bounds));

  it('refuses unsorted or repeated terms and a budget that is not positive (negative controls)', () => {
    expect(() => cutIntoRanges(sized({ b: 1, a: 1 }), 10)).toThrow(/not sorted and unique: "b" before "a"/);
    expect(() => cutIntoRanges([...sized({ a: 1 }), ...sized({ a: 1 })], 10)).toThrow(/not sorted and unique/);
    expect(() => cutIntoRanges(sized({ a: 1 }), 0)).toThrow(/budget 0/);
  });
});

describe('finding a term’s shard', () => {
  const bounds = ['c', 'ca', 'm'];
  it.each([
    ['a', 0],
    ['bzz', 0],
    ['c', 1],
    ['c9', 1],
    ['ca', 2],
    ['cat', 2],
    ['lz', 2],
    ['m', 3],
    ['zebra', 3],
  ])('%s is in shard %i', (term, shard) => expect(shardOfTerm(bounds, term)).toBe(shard));

  it.each([
    ['b', [0]],
    ['c', [1, 2]],
    ['ca', [2]],
    ['cb', [2]],
    ['l', [2]],
    ['', [0, 1, 2, 3]],
  ])('completions of "%s" can be in shards %j', (prefix, shards) => expect(shardsOfPrefix(bounds, prefix)).toEqual(shards));

  it('with no bounds, everything is shard 0', () => {
    expect(shardOfTerm([], 'anything')).toBe(0);
    expect(shardsOfPrefix([], 'any')).toEqual([0]);
  });

  it.each([
    [0, 100, 0],
    [99, 100, 0],
    [100, 100, 1],
    [1499, 100, 14],
  ])('page %i with blocks of %i is in block %i', (page, size, block) => expect(blockOfPage(page, size)).toBe(block));

  it('refuses a page number that is not one (negative control)', () => {
    expect(() => blockOfPage(-1, 100)).toThrow(/page -1/);
    expect(() => blockOfPage(1.5, 100)).toThrow(/page 1.5/);
  });
});

describe('a cut index', () => {
  const corpus = corpusFromSource(new TextEncoder().encode(syntheticSource(400)));
  // Small budgets, so 400 questions make many shards and blocks.
  const budget = { questionTerms: 3_000, answerTerms: 6_000, blockSize: 25, inlineUpTo: 0 };
  const cut = buildSearchIndex(corpus.questions, corpus.topics, { excerptLength: 120 }, budget);
  const whole = buildSearchIndex(
    corpus.questions,
    corpus.topics,
    { excerptLength: 120 },
    { questionTerms: 1e9, answerTerms: 1e9, blockSize: 25, inlineUpTo: Infinity },
  );
  const queries = [
    'kubernetes',
    'error budget',
    'kubern',
    'postmortem blameless',
    'rto',
    'incident',
    'alert fatigue',
    'kubernets',
    'capacity planning',
    'toil',
  ];

  const loadedFully = (files: typeof cut) => {
    const searcher = new Searcher(structuredClone(files.questions));
    searcher.addAnswers(structuredClone(files.answers));
    for (const [key, shard] of files.shards) searcher.addShard(key, structuredClone(shard));
    return searcher;
  };

  it('has many shards, and the whole one none (so the comparison below compares something)', () => {
    expect(cut.questions.layout.questionBounds.length).toBeGreaterThan(5);
    expect(cut.answers.answerBounds.length).toBeGreaterThan(5);
    expect([...cut.shards.keys()].filter((key) => key.startsWith('d'))).toHaveLength(400 / 25);
    expect(whole.shards.size).toBe(0);
  });

  it('finds the same results in the same order, with the same excerpts, once its shards are in', () => {
    const a = loadedFully(cut);
    const b = loadedFully(whole);
    for (const query of queries) {
      for (const scope of ['all', 'question'] as const) {
        const got = a.search({ query, scope, limit: 20 });
        const want = b.search({ query, scope, limit: 20 });
        expect(
          got.hits.map((hit) => [hit.question.id, hit.question.excerpt, hit.score]),
          `${query} (${scope})`,
        ).toEqual(want.hits.map((hit) => [hit.question.id, hit.question.excerpt, hit.score]));
        expect(got.complete).toBe(true);
      }
    }
  });

  it('a first search loads only some shards, then finds what the whole index finds', () => {
    const whole8 = loadedFully(whole);
    for (const query of queries) {
      const keys = shardsOfFirstSearch(cut, query, 8);
      expect(keys.length, query).toBeLessThan(cut.shards.size / 2);
      const searcher = new Searcher(structuredClone(cut.questions));
      searcher.addAnswers(structuredClone(cut.answers));
      for (const key of keys) searcher.addShard(key, cut.shards.get(key)!);
      const found = searcher.search({ query, limit: 8 });
      expect(found.complete, query).toBe(true);
      expect(found.hits.map((hit) => hit.question.id)).toEqual(whole8.search({ query, limit: 8 }).hits.map((hit) => hit.question.id));
    }
  });

  it('says it is incomplete, and asks for shards, before they arrive (negative control)', () => {
    const asked: string[] = [];
    const searcher = new Searcher(structuredClone(cut.questions), (keys) => asked.push(...keys));
    const outcome = searcher.search({ query: 'kubernetes', limit: 8 });
    expect(outcome.complete).toBe(false);
    expect(outcome.hits).toEqual([]);
    expect(asked.some((key) => key.startsWith('t'))).toBe(true);
  });

  it('in study mode’s scope, never asks for answer text (answer terms or excerpts)', () => {
    const asked: string[] = [];
    const searcher = new Searcher(structuredClone(cut.questions), (keys) => asked.push(...keys));
    searcher.addAnswers(structuredClone(cut.answers));
    for (let round = 0; round < 5; round++) {
      searcher.search({ query: 'kubernetes incident', scope: 'question', limit: 8 });
      for (const key of asked) searcher.addShard(key, cut.shards.get(key)!);
    }
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((key) => /^[ae]/.test(key))).toEqual([]);
  });
});
