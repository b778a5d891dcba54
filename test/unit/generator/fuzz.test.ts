import { compile } from '@mdx-js/mdx';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { isSourceProblem, SourceError, SourceErrors } from '../../../generator/source-errors.ts';
import { writeFolderAtomically } from '../../../lib/write-files-atomically.ts';
import { rehypePlugins, remarkPlugins } from '../../../src/markdown/plugins.ts';
import { generateFromText, questionPages } from '../../helpers/run-generator.ts';

const realSource = readFileSync(join(import.meta.dirname, '../../../source/sre-interview-questions.txt'));
const realLines = new TextDecoder().decode(realSource).split('\n');

/** Edits a reader might make by mistake, or a bad scrape might produce. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('renumber' as const), at: fc.nat(), delta: fc.constantFrom(-1, 1, 2, 50) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '<Answer>{secret}</Answer>',
      '<img src=x onerror=alert(1)>',
      'import x from "y"',
      '{props.a}',
      '$$ x $$',
      ':::danger',
      '# heading',
      '12. A question?',
      '  • ',
      '---',
    ),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 6 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(mutations: readonly Mutation[]): Uint8Array {
  let lines = [...realLines];
  const extra: { at: number; bytes: Uint8Array }[] = [];
  for (const change of mutations) {
    const at = change.at % Math.max(lines.length, 1);
    if (change.kind === 'delete') lines.splice(at, 1);
    if (change.kind === 'duplicate') lines.splice(at, 0, lines[at] ?? '');
    if (change.kind === 'insert') lines.splice(at, 0, change.text);
    if (change.kind === 'truncate') lines = lines.slice(0, at);
    if (change.kind === 'renumber') {
      const numbered = lines.map((line, index) => (/^\d+\. /.test(line) ? index : -1)).filter((index) => index >= 0);
      const target = numbered[change.at % Math.max(numbered.length, 1)];
      if (target !== undefined) lines[target] = lines[target]!.replace(/^\d+/, (n) => String(Math.max(0, Number(n) + change.delta)));
    }
    if (change.kind === 'bytes') extra.push({ at: change.at, bytes: change.bytes });
  }
  let bytes = new TextEncoder().encode(lines.join('\n'));
  for (const { at, bytes: inserted } of extra) {
    const position = at % (bytes.length + 1);
    bytes = new Uint8Array([...bytes.subarray(0, position), ...inserted, ...bytes.subarray(position)]);
  }
  return bytes;
}

const FILE_LINE = /^input\.txt(?::\d+)?: .+\n {2}How to fix: .+/;

describe('the generator on a mutated real source', () => {
  it('either generates pages that compile or fails with file:line and a fix, never a crash', async () => {
    let succeeded = 0;
    let failed = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        let pages: [string, string][];
        try {
          pages = questionPages(generateFromText(mutate(mutations)));
        } catch (error) {
          expect(isSourceProblem(error), `not a SourceError: ${(error as Error)?.stack}`).toBe(true);
          const problems = error instanceof SourceErrors ? error.errors : [error as SourceError];
          for (const problem of problems) expect(problem.message).toMatch(FILE_LINE);
          failed++;
          return;
        }
        succeeded++;
        for (const [, mdx] of pages) {
          await compile(mdx, { remarkPlugins: [remarkFrontmatter, remarkDirective, remarkGfm, ...remarkPlugins], rehypePlugins });
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 40) },
    );
    // Both outcomes must be exercised, or the property proves little.
    expect(succeeded).toBeGreaterThan(0);
    expect(failed).toBeGreaterThan(0);
    // 40 full generations and MDX compilations: about 20 s alone, several minutes on a busy 2-core machine.
  }, 600_000);
});

describe('writing the output', () => {
  it('leaves the previous folder intact and no temporary folders when a write fails', () => {
    const parent = mkdtempSync(join(tmpdir(), 'atomic-write-'));
    const out = join(parent, 'docs');
    mkdirSync(out);
    writeFileSync(join(out, 'old.mdx'), 'previous');
    // A file and a folder with the same path cannot both be written.
    const impossible = new Map([
      ['a.mdx', 'x'],
      ['a.mdx/b.mdx', 'y'],
    ]);
    expect(() => writeFolderAtomically(out, impossible)).toThrow();
    expect(readdirSync(parent)).toEqual(['docs']);
    expect(readFileSync(join(out, 'old.mdx'), 'utf8')).toBe('previous');

    writeFolderAtomically(out, new Map([['new.mdx', 'fresh']]));
    expect(readdirSync(parent)).toEqual(['docs']);
    expect(readdirSync(out)).toEqual(['new.mdx']);
    rmSync(parent, { recursive: true, force: true });
  });
});
