/**
 * The import rules in .dependency-cruiser.cjs (`npm run lint:deps`): the real
 * tree keeps them, and each rule does report the import it forbids, shown on
 * test/fixtures/architecture/, a miniature of the layout whose reads-* files
 * each break one rule.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import extractWebpackResolveConfig from 'dependency-cruiser/config-utl/extract-webpack-resolve-config';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const fixture = resolve(repo, 'test/fixtures/architecture');

/** What `npm run lint:deps` cruises. */
const PROJECT_ROOTS = ['contract', 'deploy', 'generator', 'lib', 'src', 'tooling', 'test', 'docusaurus.config.ts', 'sidebars.ts'];

async function cruiseWithProjectRules(roots: string[], baseDir: string): Promise<ICruiseResult> {
  const options = await extractDepcruiseOptions(resolve(repo, '.dependency-cruiser.cjs'));
  // The webpack config holds only `resolve.alias`, which dependency-cruiser's resolve options accept as they are.
  const resolveOptions = (await extractWebpackResolveConfig(resolve(repo, options.webpackConfig!.fileName!))) as Parameters<typeof cruise>[2];
  const tsConfig = extractTSConfig(resolve(repo, options.tsConfig!.fileName!)) as unknown;
  const { output } = await cruise(roots, { ...options, validate: true, baseDir }, resolveOptions, { tsConfig });
  return output as ICruiseResult;
}

function describeViolation(violation: IViolation): string {
  return `${violation.rule.name}: ${violation.from} → ${violation.to}`;
}

describe('the import rules (.dependency-cruiser.cjs)', () => {
  it('are kept by the real tree', async () => {
    const result = await cruiseWithProjectRules(PROJECT_ROOTS, repo);
    expect(result.summary.violations.map(describeViolation)).toEqual([]);
    // Far more than a handful: a broken resolver or an empty cruise would pass the check above vacuously.
    expect(result.summary.totalCruised).toBeGreaterThan(200);
  });

  it('report every forbidden import in the fixture, and only those', async () => {
    const result = await cruiseWithProjectRules(['contract', 'deploy', 'generator', 'lib', 'src', 'tooling', 'test', 'docusaurus.config.ts'], fixture);
    const reported = result.summary.violations.map(describeViolation).sort();

    // Written down from the fixture's imports (see each reads-* file), not from a previous run.
    const expected = [
      'contract-imports-beyond-lib: contract/reads-generator.ts → generator/stage.ts',
      'deploy-imports-beyond-contract: deploy/reads-site.ts → src/components/widget.ts',
      'generator-imports-site-or-tooling: generator/reads-site.ts → src/components/widget.ts',
      'lib-imports-project: lib/reads-contract.ts → contract/records.ts',
      'not-to-unresolvable: src/components/reads-missing.ts → ./missing.ts',
      'plugin-client-imports-server: src/plugins/demo/client/reads-server.ts → src/plugins/demo/server/data.ts',
      'plugin-server-imports-client: src/plugins/demo/server/reads-client.ts → src/plugins/demo/client/view.ts',
      'shipped-imports-deploy: src/components/reads-deploy.ts → deploy/prepare.ts',
      'shipped-imports-tooling-or-test: docusaurus.config.ts → tooling/bench.ts',
      'shipped-imports-tooling-or-test: generator/reads-test.ts → test/helper.ts',
      'shipped-imports-tooling-or-test: src/components/reads-tooling.ts → tooling/bench.ts',
      // A type-only import couples the site to the generator as much as a value import does.
      'site-imports-generator-or-tooling: src/components/reads-generator.ts → generator/stage.ts',
      'site-imports-generator-or-tooling: src/components/reads-tooling.ts → tooling/bench.ts',
    ];
    const cycle = reported.filter((line) => line.startsWith('no-circular: '));
    const internal = reported.filter((line) => line.startsWith('no-docusaurus-internal: '));
    expect(reported.filter((line) => !cycle.includes(line) && !internal.includes(line))).toEqual(expected);
    // The cycle lib/cycle-a.ts ⇄ lib/cycle-b.ts is reported once, from whichever end the cruise meets first.
    expect(cycle).toHaveLength(1);
    expect(cycle[0]).toMatch(/^no-circular: lib\/cycle-[ab]\.ts → lib\/cycle-[ab]\.ts$/);
    // `@docusaurus/theme-common/internal` resolves into node_modules, so only its start is fixed.
    expect(internal).toHaveLength(1);
    expect(internal[0]).toMatch(/^no-docusaurus-internal: src\/components\/reads-internal\.ts → .*@docusaurus\/theme-common\/lib\/internal\.js$/);

    // Every rule in the config has its broken case here, so a new rule cannot go untested.
    const options = await extractDepcruiseOptions(resolve(repo, '.dependency-cruiser.cjs'));
    const ruleNames = (options.ruleSet?.forbidden ?? []).map((rule) => rule.name).sort();
    expect([...new Set(reported.map((line) => line.split(':')[0]))].sort()).toEqual(ruleNames);
  });
});
