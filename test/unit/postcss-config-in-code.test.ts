import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import { afterEach, describe, expect, it } from 'vitest';
import postcssConfigInCodePlugin from '../../src/plugins/postcss-config-in-code/index.ts';
import { postcssConfigsIn } from '../../src/plugins/postcss-config-in-code/server/config-files.ts';
import { postcssOptionsOncePerBuild } from '../../src/plugins/postcss-config-in-code/server/postcss-options.ts';

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
  /** A loader that hands out fake plugin modules, each a factory that records the options it is set up with. */
  function fakeModules() {
    const setUps: { module: string; options: unknown[] }[] = [];
    const factory =
      (module: string) =>
      (...options: unknown[]) => {
        setUps.push({ module, options });
        return { postcssPlugin: module };
      };
    const modules: Record<string, unknown> = { '/m/preset.js': factory('preset'), '/m/esm.js': { default: factory('esm') } };
    return { setUps, load: (path: string) => modules[path] };
  }

  it("turn the configuration search off, without changing Docusaurus's object", () => {
    const docusaurus = { ident: 'postcss', plugins: [] };
    expect(postcssOptionsOncePerBuild(docusaurus, fakeModules().load)).toEqual({ ident: 'postcss', plugins: [], config: false });
    expect(docusaurus).not.toHaveProperty('config');
  });

  it('set up each plugin given by module path once, with its options, or with none when they are empty, as postcss-loader would', () => {
    const { setUps, load } = fakeModules();
    const ready = { postcssPlugin: 'ready' };
    const options = postcssOptionsOncePerBuild({ plugins: [['/m/preset.js', {}], ['/m/esm.js', { stage: 2 }], ['/m/preset.js'], ready] }, load);
    expect(options.plugins).toEqual([{ postcssPlugin: 'preset' }, { postcssPlugin: 'esm' }, { postcssPlugin: 'preset' }, ready]);
    expect(setUps).toEqual([
      { module: 'preset', options: [] },
      { module: 'esm', options: [{ stage: 2 }] },
      { module: 'preset', options: [] },
    ]);
  });

  it('leave a plugin list postcss-loader reads some other way (an object of names) for it to read', () => {
    const { setUps, load } = fakeModules();
    expect(postcssOptionsOncePerBuild({ plugins: [{ 'postcss-preset-env': {} }] }, load).plugins).toEqual([{ 'postcss-preset-env': {} }]);
    expect(setUps).toEqual([]);
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

  it('names a package.json it cannot read, rather than failing with a bare JSON error', () => {
    const site = siteWith({ 'package.json': '{"name": "site",' });
    expect(() => postcssConfigsIn(site)).toThrowError(`${site}/package.json: not valid JSON; fix it so PostCSS and npm can read it`);
  });

  it('stops the build with the files named and what to do instead', () => {
    const site = siteWith({ 'postcss.config.js': 'module.exports = {};', '.postcssrc': '{}' });
    const failure = (() => {
      try {
        postcssConfigInCodePlugin({ siteDir: site } as LoadContext);
      } catch (error) {
        return error instanceof Error ? error.message.replaceAll(site, '<site>') : String(error);
      }
      return 'no error';
    })();
    expect(failure).toMatchInlineSnapshot(
      `"<site>/postcss.config.js, <site>/.postcssrc: PostCSS configuration that the build would ignore (src/plugins/postcss-config-in-code turns postcss-loader's config search off). Add its plugins in that plugin's configurePostCss instead, and delete the file."`,
    );
  });

  it('lets a site without one build, with the search turned off', () => {
    const plugin = postcssConfigInCodePlugin({ siteDir: siteWith({ 'package.json': '{}' }) } as LoadContext);
    expect(plugin.configurePostCss?.({ plugins: [] })).toEqual({ plugins: [], config: false });
  });

  it("sets up Docusaurus's own plugin, postcss-preset-env, into a PostCSS plugin", () => {
    const plugin = postcssConfigInCodePlugin({ siteDir: siteWith({}) } as LoadContext);
    const presetEnv = createRequire(import.meta.url).resolve('postcss-preset-env');
    const [setUp] = (plugin.configurePostCss?.({ plugins: [[presetEnv, {}]] }) as { plugins: { postcssPlugin?: string }[] }).plugins;
    expect(setUp?.postcssPlugin).toBe('postcss-preset-env');
  });
});
