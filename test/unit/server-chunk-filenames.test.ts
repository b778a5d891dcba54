/**
 * The server bundle's chunk file names (src/plugins/large-bank-bundling/server/server-chunk-filenames.ts). Bundled by
 * this Rspack, a runtime for Docusaurus's template looks each name up in a map written inside the function it calls
 * per chunk; for the id-only template it has no map. Real bundles of a three-chunk program, not the code under test.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rspack } from '@rspack/core';
import { afterAll, describe, expect, it } from 'vitest';
import { SERVER_CHUNK_FILENAME, serverChunkFilenames } from '../../src/plugins/large-bank-bundling/server/server-chunk-filenames.ts';

const project = mkdtempSync(join(tmpdir(), 'server-chunks-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));
writeFileSync(join(project, 'first.js'), 'export const page = "first";\n');
writeFileSync(join(project, 'second.js'), 'export const page = "second";\n');
writeFileSync(join(project, 'entry.js'), 'export const pages = () => Promise.all([import("./first.js"), import("./second.js")]);\n');

/** Docusaurus's chunk template for both compilations (@docusaurus/core/lib/webpack/base.js). */
const DOCUSAURUS_CHUNK_FILENAME = 'assets/js/[name].[contenthash:8].js';

/** An object literal keyed by chunk id, such as `{"520": "ee1e4175",`. */
const CHUNK_MAP = /\{\s*"\d+":\s*"/;

/** Bundles the program for Node, as Docusaurus's server compilation is, and returns the runtime's chunk-name function and the loaded pages. */
async function bundle(chunkFilename: string): Promise<{ nameFunction: string; pages: string[] }> {
  const outDir = mkdtempSync(join(project, 'out-'));
  const stats = await new Promise<{ hasErrors(): boolean; toString(): string }>((done, fail) =>
    rspack(
      {
        mode: 'production',
        target: 'node',
        context: project,
        entry: { main: './entry.js' },
        output: { path: outDir, filename: 'server.bundle.js', chunkFilename, library: { type: 'commonjs2' } },
        optimization: { minimize: false },
      },
      (error, result) => (error || !result ? fail(error ?? new Error('no stats')) : done(result)),
    ),
  );
  expect(stats.hasErrors(), stats.toString()).toBe(false);
  const code = readFileSync(join(outDir, 'server.bundle.js'), 'utf8');
  const start = code.indexOf('__webpack_require__.u = ');
  expect(start, 'the runtime names chunks with __webpack_require__.u').toBeGreaterThan(-1);
  const loaded = (await (createRequire(import.meta.url)(join(outDir, 'server.bundle.js')) as { pages(): Promise<{ page: string }[]> }).pages()).map(
    ({ page }) => page,
  );
  return { nameFunction: code.slice(start, code.indexOf('\n}', start)), pages: loaded };
}

describe("the server bundle's chunk file names", () => {
  it('are named by id for the server only; the client keeps Docusaurus’s hashed names', () => {
    expect(serverChunkFilenames(true)).toEqual({ output: { chunkFilename: 'assets/js/[id].js' } });
    expect(serverChunkFilenames(false)).toEqual({});
  });

  it('need no name map in the runtime, and the chunks still load', async () => {
    const { nameFunction, pages } = await bundle(SERVER_CHUNK_FILENAME);
    expect(nameFunction).not.toMatch(CHUNK_MAP);
    expect(nameFunction).toContain('return "assets/js/" + chunkId + ".js"');
    expect(pages).toEqual(['first', 'second']);
  }, 60_000);

  it('with Docusaurus’s template, the runtime builds a map on every call (negative control)', async () => {
    const { nameFunction, pages } = await bundle(DOCUSAURUS_CHUNK_FILENAME);
    expect(nameFunction).toMatch(CHUNK_MAP);
    expect(pages).toEqual(['first', 'second']);
  }, 60_000);
});
