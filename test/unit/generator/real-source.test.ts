import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteTaxonomy } from '../../../generator/config/site-taxonomy.ts';
import { parseLock } from '../../../generator/stages/slugs/slug-lock.ts';
import type { GenerateResult } from '../../../generator/generate-site.ts';
import { collapse, renderMdx } from '../../helpers/render-mdx.ts';
import { generateFromText, questionPages, readBankFolder } from '../../helpers/run-generator.ts';

const repo = join(import.meta.dirname, '../../..');
const sourcePath = 'source/sre-interview-questions.txt';
const sourceBytes = readFileSync(join(repo, sourcePath));
const lockPath = 'source/slugs.lock.json';
const lock = parseLock(readFileSync(join(repo, lockPath), 'utf8'), lockPath);
const { topics } = siteTaxonomy;
/** The example team bank beside the source, part of the site (test/unit/generator/banks.test.ts checks its pages). */
const bank = readBankFolder(join(repo, 'source/questions'), 'source/questions');
/** The site's own taxonomy, named rather than defaulted: these tests check the real questions' placements. */
const generateRealSite = () => generateFromText(sourceBytes, { lock, sourceFile: sourcePath, taxonomy: siteTaxonomy, banks: [bank] });

/**
 * Makes a source line and a rendered page comparable: list markers and the
 * ` - ` that separates items of a list flattened by the scrape are structure,
 * not text; whitespace is collapsed as HTML renders it.
 */
function comparable(text: string): string {
  return collapse(text.replace(/^\s*[•]\s*/, '').replace(/\s+-\s+(?=\p{Lu})/gu, ' '));
}

describe('the real source', () => {
  let result: GenerateResult;
  let pageTexts: Map<string, string>;

  beforeAll(async () => {
    result = generateRealSite();
    pageTexts = new Map();
    for (const [path, mdx] of questionPages(result)) pageTexts.set(path, comparable((await renderMdx(mdx)).text));
    // Compiling every page takes a few seconds, many more on a busy 2-core machine: a cap, not a measure.
  }, 120_000);

  it('has 52 question pages from the source, one per bank file, and a page for each topic', () => {
    expect(questionPages(result)).toHaveLength(52 + bank.questionFiles.length);
    for (const topic of topics) expect(result.files.has(`topics/${topic.id}.mdx`), topic.id).toBe(true);
  });

  it('loses nothing: every non-blank line is on exactly one question page or in the dropped report', () => {
    const dropped = new Set(result.dropped.map((line) => line.line));
    const lines = new TextDecoder().decode(sourceBytes).split(/\r?\n/);
    const problems: string[] = [];
    lines.forEach((raw, index) => {
      const lineNumber = index + 1;
      if (raw.trim() === '') return;
      const inPages = [...pageTexts].filter(([, text]) => text.includes(comparable(raw.replace(/^\d+\.\s+/, '')))).map(([path]) => path);
      const isDropped = dropped.has(lineNumber);
      if (isDropped && inPages.length > 0) problems.push(`line ${lineNumber} is dropped yet on ${inPages.join(', ')}`);
      if (!isDropped && inPages.length !== 1) problems.push(`line ${lineNumber} is on ${inPages.length} pages: ${raw.slice(0, 60)}`);
    });
    expect(problems).toEqual([]);
    expect(result.dropped.length).toBeGreaterThan(0);
  });

  it('puts no marketing text on any page', () => {
    // Company names from the header ("Meta", "Uber") are too short to search for
    // on their own; every dropped sentence and the known pitches are not.
    const marketing = [
      ...result.dropped.map((line) => line.text).filter((text) => text.split(' ').length >= 3),
      'No strings attached',
      'Nightfall illustration',
      'User Check',
      'Find your perfect mentor match',
      'Get Interview Coaching',
      'free trial',
    ];
    for (const [path, content] of result.files) {
      for (const phrase of marketing) expect(content.includes(phrase), `${path} contains "${phrase}"`).toBe(false);
    }
  });

  it.each([
    [3, 'slos-error-budgets'],
    [10, 'kubernetes-containers'],
    [21, 'kubernetes-containers'],
    [7, 'disaster-recovery'],
    [25, 'disaster-recovery'],
    [36, 'disaster-recovery'],
    [4, 'incident-response'],
    [19, 'incident-response'],
    [31, 'incident-response'],
  ])('question %i has primary topic %s', (number, topic) => {
    expect(result.questions.find((question) => question.number === number)?.classification.primary).toBe(topic);
  });

  it('has 6 to 10 topics with at least 3 questions each as primary', () => {
    expect(topics.length).toBeGreaterThanOrEqual(6);
    expect(topics.length).toBeLessThanOrEqual(10);
    for (const topic of topics) {
      const count = result.questions.filter((question) => question.classification.primary === topic.id).length;
      expect(count, topic.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('labels story questions behavioural and the rest technical', () => {
    const kindOf = (number: number) => result.questions.find((question) => question.number === number)?.classification.kind;
    expect([2, 4, 15, 28, 32, 42, 49].map(kindOf)).toEqual(Array(7).fill('behavioural'));
    expect([3, 7, 10, 13, 30].map(kindOf)).toEqual(Array(5).fill('technical'));
  });

  it('leaves the committed lock unchanged, so every published URL still resolves', () => {
    expect(result.lock).toEqual(lock);
    expect(result.slugChanges).toEqual([]);
    expect(result.unusedOverrides).toEqual([]);
  });

  it('is deterministic: the same input gives byte-identical output', () => {
    const again = generateRealSite();
    expect([...again.files]).toEqual([...result.files]);
  });

  it('links previous and next within the question’s own topic, in source order', () => {
    const topicOf = new Map(result.questions.map((question) => [`questions/${question.slug}`, question.classification.primary]));
    for (const topic of topics) {
      const inTopic = result.questions.filter((question) => question.classification.primary === topic.id);
      inTopic.forEach((question, index) => {
        const mdx = result.files.get(`questions/${question.slug}.mdx`)!;
        const previous = JSON.parse(/^pagination_prev: (.*)$/m.exec(mdx)![1]!) as string | null;
        const next = JSON.parse(/^pagination_next: (.*)$/m.exec(mdx)![1]!) as string | null;
        expect(previous, question.slug).toBe(index === 0 ? null : `questions/${inTopic[index - 1]!.slug}`);
        expect(next, question.slug).toBe(index === inTopic.length - 1 ? null : `questions/${inTopic[index + 1]!.slug}`);
        for (const neighbour of [previous, next]) if (neighbour) expect(topicOf.get(neighbour)).toBe(topic.id);
      });
    }
  });

  it('links each question to three related questions, never itself', () => {
    for (const [path, mdx] of questionPages(result)) {
      const related = /^related: (.*)$/m.exec(mdx)?.[1];
      const permalinks = (JSON.parse(related!) as { permalink: string }[]).map((entry) => entry.permalink);
      expect(permalinks, path).toHaveLength(3);
      expect(permalinks, path).not.toContain(`/${path.replace(/\.mdx$/, '')}`);
    }
  });
});
