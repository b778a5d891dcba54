/**
 * The GitHub Pages workflow (.github/workflows/pages.yml) is checked offline:
 * action-validator (@action-validator/cli, the workflow JSON schema and job
 * references, compiled to WebAssembly) validates its structure, and the
 * settings a deployment depends on are read from its text.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..');
const WORKFLOW = join(repoRoot, '.github/workflows/pages.yml');
const workflow = readFileSync(WORKFLOW, 'utf8');

function actionValidator(): string {
  try {
    return createRequire(import.meta.url).resolve('@action-validator/cli/cli.mjs');
  } catch (error) {
    throw new Error(
      'test/unit/deploy/pages-workflow.test.ts needs action-validator: npm install --save-dev --save-exact @action-validator/cli@0.6.0 @action-validator/core@0.6.0',
      { cause: error },
    );
  }
}

function validate(file: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [actionValidator(), file], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

async function validateText(text: string): Promise<{ status: number | null; output: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'workflow-'));
  try {
    await writeFile(join(dir, 'pages.yml'), text);
    return validate(join(dir, 'pages.yml'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('.github/workflows/pages.yml', () => {
  it('is a valid workflow', () => {
    const result = validate(WORKFLOW);
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('a broken copy is rejected (negative controls)', async () => {
    const unknownJob = await validateText(workflow.replace('needs: build', 'needs: bulid'));
    expect(unknownJob.status).toBe(1);
    expect(unknownJob.output).toMatch(/unresolved job bulid/);
    const misspeltKey = await validateText(workflow.replace('runs-on:', 'run-on:'));
    expect(misspeltKey.status).toBe(1);
    expect(misspeltKey.output).toMatch(/Additional property 'run-on' is not allowed/);
  });

  it('builds for the repository’s Pages address and deploys with the official actions, pinned to a major version', () => {
    expect(workflow).toMatch(/SITE_URL: \$\{\{ steps\.pages\.outputs\.origin \}\}/);
    expect(workflow).toMatch(/BASE_URL: \$\{\{ steps\.pages\.outputs\.base_path \}\}\//);
    expect(workflow).toMatch(/id: pages\n\s+uses: actions\/configure-pages@v\d+\n/);
    const actions = [...workflow.matchAll(/uses: (\S+)/g)].map((match) => match[1]);
    expect(actions.map((action) => action?.replace(/@.*/, ''))).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'actions/configure-pages',
      'actions/upload-pages-artifact',
      'actions/deploy-pages',
    ]);
    for (const action of actions) expect(action, 'pinned to a major version').toMatch(/@v\d+$/);
    expect(workflow).toMatch(/node-version: 20\n\s+cache: npm\n/);
    expect(workflow).toMatch(/permissions:\n\s+pages: write\n\s+id-token: write\n/);
    expect(workflow).toMatch(/concurrency:\n\s+group: pages\n/);
  });
});
