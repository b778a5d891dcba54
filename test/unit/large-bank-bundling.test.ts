/**
 * Module concatenation by the bank's size (src/plugins/large-bank-bundling): Docusaurus's default, on, for a small bank
 * such as this site's; off from 1,000 questions, where its cost grows with the square of the bank.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import { normalizePluginOptions } from '@docusaurus/utils-validation';
import { afterEach, describe, expect, it } from 'vitest';
import largeBankBundlingPlugin from '../../src/plugins/large-bank-bundling/index.ts';
import { DEFAULT_OPTIONS, type PluginOptions, type UserOptions, validateOptions } from '../../src/plugins/large-bank-bundling/options.ts';
import { bankSize } from '../../contract/read-records.ts';
import { concatenationFor } from '../../src/plugins/large-bank-bundling/server/concatenation.ts';
import { expectedTitles } from '../helpers/expected-questions.ts';

const validate = (options: UserOptions) => validateOptions({ validate: (schema, value) => normalizePluginOptions<PluginOptions>(schema, value), options });
const OFF = { optimization: { concatenateModules: false } };

/** The bundler options the plugin gives for a site at `siteDir`, as Docusaurus calls it: content first, then the hook. */
async function bundlerOptions(siteDir: string, options: UserOptions = {}) {
  const plugin = largeBankBundlingPlugin({ siteDir } as LoadContext, validate(options));
  const questionCount = await plugin.loadContent!();
  return plugin.configureWebpack!({}, false, {} as never, questionCount);
}

describe('module concatenation by the size of the bank', () => {
  it('stays as Docusaurus sets it below the threshold, and is turned off from it', () => {
    expect(concatenationFor(52, 1000)).toEqual({});
    expect(concatenationFor(999, 1000)).toEqual({});
    expect(concatenationFor(1000, 1000)).toEqual(OFF);
    expect(concatenationFor(10_000, 1000)).toEqual(OFF);
  });

  it('counts each question once, by its primary topic', () => {
    expect(bankSize([{ questionCount: 600 }, { questionCount: 399 }])).toBe(999);
    expect(bankSize([])).toBe(0);
  });

  it('leaves this site, with the questions of its source and bank, at Docusaurus default', async () => {
    const plugin = largeBankBundlingPlugin({ siteDir: '.' } as LoadContext, validate({}));
    expect(await plugin.loadContent!()).toBe(expectedTitles.length);
    expect(await bundlerOptions('.')).toEqual({});
  });

  describe('a generated bank on disk', () => {
    let siteDir: string;
    afterEach(() => rmSync(siteDir, { recursive: true, force: true }));

    /** A site whose topics.json holds topics of these sizes. */
    function siteWithTopics(...sizes: number[]): string {
      siteDir = mkdtempSync(join(tmpdir(), 'large-bank-'));
      const topics = sizes.map((questionCount, index) => ({
        id: `t${index}`,
        title: `T${index}`,
        description: 'About it.',
        permalink: `/topics/t${index}`,
        previewImage: `/img/og/topics/t${index}.png`,
        questionCount,
        behaviouralCount: 0,
        questionIds: [],
      }));
      writeFileSync(join(siteDir, 'topics.json'), `${JSON.stringify(topics, null, 2)}\n`);
      return siteDir;
    }

    it('turns concatenation off for 1,000 questions over two topics, and not for 999', async () => {
      expect(await bundlerOptions(siteWithTopics(600, 400), { dataDir: '.' })).toEqual(OFF);
      rmSync(siteDir, { recursive: true, force: true });
      expect(await bundlerOptions(siteWithTopics(600, 399), { dataDir: '.' })).toEqual({});
    });

    it('follows a threshold set in the options', async () => {
      expect(await bundlerOptions(siteWithTopics(30, 22), { dataDir: '.', concatenationOffFromQuestions: 52 })).toEqual(OFF);
    });
  });

  it('takes its defaults, and rejects a threshold that is not a whole number from 1, naming the option', () => {
    expect(validate({})).toMatchObject(DEFAULT_OPTIONS);
    expect(DEFAULT_OPTIONS.concatenationOffFromQuestions).toBe(1000);
    expect(() => validate({ concatenationOffFromQuestions: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[ValidationError: "concatenationOffFromQuestions" must be greater than or equal to 1]`,
    );
    expect(() => validate({ concatenationOffFromQuestions: 2.5 })).toThrowErrorMatchingInlineSnapshot(
      `[ValidationError: "concatenationOffFromQuestions" must be an integer]`,
    );
  });
});
