/**
 * The plugin's build-time side: its options and what the index files contain.
 * Reading the generator's data is the contract's (test/unit/contract/read-records.test.ts).
 */
import { normalizePluginOptions } from '@docusaurus/utils-validation';
import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../../tooling/search-eval/search-corpus.ts';
import { DEFAULT_OPTIONS, type PluginOptions, type UserOptions, validateOptions } from '../../../src/plugins/search/options.ts';
import { buildSearchIndex } from '../../../src/plugins/search/server/build-index.ts';
import { stems } from '../../../src/plugins/search/shared/analyze.ts';
import { createEncoder } from '../../../src/plugins/search/shared/encoder.ts';
import { postingTerms } from '../../../src/plugins/search/shared/searcher.ts';

const validate = (options: UserOptions) => validateOptions({ validate: (schema, value) => normalizePluginOptions<PluginOptions>(schema, value), options });

describe('plugin options', () => {
  it('default every option', () => {
    expect(validate({})).toEqual({ id: 'default', ...DEFAULT_OPTIONS });
  });

  it('reject a route path with slashes around it, saying what is expected', () => {
    expect(() => validate({ routePath: '/search/' })).toThrow(/routePath.*without leading or trailing slash/);
  });

  it('reject an unknown option', () => {
    expect(() => validate({ excerptLenght: 100 } as UserOptions)).toThrow(/excerptLenght/);
  });
});

describe('the index files', () => {
  const corpus = realCorpus();
  const files = buildSearchIndex(corpus.questions, corpus.topics, { excerptLength: 120 });

  it('fit the real questions in the two files, one term shard and one block each, with nothing to load on demand', () => {
    expect(Object.keys(files.questions.terms)).toEqual(['t0']);
    expect(Object.keys(files.questions.stored)).toEqual(['d0']);
    expect(Object.keys(files.answers.terms)).toEqual(['a0']);
    expect(Object.keys(files.answers.excerpts)).toEqual(['e0']);
    expect(files.shards.size).toBe(0);
  });

  it('would be cut if it were larger than the inline limit (negative control)', () => {
    const cut = buildSearchIndex(
      corpus.questions,
      corpus.topics,
      { excerptLength: 120 },
      { questionTerms: 24_000, answerTerms: 48_000, blockSize: 50, inlineUpTo: 0 },
    );
    expect(cut.shards.size).toBeGreaterThan(0);
    expect(Object.keys(cut.questions.terms)).toEqual([]);
  });

  it('store only what a result shows: id, title, URL, topics; the excerpt comes with the answers', () => {
    const stored = files.questions.stored.d0!;
    expect(Object.keys(stored).sort()).toEqual(['ids', 'titles', 'urls']);
    expect(stored.ids).toEqual(corpus.questions.map((question) => question.id));
    expect(stored.urls).toEqual(corpus.questions.map((question) => question.permalink));
    expect(files.questions.pageTopics).toHaveLength(corpus.questions.length);
    expect(JSON.stringify(files.questions)).not.toContain(corpus.questions[0]!.answer.slice(0, 40));
    for (const excerpt of files.answers.excerpts.e0!.excerpts) expect(excerpt.length).toBeLessThanOrEqual(121);
  });

  it('hold exactly the encoder’s terms for each field (the browser reads them back as its vocabulary)', () => {
    const encoder = createEncoder();
    const expected = new Set(corpus.questions.flatMap((question) => encoder.encode(question.title)));
    expect(new Set(postingTerms(files.questions.terms.t0!.fields.title!))).toEqual(expected);
    expect(new Set(postingTerms(files.answers.terms.a0!.fields.answer!))).toEqual(new Set(corpus.questions.flatMap((question) => stems(question.answer))));
  });
});
