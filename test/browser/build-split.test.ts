/**
 * `npm run build` splits a large bank's build in two processes (deploy/build-site.ts): the first bundles and exits, the
 * second renders from the bundles on disk. A very large bank's is split in three: the client's compilation bundled
 * alone, then the server's from the client's compiled MDX, then the rendering. The split must not change the site:
 * built either way (BUILD_SPLIT=always, BUILD_SPLIT=compilations), the real bank's build folder is the same, file for
 * file and byte for byte, as the one-process build the other browser tests serve.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { NGINX_DIR } from '../../deploy/prepare-build.ts';
import { TEST_BASE_URL, TEST_SITE_URL } from './global-setup.ts';
import { buildDir, questions } from './helpers/site.ts';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const scratch = mkdtempSync(join(tmpdir(), 'build-split-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** What `npm run build`'s postbuild adds (deploy/prepare-build.ts), which the test build has and a bare build has not. */
const addedAfterTheBuild = (path: string): boolean => path.startsWith(`${NGINX_DIR}/`) || /\.(gz|br)$/.test(path);

function filesUnder(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => join(entry.parentPath, entry.name)).map((file) => [relative(dir, file), readFileSync(file)]));
}

/** Every path that one folder has and the other has not, or has with other bytes; sorted. */
function differences(expected: string, actual: string): string[] {
  const [left, right] = [filesUnder(expected), filesUnder(actual)];
  const paths = [...new Set([...left.keys(), ...right.keys()])].filter((path) => !addedAfterTheBuild(path));
  return paths
    .filter((path) => {
      const [a, b] = [left.get(path), right.get(path)];
      return !a || !b || !a.equals(b);
    })
    .sort();
}

function buildSplit(outDir: string, split: 'always' | 'compilations'): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', 'deploy/build-site.ts', '--out-dir', outDir], {
      cwd: repoRoot,
      env: { ...process.env, BUILD_SPLIT: split, BASE_URL: TEST_BASE_URL, SITE_URL: TEST_SITE_URL },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(output) : fail(new Error(`the split build failed (exit ${code}):\n${output.slice(-8000)}`))));
  });
}

describe('a build split in two processes', () => {
  it('writes the same build folder as one process, file for file', async () => {
    const outDir = join(scratch, 'build');
    const output = await buildSplit(outDir, 'always');
    // It did split: the second run rendered without bundling, and only one run wrote the static files.
    expect(output).toContain("Skipping the Docusaurus bundling step because DOCUSAURUS_SKIP_BUNDLING='true'");
    expect(output.match(/Generated static files/g)).toHaveLength(1);
    expect(filesUnder(outDir).size, 'a page per question and a quiz page per question, at least').toBeGreaterThan(2 * questions.length);
    expect(differences(buildDir, outDir)).toEqual([]);
  }, 600_000);

  it('with each compilation bundled in its own process, writes the same build folder too, and leaves no scratch folder', async () => {
    const outDir = join(scratch, 'build-compilations');
    const output = await buildSplit(outDir, 'compilations');
    // It did split in three: the client's compilation bundled alone, then the server's, then a run that only rendered.
    expect(output.match(/\[build\] bundling the (\w+)'s compilation alone/g)).toEqual([
      "[build] bundling the client's compilation alone",
      "[build] bundling the server's compilation alone",
    ]);
    expect(output).toContain("Skipping the Docusaurus bundling step because DOCUSAURUS_SKIP_BUNDLING='true'");
    expect(output.match(/Generated static files/g)).toHaveLength(1);
    expect(filesUnder(outDir).size, 'a page per question and a quiz page per question, at least').toBeGreaterThan(2 * questions.length);
    expect(differences(buildDir, outDir)).toEqual([]);
    expect(readdirSync(scratch)).toEqual(expect.arrayContaining(['build-compilations']));
    for (const left of ['build-compilations-server-bundle', 'build-compilations-compiled-mdx']) expect(readdirSync(scratch)).not.toContain(left);
  }, 600_000);

  it('the comparison finds a changed, a missing and an extra file, and ignores only what the postbuild adds (negative control)', () => {
    const [one, other] = ['one', 'other'].map((name) => join(scratch, 'control', name)) as [string, string];
    const write = (root: string, path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    for (const root of [one, other]) write(root, 'questions/same.html', '<h1>Same</h1>');
    write(one, 'questions/changed.html', '<h1>Before</h1>');
    write(other, 'questions/changed.html', '<h1>After</h1>');
    write(one, 'assets/js/missing.js', 'x');
    write(other, 'assets/js/extra.js', 'y');
    write(one, 'questions/same.html.gz', 'only here, added by the postbuild');
    write(one, `${NGINX_DIR}/csp-script-hashes.conf`, 'only here, added by the postbuild');
    expect(differences(one, other)).toEqual(['assets/js/extra.js', 'assets/js/missing.js', 'questions/changed.html']);
  });
});
