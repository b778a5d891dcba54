/**
 * The plugin's build-time side: its options, reading the generator's data
 * (with errors a person can act on), and what the index files contain.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizePluginOptions } from '@docusaurus/utils-validation';
import { afterEach, describe, expect, it } from 'vitest';
import { realCorpus } from '../../../tooling/search-eval/search-corpus.ts';
import { DEFAULT_OPTIONS, type PluginOptions, type UserOptions, validateOptions } from '../../../src/plugins/search/options.ts';
import { buildSearchIndex } from '../../../src/plugins/search/server/build-index.ts';
import { readGeneratedData } from '../../../src/plugins/search/server/generated-data.ts';
import { stems } from '../../../src/plugins/search/shared/analyze.ts';
import { createEncoder } from '../../../src/plugins/search/shared/encoder.ts';
import { exportedTerms } from '../../../src/plugins/search/shared/searcher.ts';

const validate = (options: UserOptions) =>
  validateOptions({ validate: (schema, value) => normalizePluginOptions(schema, value) as PluginOptions, options });

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

describe('reading the generated data', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Writes the files as the generator does; returns the questions file's lines. */
  const write = (questions: unknown, topics: unknown = [{ id: 't', title: 'T', permalink: '/topics/t' }]): string[] => {
    dir = mkdtempSync(join(tmpdir(), 'search-data-'));
    const text = `${JSON.stringify(questions, null, 2)}\n`;
    writeFileSync(join(dir, 'questions.json'), text);
    writeFileSync(join(dir, 'topics.json'), `${JSON.stringify(topics, null, 2)}\n`);
    return text.split('\n');
  };
  /** 1-based line where the record at `position` starts. */
  const lineOfRecord = (lines: string[], position: number) => lines.map((line, index) => [line, index + 1] as const).filter(([line]) => line === '  {')[position]![1];
  const valid = { id: 1, title: 'Q', permalink: '/questions/q', primaryTopic: 't', secondaryTopics: [], answer: 'A', keywords: [] };

  it('returns the questions and topics', () => {
    write([valid]);
    expect(readGeneratedData(dir, '.')).toEqual({ questions: [valid], topics: [{ id: 't', title: 'T', permalink: '/topics/t' }] });
  });

  it('names the file, the line of the bad record and the fix', () => {
    const { keywords: _dropped, ...withoutKeywords } = valid;
    const lines = write([valid, withoutKeywords]);
    expect(() => readGeneratedData(dir, '.')).toThrow(
      new RegExp(`questions\\.json:${lineOfRecord(lines, 1)}: record 2 has no list of strings "keywords"\\. Run \`npm run generate\``),
    );
  });

  it('reports a topic that topics.json does not list', () => {
    const lines = write([{ ...valid, secondaryTopics: ['gone'] }]);
    expect(() => readGeneratedData(dir, '.')).toThrow(new RegExp(`questions\\.json:${lineOfRecord(lines, 0)}: question 1 names topic "gone"`));
  });

  it('says how to create missing data', () => {
    dir = mkdtempSync(join(tmpdir(), 'search-data-'));
    expect(() => readGeneratedData(dir, '.')).toThrow(/topics\.json: missing or unreadable\. Run `npm run generate`/);
  });
});

describe('the index files', () => {
  const corpus = realCorpus();
  const files = buildSearchIndex(corpus.questions, corpus.topics, { excerptLength: 120 });

  it('store only what a result shows: id, title, URL, topics; the excerpt comes with the answers', () => {
    expect(Object.keys(files.questions.questions).sort()).toEqual(['ids', 'titles', 'topics', 'urls']);
    expect(files.questions.questions.ids).toEqual(corpus.questions.map((question) => question.id));
    expect(files.questions.questions.urls).toEqual(corpus.questions.map((question) => question.permalink));
    expect(JSON.stringify(files.questions)).not.toContain(corpus.questions[0]!.answer.slice(0, 40));
    for (const excerpt of files.answers.excerpts) expect(excerpt.length).toBeLessThanOrEqual(121);
  });

  it('hold exactly the encoder’s terms for each field (the browser reads them back as its vocabulary)', () => {
    const encoder = createEncoder();
    const expected = new Set(corpus.questions.flatMap((question) => encoder.encode(question.title)));
    expect(new Set(exportedTerms(files.questions.fields.title!))).toEqual(expected);
    expect(new Set(exportedTerms(files.answers.fields.answer!))).toEqual(new Set(corpus.questions.flatMap((question) => stems(question.answer))));
  });
});
