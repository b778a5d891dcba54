import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSourceProblem } from '../../../generator/source-errors.ts';
import type { QuestionBank } from '../../../generator/stages/banks/bank-files.ts';
import type { GenerateResult } from '../../../generator/generate-site.ts';
import { fixtureTaxonomy } from '../../fixtures/generator/taxonomy.ts';
import { generateFromText, readBankFolder } from '../../helpers/run-generator.ts';

/**
 * Each folder in test/fixtures/generator is a case: an `input.txt`, optional
 * hand-written guides in `guides/`, an optional team bank in `input/` (its
 * `.md` questions, subfolders included, and `topics.yml`), and either the expected output in
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

/** The case's team bank in <case>/input/, if it has one. */
function bankOf(dir: string, name: string): QuestionBank[] {
  return existsSync(join(dir, 'input')) ? [readBankFolder(join(dir, 'input'), `${name}/input`)] : [];
}

function generateCase(name: string): GenerateResult {
  const dir = join(root, name);
  return generateFromText(readFileSync(join(dir, 'input.txt')), {
    sourceFile: `${name}/input.txt`,
    guides: guideFiles(dir, name),
    banks: bankOf(dir, name),
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
        // Named only for a team's questions: the rest come from input.txt.
        ...(question.file.endsWith('/input.txt') ? {} : { file: question.file }),
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

  it('error-bank-front-matter', () => {
    expect(errorOf('error-bank-front-matter')).toMatchInlineSnapshot(`
      "error-bank-front-matter/input/colon-in-title.md:2: the front matter is not valid YAML (incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line)
        How to fix: put a value that contains \`: \`, \` #\`, or starts with a quote, \`[\`, \`{\`, \`*\` or \`&\` in double quotes, like \`title: "What is an SLO: really?"\`
      error-bank-front-matter/input/no-front-matter.md:1: the file does not start with front matter
        How to fix: start it with a line \`---\`, then \`title: "…?"\`, then a line \`---\`, then the answer
      error-bank-front-matter/input/no-title.md:1: the front matter has no \`title\`
        How to fix: add the question as \`title: "How do you …?"\` between the \`---\` lines
      error-bank-front-matter/input/unclosed.md:1: the front matter opened here is never closed
        How to fix: add a line \`---\` after its last field (title, topics, kind) and before the answer"
    `);
  });

  it('error-bank-fields', () => {
    expect(errorOf('error-bank-fields')).toMatchInlineSnapshot(`
      "error-bank-fields/input.txt:5: question 2 has no answer
        How to fix: write the answer on the lines after the question, or delete the question
      error-bank-fields/input/typo-and-empty.md:3: unknown front matter field \`tpoics\`
        How to fix: use only title, topics, kind: \`title\` is required, the others may be left to the classifier
      error-bank-fields/input/typo-and-empty.md:4: the answer is empty
        How to fix: write the answer below the closing \`---\`: paragraphs, lists, code or math
      error-bank-fields/input/unknown-topic-kind.md:3: unknown topic "toil"
        How to fix: use ids from this list: measuring, operating; or declare a new topic in topics.yml; or leave \`topics\` out to let the classifier choose
      error-bank-fields/input/unknown-topic-kind.md:4: unknown kind "story"
        How to fix: use one of: behavioural, technical; or leave \`kind\` out ("Tell me about a time…" questions are behavioural, the rest technical)"
    `);
  });

  it('error-bank-duplicate-title', () => {
    expect(errorOf('error-bank-duplicate-title')).toMatchInlineSnapshot(`
      "error-bank-duplicate-title/input/same-as-source.md:2: the title "What is an slo?" is already used by error-bank-duplicate-title/input.txt:1
        How to fix: reword one of the two, or merge their answers and delete one
      error-bank-duplicate-title/input/team-b/game-day-again.md:2: the title "How do you run a game day?" is already used by error-bank-duplicate-title/input/game-day.md:2
        How to fix: reword one of the two, or merge their answers and delete one"
    `);
  });

  it('error-bank-invalid-utf8', () => {
    expect(errorOf('error-bank-invalid-utf8')).toMatchInlineSnapshot(`
      "error-bank-invalid-utf8/input/latin1.md:2: the file is not valid UTF-8 (the first bad byte is at column 30)
        How to fix: save the file as UTF-8, for example with \`iconv -f WINDOWS-1252 -t UTF-8\`, or retype the character shown there"
    `);
  });

  it('error-bank-markdown', () => {
    expect(errorOf('error-bank-markdown')).toMatchInlineSnapshot(`
      "error-bank-markdown/input/unsupported.md:5: a heading is not supported in an answer
        How to fix: An answer is paragraphs, bullet or numbered lists (one paragraph per item), \`\`\` code blocks and $$ math $$; write this part as one of those
      error-bank-markdown/input/unsupported.md:7: a list item with more than one paragraph or a nested list is not supported in an answer
        How to fix: give each item one paragraph: flatten a nested list into its parent, or turn the extra paragraphs into items of their own
      error-bank-markdown/input/unsupported.md:10: an image is not supported in an answer
        How to fix: An answer is paragraphs, bullet or numbered lists (one paragraph per item), \`\`\` code blocks and $$ math $$; write this part as one of those
      error-bank-markdown/input/unsupported.md:10: a link to "javascript:alert(1)" is not supported in an answer
        How to fix: link to an https:// address, a mailto: address, or a page of this site starting with /
      error-bank-markdown/input/unsupported.md:12: a block quote is not supported in an answer
        How to fix: An answer is paragraphs, bullet or numbered lists (one paragraph per item), \`\`\` code blocks and $$ math $$; write this part as one of those"
    `);
  });

  it('error-bank-topics-file', () => {
    expect(errorOf('error-bank-topics-file')).toMatchInlineSnapshot(`
      "error-bank-topics-file/input/topics.yml:1: topic "measuring" is already declared (one of the site’s topics)
        How to fix: give it another id, or use the existing topic in your questions’ \`topics\`
      error-bank-topics-file/input/topics.yml:4: topic 2 has unknown fields: colour
        How to fix: use only id, title, description, keywords, order
      error-bank-topics-file/input/topics.yml:4: topic "on-call" has no \`description\`
        How to fix: add \`description: …\`, one or two sentences for its topic page
      error-bank-topics-file/input/topics.yml:7: topic 3 has no valid \`id\` ("Bad Id")
        How to fix: give it an id of lowercase letters, digits and hyphens, like \`databases\`: it becomes the URL /topics/<id>"
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
