import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSourceProblem } from '../../generator/source-errors.ts';
import type { GenerateResult } from '../../generator/generate-site.ts';
import { generateFromText } from '../helpers/run-generator.ts';

/**
 * Each folder in test/fixtures/generator holds an `input.txt` and either the
 * expected output (`expected/`, every generated file plus `stages.json`, what
 * each stage decided) or the expected error (`error.txt`).
 * Run with UPDATE=1 to rewrite them after an intended change, then review the diff.
 */
const root = join(import.meta.dirname, '../fixtures/generator');
const update = process.env.UPDATE === '1';
const cases = readdirSync(root).sort();

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

/** Optional hand-written guide pages of a case, in <case>/guides/*.mdx. */
function guideFiles(dir: string, name: string) {
  const guidesDir = join(dir, 'guides');
  if (!existsSync(guidesDir)) return [];
  return readdirSync(guidesDir).map((file) => ({ path: `${name}/guides/${file}`, text: readFileSync(join(guidesDir, file), 'utf8') }));
}

function expectFile(path: string, actual: string): void {
  if (update) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(existsSync(path), `${path} is missing; run UPDATE=1 npx vitest run generator.fixtures`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('generator fixtures', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(10));

  it.each(cases)('%s', (name) => {
    const dir = join(root, name);
    const input = readFileSync(join(dir, 'input.txt'));
    let result: GenerateResult | undefined;
    let error: unknown;
    try {
      result = generateFromText(input, { sourceFile: `${name}/input.txt`, guides: guideFiles(dir, name) });
    } catch (caught) {
      error = caught;
    }

    if (name.startsWith('error-')) {
      expect(result, 'an error case must not generate pages').toBeUndefined();
      expect(isSourceProblem(error), String(error)).toBe(true);
      expectFile(join(dir, 'error.txt'), `${(error as Error).message}\n`);
      return;
    }
    if (error) throw error;

    const expectedDir = join(dir, 'expected');
    if (update) rmSync(expectedDir, { recursive: true, force: true });
    const actualFiles = new Map([...result!.files, ['stages.json', stages(result!)]]);
    for (const [path, content] of actualFiles) expectFile(join(expectedDir, path), content);
    const expectedPaths = readdirSync(expectedDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(expectedDir.length + 1))
      .sort();
    expect(expectedPaths).toEqual([...actualFiles.keys()].sort());
  });

  it('CRLF line endings and a BOM give the same pages as LF', () => {
    const crlf = readFileSync(join(root, 'crlf-bom/input.txt'));
    const lf = new TextDecoder().decode(crlf).replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    expect(generateFromText(crlf).files).toEqual(generateFromText(lf).files);
  });
});
