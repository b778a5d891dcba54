import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import { afterEach, describe, expect, it } from 'vitest';
import postcssConfigInCodePlugin from '../../src/plugins/postcss-config-in-code/index.ts';
import { postcssConfigsIn, withoutConfigSearch } from '../../src/plugins/postcss-config-in-code/server/config-files.ts';

const sites: string[] = [];
afterEach(() => {
  for (const site of sites.splice(0)) rmSync(site, { recursive: true, force: true });
});

/** A site folder holding these files (path → content). */
function siteWith(files: Readonly<Record<string, string>>): string {
  const site = mkdtempSync(join(tmpdir(), 'postcss-config-'));
  sites.push(site);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), content);
  }
  return site;
}

describe("PostCSS's options", () => {
  it("turn the configuration search off and keep Docusaurus's plugins as they are, without changing its object", () => {
    const docusaurus = { ident: 'postcss', plugins: [['/node_modules/postcss-preset-env/index.js', {}]] };
    expect(withoutConfigSearch(docusaurus)).toEqual({ ident: 'postcss', plugins: [['/node_modules/postcss-preset-env/index.js', {}]], config: false });
    expect(docusaurus).not.toHaveProperty('config');
  });
});

describe('the PostCSS configuration a site holds', () => {
  it('is none for this site, so turning the search off changes no stylesheet', () => {
    expect(postcssConfigsIn(process.cwd())).toEqual([]);
  });

  it('is found under the names postcss-loader searches, nested ones and package.json\'s "postcss" key included', () => {
    const site = siteWith({
      'postcss.config.cjs': 'module.exports = {};',
      '.postcssrc.yml': 'plugins: {}',
      '.config/postcssrc.json': '{}',
      'package.json': JSON.stringify({ name: 'site', postcss: { plugins: {} } }),
    });
    expect(postcssConfigsIn(site)).toEqual(['postcss.config.cjs', '.postcssrc.yml', '.config/postcssrc.json', 'package.json ("postcss")']);
  });

  it('is not found in files of other names, or in a package.json without the key', () => {
    const site = siteWith({
      'postcss.config.json': '{}',
      'src/postcss.config.js': '',
      'package.json': JSON.stringify({ name: 'site', browserslist: ['defaults'] }),
    });
    expect(postcssConfigsIn(site)).toEqual([]);
  });

  it('stops the build with the files named and what to do instead', () => {
    const site = siteWith({ 'postcss.config.js': 'module.exports = {};', '.postcssrc': '{}' });
    expect(() => postcssConfigInCodePlugin({ siteDir: site } as LoadContext)).toThrowError(
      `${site}/postcss.config.js, ${site}/.postcssrc: PostCSS configuration that the build would ignore (src/plugins/postcss-config-in-code turns postcss-loader's config search off). Add its plugins in that plugin's configurePostCss instead, and delete the file.`,
    );
  });

  it('lets a site without one build, with the search turned off', () => {
    const plugin = postcssConfigInCodePlugin({ siteDir: siteWith({ 'package.json': '{}' }) } as LoadContext);
    expect(plugin.configurePostCss?.({ plugins: [] })).toEqual({ plugins: [], config: false });
  });
});
