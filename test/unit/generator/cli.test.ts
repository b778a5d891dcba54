import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../../..');
const tsx = join(repo, 'node_modules/.bin/tsx');
let work: string;

/** Runs the generator CLI in a scratch folder, as a user would from the repository. */
function run(...args: string[]) {
  const result = spawnSync(tsx, [join(repo, 'generator/cli.ts'), '--out', join(work, 'docs'), '--lock', join(work, 'slugs.lock.json'), ...args], {
    cwd: work,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function snapshotOfOutput(): string {
  return readdirSync(join(work, 'docs'), { recursive: true })
    .map(String)
    .sort()
    .map((path) => {
      try {
        return `${path}\n${readFileSync(join(work, 'docs', path), 'utf8')}`;
      } catch {
        return path;
      }
    })
    .join('\n');
}

describe('generate CLI', () => {
  let goodOutput: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'generate-cli-'));
    cpSync(join(repo, 'source/sre-interview-questions.txt'), join(work, 'source.txt'));
    const first = run('--source', 'source.txt');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    // 52 questions and 9 topic pages, plus the repository's hand-written guides (the default --guides).
    const guides = readdirSync(join(repo, 'content/guides')).filter((name) => name.endsWith('.mdx')).length;
    expect(first.stdout).toMatch(new RegExp(`^Generated 52 questions, ${61 + guides} pages in docs \\(\\d+ ms\\)\\.\\nDropped 33 lines`));
    goodOutput = snapshotOfOutput();
    // Starting tsx and generating takes seconds, many more on a busy 2-core machine: a cap, not a measure.
  }, 120_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  function expectFailure(args: string[], input?: string | Buffer) {
    if (input !== undefined) writeFileSync(join(work, 'bad.txt'), input);
    const result = run(...args);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(snapshotOfOutput(), 'the pages generated before are untouched').toBe(goodOutput);
    return result.stderr;
  }

  it('--check passes on fresh output and fails once a page is edited', () => {
    expect(run('--source', 'source.txt', '--check').status).toBe(0);
    const page = readdirSync(join(work, 'docs/questions'))[0]!;
    writeFileSync(join(work, 'docs/questions', page), 'edited');
    const stale = run('--source', 'source.txt', '--check');
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain(`questions/${page}`);
    expect(run('--source', 'source.txt').status).toBe(0);
    expect(snapshotOfOutput()).toBe(goodOutput);
  });

  it('--verbose lists every dropped line and each classification', () => {
    const { stdout } = run('--source', 'source.txt', '--verbose');
    expect(stdout).toContain('line 61 [image alt text] Nightfall illustration');
    expect(stdout).toMatch(/ {2}7\. disaster-recovery ← rules/);
  });

  it('rejects a missing source file', () => {
    expect(expectFailure(['--source', 'nope.txt'])).toMatchInlineSnapshot(`
      "nope.txt: the source file does not exist
        How to fix: pass an existing, readable text file with --source, or restore source/sre-interview-questions.txt from git
      Nothing was written; the pages generated before are unchanged.
      "
    `);
  });

  it('rejects a folder as the source', () => {
    expect(expectFailure(['--source', '.'])).toMatchInlineSnapshot(`
      ".: the source path is a folder, not a file
        How to fix: pass an existing, readable text file with --source, or restore source/sre-interview-questions.txt from git
      Nothing was written; the pages generated before are unchanged.
      "
    `);
  });

  // A read error that root gets too (unlike a chmod 000 file, which root reads anyway): the path runs through a file.
  it('rejects a source path that runs through a file', () => {
    expect(expectFailure(['--source', 'source.txt/questions.txt'])).toMatchInlineSnapshot(`
      "source.txt/questions.txt: the source path goes through a file as if it were a folder
        How to fix: pass an existing, readable text file with --source, or restore source/sre-interview-questions.txt from git
      Nothing was written; the pages generated before are unchanged.
      "
    `);
  });

  it('rejects invalid UTF-8 with the line', () => {
    expect(expectFailure(['--source', 'bad.txt'], Buffer.from('1. Q?\n\nCaf\xe9 prices\n', 'latin1'))).toMatchInlineSnapshot(`
      "bad.txt:3: the file is not valid UTF-8 (the first bad byte is at column 4)
        How to fix: save the file as UTF-8, for example with \`iconv -f WINDOWS-1252 -t UTF-8\`, or retype the character shown there
      Nothing was written; the pages generated before are unchanged.
      "
    `);
  });

  it('rejects a file with no questions', () => {
    expect(expectFailure(['--source', 'bad.txt'], 'Just prose.\n')).toMatchInlineSnapshot(`
      "bad.txt: no questions found
        How to fix: each question must start a line with its number, a dot and a space, like "1. What is an SLO?", numbered from 1
      Nothing was written; the pages generated before are unchanged.
      "
    `);
  });

  it('rejects a gap in the numbering', () => {
    expect(expectFailure(['--source', 'bad.txt'], '1. A?\n\nA.\n\n2. B?\n\nB.\n\n4. D?\n\nD.\n\n6. F?\n\nF.\n')).toMatchInlineSnapshot(`
      "bad.txt:9: question 4 follows question 2; question 3 is missing
        How to fix: renumber this question 3, or add the missing question before it. A numbered step inside an answer must start at "1."
      Nothing was written; the pages generated before are unchanged.
      "
    `);
  });

  it('rejects a duplicate number', () => {
    // A repeated "1." would be read as a numbered step inside the answer, so repeat "2.".
    expect(expectFailure(['--source', 'bad.txt'], '1. A?\n\nA.\n\n2. B?\n\nB.\n\n2. B again?\n\nB.\n')).toMatchInlineSnapshot(`
      "bad.txt:9: question number 2 is used twice (first at line 5); expected 3 here
        How to fix: renumber this question 3, or delete it if it repeats line 5
      Nothing was written; the pages generated before are unchanged.
      "
    `);
  });

  it('rejects questions without answers and duplicate titles, listing all of them', () => {
    expect(expectFailure(['--source', 'bad.txt'], '1. A?\n\n2. B?\n\nB.\n\n3. b?\n\nB.\n\n4. D?\n')).toMatchInlineSnapshot(`
      "bad.txt:1: question 1 has no answer
        How to fix: write the answer on the lines after the question, or delete the question
      bad.txt:7: question 3 has the same title as the question at line 3
        How to fix: reword one of them, or merge their answers and delete one
      bad.txt:11: question 4 has no answer
        How to fix: write the answer on the lines after the question, or delete the question
      Nothing was written; the pages generated before are unchanged.
      "
    `);
  });

  it('rejects a broken lock file', () => {
    writeFileSync(join(work, 'broken-lock.json'), '{ "version": 1,\n  "questions": [ }');
    const result = spawnSync(tsx, [join(repo, 'generator/cli.ts'), '--source', 'source.txt', '--out', join(work, 'docs'), '--lock', 'broken-lock.json'], {
      cwd: work,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
      "broken-lock.json: the slug lock file is not valid JSON
        How to fix: fix the syntax, or restore it with \`git checkout -- broken-lock.json\`
      Nothing was written; the pages generated before are unchanged.
      "
    `);
  });

  it('merges the team bank in questions/ beside the source', () => {
    mkdirSync(join(work, 'with-bank'));
    cpSync(join(repo, 'source/sre-interview-questions.txt'), join(work, 'with-bank/source.txt'));
    cpSync(join(repo, 'source/questions'), join(work, 'with-bank/questions'), { recursive: true });
    const bankFiles = readdirSync(join(repo, 'source/questions')).filter((name) => name.endsWith('.md'));
    const result = run('--source', 'with-bank/source.txt', '--out', join(work, 'with-bank/docs'), '--lock', join(work, 'with-bank/lock.json'));
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(new RegExp(`^Generated ${52 + bankFiles.length} questions,`));
    expect(result.stdout).toContain(`Merged ${bankFiles.length} team questions from with-bank/questions.`);
    for (const name of bankFiles) expect(readdirSync(join(work, 'with-bank/docs/questions'))).toContain(name.replace(/\.md$/, '.mdx'));
  });

  it('rejects a bank with broken files, listing every problem, subfolders included', () => {
    mkdirSync(join(work, 'bank/team-a'), { recursive: true });
    writeFileSync(join(work, 'bank/team-a/unclosed.md'), '---\ntitle: How do you page?\n\nPage on symptoms.\n');
    writeFileSync(join(work, 'bank/kind.md'), '---\ntitle: How do you hand over?\nkind: story\n---\n\nIn writing.\n');
    writeFileSync(join(work, 'bank/README.md'), '# Our team’s questions\n\nNot a question: it has no front matter, and is not read.\n');
    expect(expectFailure(['--source', 'source.txt', '--questions', 'bank'])).toMatchInlineSnapshot(`
      "bank/kind.md:3: unknown kind "story"
        How to fix: use one of: behavioural, technical; or leave \`kind\` out ("Tell me about a time…" questions are behavioural, the rest technical)
      bank/team-a/unclosed.md:1: the front matter opened here is never closed
        How to fix: add a line \`---\` after its last field (title, topics, kind) and before the answer
      Nothing was written; the pages generated before are unchanged.
      "
    `);
  });

  it('rejects a bank folder that does not exist', () => {
    expect(expectFailure(['--source', 'source.txt', '--questions', 'no-such-bank'])).toMatchInlineSnapshot(`
      "no-such-bank: the question bank folder does not exist
        How to fix: pass an existing folder of .md question files with --questions
      Nothing was written; the pages generated before are unchanged.
      "
    `);
  });

  it('rejects an unknown option with usage', () => {
    const result = run('--sauce', 'x');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: npm run generate --');
  });
});
