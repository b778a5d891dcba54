/**
 * Global setup for the `browser` vitest project (see vitest.config.ts):
 *
 * 1. checks Chromium is installed (fails loudly: these tests never skip);
 * 2. regenerates docs/ and builds the site under the sub-path /sre/ into
 *    build-test/ (REUSE_BUILD=1 reuses an existing /sre/ build instead), and
 *    prepares it for nginx as `npm run build` does (deploy/prepare-build.ts);
 * 3. serves it with the production-like static server on a free port and
 *    provides `baseUrl` (e.g. http://127.0.0.1:41234/sre/) to the tests.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { createStaticServer } from '../../tooling/server/static-server.ts';
import { assertChromiumInstalled } from '../../tooling/browser/chromium.ts';
import { CSP_MAP_FILE } from '../../deploy/prepare-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute URL of the served site's root, with a trailing slash: http://127.0.0.1:PORT/sre/ */
    baseUrl: string;
    /** Absolute path of the build being served. */
    buildDir: string;
  }
}

export const TEST_BASE_URL = '/sre/';
export const TEST_SITE_URL = 'http://127.0.0.1';
const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
/** TEST_BUILD_DIR lets two checkouts' test runs, or a second build, keep their builds apart. */
const outDir = resolve(repoRoot, process.env.TEST_BUILD_DIR ?? 'build-test');

/** Runs a command in the repository; on failure the error carries its output. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      if (code === 0) done();
      else fail(new Error(`\`${[command, ...args].join(' ')}\` failed (${signal ?? `exit ${code}`}):\n${output.slice(-8000)}`));
    });
  });
}

/** An existing build is reusable only if it was built for the test sub-path. */
function reusableBuild(): boolean {
  const index = join(outDir, 'index.html');
  return existsSync(index) && readFileSync(index, 'utf8').includes(`${TEST_BASE_URL}assets/`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertChromiumInstalled();

  const started = Date.now();
  // The tests read docs/_generated/*.json, so generate even when the build is reused.
  await run('npx', ['tsx', 'generator/cli.ts']);
  if (process.env.REUSE_BUILD === '1' && reusableBuild()) {
    console.log(`[browser] REUSE_BUILD=1: reusing ${outDir}`);
  } else {
    // As `npm run build` builds (package.json): one process for this bank, two for a large one (deploy/build-site.ts).
    await run(process.execPath, ['--require', 'tsx/cjs', 'deploy/build-site.ts', '--out-dir', outDir], {
      ...process.env,
      BASE_URL: TEST_BASE_URL,
      SITE_URL: TEST_SITE_URL,
    });
    console.log(`[browser] built the site under ${TEST_BASE_URL} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  // What `npm run build` does after the build (its postbuild): the CSP hashes and .gz/.br copies the nginx test serves.
  if (!existsSync(join(outDir, CSP_MAP_FILE))) {
    await run('npx', ['tsx', 'deploy/prepare-build.ts', outDir], { ...process.env, BASE_URL: TEST_BASE_URL });
  }

  const server = createStaticServer({ root: outDir, baseUrl: TEST_BASE_URL });
  await new Promise<void>((listening, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => listening());
  });
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}${TEST_BASE_URL}`);
  project.provide('buildDir', outDir);

  return async () => {
    server.closeAllConnections();
    await new Promise<void>((closed) => server.close(() => closed()));
  };
}
