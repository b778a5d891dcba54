import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteTaxonomy } from '../../../generator/config/site-taxonomy.ts';
import { questionRecord } from '../../../generator/emit/data-records.ts';
import type { GenerateResult } from '../../../generator/generate-site.ts';
import { SourceError } from '../../../generator/source-errors.ts';
import { renderBankQuestion } from '../../../generator/stages/banks/bank-file-format.ts';
import { parseBankQuestions } from '../../../generator/stages/banks/bank-questions.ts';
import { parseLock } from '../../../generator/stages/slugs/slug-lock.ts';
import { fixtureTaxonomy } from '../../fixtures/generator/taxonomy.ts';
import { collapse, renderMdx } from '../../helpers/render-mdx.ts';
import { generateFromText, questionPages, readBankFolder } from '../../helpers/run-generator.ts';

const repo = join(import.meta.dirname, '../../..');
const sourcePath = 'source/sre-interview-questions.txt';
const sourceBytes = readFileSync(join(repo, sourcePath));
const lockPath = 'source/slugs.lock.json';
const committedLock = parseLock(readFileSync(join(repo, lockPath), 'utf8'), lockPath);
const bankDir = 'source/questions';
const exampleBank = readBankFolder(join(repo, bankDir), bankDir);
const bankFiles = exampleBank.questionFiles;
/** The source's titles and the bank's, read from the files themselves, not from the generator. */
const sourceTitles = [...new TextDecoder().decode(sourceBytes).matchAll(/^\d+\. (.+)$/gm)].map((match) => match[1]!.trim());
const bankTitles = bankFiles.map((file) => /^title: (.*)$/m.exec(new TextDecoder().decode(file.bytes))![1]!.replace(/^"(.*)"$/, '$1'));

/** Front matter fields that link to other questions: a new question may rightly appear in them. */
const NAVIGATION = /^(?:related|pagination_prev|pagination_next): .*\n/gm;

// Generating and compiling the real site's pages takes seconds, many more on a busy 2-core machine: caps, not measures.
describe('the example team bank in source/questions', { timeout: 120_000 }, () => {
  let withBank: GenerateResult;
  let withoutBank: GenerateResult;

  beforeAll(() => {
    withBank = generateFromText(sourceBytes, { lock: committedLock, sourceFile: sourcePath, taxonomy: siteTaxonomy, banks: [exampleBank] });
    const scrapedLock = { ...committedLock, questions: committedLock.questions.filter((entry) => sourceTitles.includes(entry.title)) };
    withoutBank = generateFromText(sourceBytes, { lock: scrapedLock, sourceFile: sourcePath, taxonomy: siteTaxonomy });
  }, 120_000);

  it('adds one page per bank file to the 52 scraped questions, after them, with new numbers', () => {
    expect(sourceTitles).toHaveLength(52);
    expect(bankTitles.length).toBeGreaterThanOrEqual(2);
    expect(questionPages(withBank)).toHaveLength(sourceTitles.length + bankTitles.length);
    expect(withBank.questions.map((question) => question.title)).toEqual([...sourceTitles, ...bankTitles]);
    const scrapedIds = withoutBank.questions.map((question) => question.id);
    for (const question of withBank.questions.slice(sourceTitles.length)) expect(question.id).toBeGreaterThan(Math.max(...scrapedIds));
  });

  it('keeps every scraped page at its URL, byte for byte apart from links to neighbours and related questions', () => {
    const before = new Map(questionPages(withoutBank));
    expect(before.size).toBe(52);
    for (const [path, page] of before) {
      const after = withBank.files.get(path);
      expect(after, `${path} still exists`).toBeDefined();
      expect(after!.replace(NAVIGATION, ''), path).toBe(page.replace(NAVIGATION, ''));
    }
    expect(withBank.lock.questions.slice(0, 52)).toEqual(withoutBank.lock.questions);
  });

  it('keeps the committed lock as it is: the bank questions are already locked', () => {
    expect(withBank.lock).toEqual(committedLock);
    expect(withBank.slugChanges).toEqual([]);
  });

  it('loses nothing: every line of every answer is on its page', async () => {
    for (const file of bankFiles) {
      const question = withBank.questions.find((candidate) => candidate.file === file.path)!;
      const page = await renderMdx(withBank.files.get(`questions/${question.slug}.mdx`)!);
      expect(answerLines(file.bytes).length, file.path).toBeGreaterThan(2);
      expect(missingLines(file.bytes, page.text), file.path).toEqual([]);
    }
  });

  it('has a negative control: a page without the answer’s last paragraph is caught', async () => {
    const file = bankFiles[0]!;
    const question = withBank.questions.find((candidate) => candidate.file === file.path)!;
    const mdx = withBank.files.get(`questions/${question.slug}.mdx`)!;
    const lastParagraph = answerLines(file.bytes).at(-1)!;
    const truncated = mdx.replace(/\n {2}[^\n]*\n<\/Answer>/, '\n</Answer>');
    expect(truncated).not.toBe(mdx);
    expect(missingLines(file.bytes, (await renderMdx(truncated)).text)).toEqual([lastParagraph]);
  });

  it('has a negative control: a changed answer on a scraped page is not hidden by leaving navigation out', () => {
    const [path, page] = questionPages(withoutBank)[0]!;
    const edited = page.replace('</Answer>', '  An added sentence.\n</Answer>');
    expect(edited.replace(NAVIGATION, ''), path).not.toBe(page.replace(NAVIGATION, ''));
  });
});

/** Prose and each formula's TeX (KaTeX keeps it in the page as an annotation) of a bank file's answer, Markdown's markers taken off. */
function answerLines(bytes: Uint8Array): string[] {
  const body = new TextDecoder().decode(bytes).split(/^---$/m)[2]!;
  return body
    .replace(/^\$\$$/gm, '')
    .split(/\n|\$/)
    .map((line) => collapse(line.replace(/^(?:- |\d+\. )/, '').replace(/\*\*|`/g, '')))
    .filter((line) => line !== '');
}

function missingLines(bytes: Uint8Array, pageText: string): string[] {
  return answerLines(bytes).filter((line) => !pageText.includes(line));
}

describe('a team answer in Markdown', { timeout: 120_000 }, () => {
  let html: string;
  let text: string;

  beforeAll(async () => {
    const dir = join(repo, 'test/fixtures/generator/bank-markdown');
    const result = generateFromText(readFileSync(join(dir, 'input.txt')), {
      taxonomy: fixtureTaxonomy,
      banks: [{ questionFiles: [{ path: 'escaping-and-markup.md', bytes: readFileSync(join(dir, 'input/escaping-and-markup.md')) }] }],
    });
    ({ html, text } = await renderMdx(result.files.get('questions/escaping-and-markup.mdx')!));
  }, 120_000);

  it('shows characters MDX would read as code or JSX as the text the team wrote', () => {
    for (const literal of [
      'Why does <Pod> {name} show as text: and does $5 stay a price?',
      '<img src=x onerror=alert(1)>',
      '{props.secret}',
      '<!-- a comment -->',
      ':::note',
      'written $5.',
    ]) {
      expect(text).toContain(literal);
    }
    expect(html).not.toMatch(/<img|<pod/i);
  });

  it('keeps its markup: code, math, emphasis and links', () => {
    expect(html).toContain('<code>kubectl logs &lt;pod&gt; --previous</code>');
    expect(html).toContain(
      '<pre><code class="language-sh">kubectl get pods -o jsonpath=&#x27;{.items[*].metadata.name}&#x27; | grep -v &quot;&lt;none&gt;&quot;',
    );
    expect(html.match(/class="katex"/g)).toHaveLength(3);
    expect(html).toContain('<strong>Bold</strong>');
    expect(html).toContain('<a href="https://sre.google/">a link</a>');
  });
});

describe('renderBankQuestion', { timeout: 120_000 }, () => {
  it('writes each real question as a bank file that reads back to the same title, topics, kind and answer', () => {
    const real = generateFromText(sourceBytes, { lock: committedLock, sourceFile: sourcePath, taxonomy: siteTaxonomy });
    const records = real.questions.map((question) => questionRecord(question, siteTaxonomy.topics));
    const files = records.map((record) => ({
      path: `${record.slug}.md`,
      bytes: new TextEncoder().encode(
        renderBankQuestion({
          title: record.title,
          topics: [record.primaryTopic, ...record.secondaryTopics],
          kind: record.kind,
          answerBlocks: record.answerBlocks,
        }),
      ),
    }));
    const errors: SourceError[] = [];
    const parsed = parseBankQuestions(files, siteTaxonomy.topics, 1, errors);
    expect(errors.map(String)).toEqual([]);
    parsed.forEach((question, index) => {
      const record = records[index]!;
      expect(question.title).toBe(record.title);
      expect(question.declared).toEqual({ topics: [record.primaryTopic, ...record.secondaryTopics], kind: record.kind });
      expect(questionRecord({ ...real.questions[index]!, blocks: question.blocks }, siteTaxonomy.topics).answerBlocks, record.slug).toEqual(
        record.answerBlocks,
      );
    });
  });

  it('has a negative control: a bank file with an unescaped `$` pair reads back as math, not as the text', () => {
    const errors: SourceError[] = [];
    const [question] = parseBankQuestions(
      [{ path: 'prices.md', bytes: new TextEncoder().encode('---\ntitle: Prices?\n---\n\nIt costs $5 and $10.\n') }],
      siteTaxonomy.topics,
      1,
      errors,
    );
    expect(question!.blocks[0]).toMatchObject({ kind: 'paragraph', text: 'It costs 5 and 10.' });
  });
});
