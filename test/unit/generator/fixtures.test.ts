import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSourceProblem } from '../../../generator/source-errors.ts';
import type { GenerateResult } from '../../../generator/generate-site.ts';
import { fixtureTaxonomy } from '../../fixtures/generator/taxonomy.ts';
import { generateFromText } from '../../helpers/run-generator.ts';

/**
 * Each folder in test/fixtures/generator is a case: an `input.txt`, optional
 * hand-written guides in `guides/`, and either the expected output in
 * `expected/` (every generated file plus `stages.json`, what each stage
 * decided) or, for `error-*` cases, the expected message pinned inline below.
 * Every case uses the small two-topic taxonomy in
 * test/fixtures/generator/taxonomy.ts.
 *
 * After an intended change, `UPDATE=1 npx vitest run generator/fixtures -u`
 * rewrites the expected files and the inline messages; then read the diff.
 */
const root = join(import.meta.dirname, '../../fixtures/generator');
const update = process.env.UPDATE === '1';
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const outputCases = cases.filter((name) => !name.startsWith('error-'));
const errorCases = cases.filter((name) => name.startsWith('error-'));

/** Optional hand-written guide pages of a case, in <case>/guides/*.mdx. */
function guideFiles(dir: string, name: string) {
  const guidesDir = join(dir, 'guides');
  if (!existsSync(guidesDir)) return [];
  return readdirSync(guidesDir).map((file) => ({ path: `${name}/guides/${file}`, text: readFileSync(join(guidesDir, file), 'utf8') }));
}

function generateCase(name: string): GenerateResult {
  const dir = join(root, name);
  return generateFromText(readFileSync(join(dir, 'input.txt')), {
    sourceFile: `${name}/input.txt`,
    guides: guideFiles(dir, name),
    taxonomy: fixtureTaxonomy,
  });
}

/** What each pure stage decided, readable in review. */
function stages(result: GenerateResult): string {
  return `${JSON.stringify(
    {
      dropped: result.dropped,
      questions: result.questions.map((question) => ({
        number: question.number,
        line: question.line,
        title: question.title,
        blocks: question.blocks,
        primary: question.classification.primary,
        secondary: question.classification.secondary,
        kind: question.classification.kind,
      })),
      lock: result.lock,
    },
    null,
    2,
  )}\n`;
}

function expectFile(path: string, actual: string): void {
  if (update) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(existsSync(path), `${path} is missing; run UPDATE=1 npx vitest run generator/fixtures`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** Each problem the generator reports: `file[:line]: what is wrong`, then `  How to fix: …`. */
const PROBLEM = /^[^\s:]+(?::\d+)?: \S.*\n {2}How to fix: \S.*$/;

/** Runs an error case and returns its message, after checking it failed the way a user is told about. */
function errorOf(name: string): string {
  let error: unknown;
  try {
    generateCase(name);
  } catch (caught) {
    error = caught;
  }
  expect(error, `${name} generated pages; an error case must fail`).toBeDefined();
  expect(isSourceProblem(error), String(error)).toBe(true);
  const message = (error as Error).message;
  for (const problem of message.split(/\n(?=\S)/)) expect(problem).toMatch(PROBLEM);
  return message;
}

describe('generator fixtures', () => {
  it('has cases that generate pages and cases that must fail', () => {
    expect(outputCases.length).toBeGreaterThanOrEqual(9);
    expect(errorCases.length).toBeGreaterThanOrEqual(8);
  });

  it.each(outputCases)('%s', (name) => {
    const result = generateCase(name);
    const expectedDir = join(root, name, 'expected');
    if (update) rmSync(expectedDir, { recursive: true, force: true });
    const actualFiles = new Map([...result.files, ['stages.json', stages(result)]]);
    for (const [path, content] of actualFiles) expectFile(join(expectedDir, path), content);
    const expectedPaths = readdirSync(expectedDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(expectedDir.length + 1))
      .sort();
    expect(expectedPaths).toEqual([...actualFiles.keys()].sort());
  });

  it('CRLF line endings and a BOM give the same pages as LF', () => {
    const crlf = readFileSync(join(root, 'crlf-bom/input.txt'));
    const lf = new TextDecoder()
      .decode(crlf)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n/g, '\n');
    expect(crlf.includes('\r\n') && crlf[0] === 0xef, 'the input really has CRLF and a BOM').toBe(true);
    const generate = (text: string | Uint8Array) => generateFromText(text, { taxonomy: fixtureTaxonomy }).files;
    expect(generate(crlf)).toEqual(generate(lf));
  });
});

describe('generator fixtures that must fail name the file and line, what is wrong and how to fix it', () => {
  it('error-duplicate-number', () => {
    expect(errorOf('error-duplicate-number')).toMatchInlineSnapshot(`
      "error-duplicate-number/input.txt:9: question number 2 is used twice (first at line 5); expected 3 here
        How to fix: renumber this question 3, or delete it if it repeats line 5"
    `);
  });

  it('error-duplicate-title', () => {
    expect(errorOf('error-duplicate-title')).toMatchInlineSnapshot(`
      "error-duplicate-title/input.txt:5: question 2 has the same title as the question at line 1
        How to fix: reword one of them, or merge their answers and delete one"
    `);
  });

  it('error-first-not-one', () => {
    expect(errorOf('error-first-not-one')).toMatchInlineSnapshot(`
      "error-first-not-one/input.txt:3: the first question is numbered 3; numbering must start at 1
        How to fix: number the first question "1." and the rest in order"
    `);
  });

  it('error-gap', () => {
    expect(errorOf('error-gap')).toMatchInlineSnapshot(`
      "error-gap/input.txt:9: question 4 follows question 2; question 3 is missing
        How to fix: renumber this question 3, or add the missing question before it. A numbered step inside an answer must start at "1.""
    `);
  });

  it('error-guide-topic', () => {
    expect(errorOf('error-guide-topic')).toMatchInlineSnapshot(`
      "error-guide-topic/guides/slo-math.mdx:1: the front matter's \`topic\` is "slo"
        How to fix: set \`topic\` to one of: measuring, operating
      error-guide-topic/guides/slo-math.mdx:1: the front matter's \`questions\` names no such question: 99
        How to fix: use the numbers ("id") in source/slugs.lock.json"
    `);
  });

  it('error-invalid-utf8', () => {
    expect(errorOf('error-invalid-utf8')).toMatchInlineSnapshot(`
      "error-invalid-utf8/input.txt:3: the file is not valid UTF-8 (the first bad byte is at column 24)
        How to fix: save the file as UTF-8, for example with \`iconv -f WINDOWS-1252 -t UTF-8\`, or retype the character shown there"
    `);
  });

  it('error-no-answer', () => {
    expect(errorOf('error-no-answer')).toMatchInlineSnapshot(`
      "error-no-answer/input.txt:5: question 2 has no answer
        How to fix: write the answer on the lines after the question, or delete the question
      error-no-answer/input.txt:11: question 4 has no answer
        How to fix: write the answer on the lines after the question, or delete the question"
    `);
  });

  it('error-no-questions', () => {
    expect(errorOf('error-no-questions')).toMatchInlineSnapshot(`
      "error-no-questions/input.txt: no questions found
        How to fix: each question must start a line with its number, a dot and a space, like "1. What is an SLO?", numbered from 1"
    `);
  });

  it('pins every error-* folder above', () => {
    const pinned = [...readFileSync(import.meta.filename, 'utf8').matchAll(/errorOf\('([\w-]+)'\)/g)].map((match) => match[1]);
    expect(
      errorCases.filter((name) => !pinned.includes(name)),
      'add a test with errorOf(…).toMatchInlineSnapshot() for these',
    ).toEqual([]);
  });

  it('accepts only messages that say file:line, what is wrong and how to fix it', () => {
    expect('input.txt:3: question 2 has no answer\n  How to fix: write the answer').toMatch(PROBLEM);
    expect('input.txt: no questions found\n  How to fix: number them').toMatch(PROBLEM);
    expect('question 2 has no answer\n  How to fix: write the answer').not.toMatch(PROBLEM);
    expect('input.txt:3: question 2 has no answer').not.toMatch(PROBLEM);
    expect('input.txt:3: \n  How to fix: write the answer').not.toMatch(PROBLEM);
  });
});
