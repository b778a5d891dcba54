/**
 * A process that bundles one compilation alone (lib/bundle-one-compilation.ts, deploy/build-site.ts): the variables that
 * name it and its compiled-MDX folder, and what the large-bank-bundling plugin gives the bundler: MDX loaders whose
 * cross-compiler cache is that folder (written by the client's process, read by the server's), an empty entry for the
 * other compilation, and no client manifest from an empty client compilation.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { LoadContext } from '@docusaurus/types';
import { normalizePluginOptions } from '@docusaurus/utils-validation';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLE_ONLY_ENV, COMPILED_MDX_DIR_ENV, bundleOnlyFrom, compiledMdxDirFrom } from '../../lib/bundle-one-compilation.ts';
import largeBankBundlingPlugin from '../../src/plugins/large-bank-bundling/index.ts';
import { type PluginOptions, type UserOptions, validateOptions } from '../../src/plugins/large-bank-bundling/options.ts';
import type { CrossCompilerCache } from '../../src/plugins/large-bank-bundling/server/compiled-mdx-on-disk.ts';
import { EMPTY_ENTRY, oneCompilationConfig, type BundledAlone } from '../../src/plugins/large-bank-bundling/server/one-compilation.ts';

const validate = (options: UserOptions) => validateOptions({ validate: (schema, value) => normalizePluginOptions<PluginOptions>(schema, value), options });
/** Rules shaped as Docusaurus's: the docs' MDX loader with its shared cache, nested in oneOf, and a CSS rule without. */
const cache = new Map();
const mdxLoader = { loader: '/x/mdx-loader/lib/index.js', options: { admonitions: true, crossCompilerCache: cache } };
const cssRule = { test: /\.css$/, use: [{ loader: 'css-loader', options: { importLoaders: 1 } }] };
const CLIENT_MANIFEST = '/site/.docusaurus/client-manifest.json';
/** Plugins shaped as Docusaurus's client compilation has them: react-loadable-ssr-addon keeps its options, filename included. */
const manifestWriter = { options: { filename: CLIENT_MANIFEST, integrity: false } };
const otherPlugin = { options: { filename: '/site/build/other.json' } };
const bundlerConfig = { module: { rules: [cssRule, { oneOf: [{ test: /\.mdx?$/, use: [mdxLoader] }] }] }, plugins: [otherPlugin, manifestWriter] };
const compiledMdxDir = mkdtempSync(join(tmpdir(), 'compiled-mdx-'));
afterAll(() => rmSync(compiledMdxDir, { recursive: true, force: true }));
const alone = (compilation: BundledAlone['compilation']): BundledAlone => ({ compilation, compiledMdxDir, clientManifestFile: CLIENT_MANIFEST });

/** The MDX loader's cross-compiler cache in a configuration the plugin returned; the CSS rule is checked unchanged. */
function mdxCacheIn(config: object): CrossCompilerCache {
  const { rules } = (config as { module: { rules: [unknown, { oneOf: [{ use: [{ options: { crossCompilerCache: CrossCompilerCache } }] }] }] } }).module;
  expect(rules[0]).toEqual(cssRule);
  return rules[1].oneOf[0].use[0].options.crossCompilerCache;
}

describe('bundling one compilation alone', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('reads the compilation from the environment, and bundles both when it is unset or empty', () => {
    expect(BUNDLE_ONLY_ENV).toBe('SRE_BUNDLE_ONLY');
    expect(bundleOnlyFrom({})).toBeUndefined();
    expect(bundleOnlyFrom({ SRE_BUNDLE_ONLY: '' })).toBeUndefined();
    expect(bundleOnlyFrom({ SRE_BUNDLE_ONLY: 'client' })).toBe('client');
    expect(bundleOnlyFrom({ SRE_BUNDLE_ONLY: 'server' })).toBe('server');
  });

  it('refuses another value, naming the valid choices', () => {
    expect(() => bundleOnlyFrom({ SRE_BUNDLE_ONLY: 'browser' })).toThrowErrorMatchingInlineSnapshot(
      `[Error: SRE_BUNDLE_ONLY is "browser"; use one of client, server, or leave it unset to bundle both compilations]`,
    );
  });

  it('reads the compiled-MDX folder from the environment, and says what to set when it is missing', () => {
    expect(COMPILED_MDX_DIR_ENV).toBe('SRE_COMPILED_MDX_DIR');
    expect(compiledMdxDirFrom({ SRE_COMPILED_MDX_DIR: '/tmp/build-compiled-mdx' }, 'client')).toBe('/tmp/build-compiled-mdx');
    expect(() => compiledMdxDirFrom({ SRE_COMPILED_MDX_DIR: '' }, 'server')).toThrowErrorMatchingInlineSnapshot(
      `[Error: SRE_BUNDLE_ONLY is "server" but SRE_COMPILED_MDX_DIR is not set: set it to the folder where the client's process leaves the compiled MDX for the server's, or run \`npm run build\` (deploy/build-site.ts), which sets both]`,
    );
  });

  it('changes nothing when both compilations are bundled', () => {
    expect(oneCompilationConfig(undefined, false, bundlerConfig)).toEqual({});
    expect(oneCompilationConfig(undefined, true, bundlerConfig)).toEqual({});
  });

  it("empties the other compilation's entry, and drops the client manifest only from an empty client compilation", () => {
    // Written-down cases: [bundled alone, is the server's compilation, what is replaced, entry, plugins].
    const cases: [BundledAlone['compilation'], boolean, object, object | undefined, object[] | undefined][] = [
      ['client', false, { 'module.rules': 'replace' }, undefined, undefined],
      ['client', true, { 'module.rules': 'replace', entry: 'replace' }, { main: EMPTY_ENTRY }, undefined],
      ['server', true, { 'module.rules': 'replace' }, undefined, undefined],
      ['server', false, { 'module.rules': 'replace', entry: 'replace', plugins: 'replace' }, { main: EMPTY_ENTRY }, [otherPlugin]],
    ];
    for (const [compilation, isServer, mergeStrategy, entry, plugins] of cases) {
      const config = oneCompilationConfig(alone(compilation), isServer, bundlerConfig) as { mergeStrategy: object; entry?: object; plugins?: object[] };
      const label = `${compilation} alone, server: ${isServer}`;
      expect(config.mergeStrategy, label).toEqual(mergeStrategy);
      expect(config.entry, label).toEqual(entry);
      expect(config.plugins, label).toEqual(plugins);
    }
    // The configuration it was given is left as it was: Docusaurus shares the cache between its two configurations.
    expect(mdxLoader.options.crossCompilerCache).toBe(cache);
    expect(bundlerConfig.plugins).toEqual([otherPlugin, manifestWriter]);
  });

  it("gives the client's process a cache that writes each compiled file, and the server's one that reads it back", async () => {
    const writer = mdxCacheIn(oneCompilationConfig(alone('client'), false, bundlerConfig));
    const reader = mdxCacheIn(oneCompilationConfig(alone('server'), true, bundlerConfig));
    const resource = '/site/docs/questions/what-is-an-slo.mdx';
    const code = 'export const frontMatter = {"title":"What is an SLO?"};\nexport default function MDXContent() {}';
    // As the MDX loader does on the client's side: no entry yet, so it sets one with the promise of its result.
    expect(writer.get(resource)).toBeUndefined();
    const compiled = Promise.resolve(code);
    writer.set(resource, { promise: compiled, resolve: () => {}, reject: () => {} });
    await compiled;
    // As it does on the server's side: an entry, whose promise it returns.
    await expect(reader.get(resource)!.promise).resolves.toBe(code);
    // Negative control: a resource the client's process did not write fails with what to do, instead of waiting forever.
    const missing = reader.get('/site/docs/questions/never-compiled.mdx')!.promise;
    await expect(missing).rejects.toThrow(/holds no compiled code for it/);
    await expect(missing).rejects.toThrow(/run `npm run build`/);
    await expect(missing).rejects.toMatchObject({ cause: { code: 'ENOENT' } });
  });

  it('refuses an empty client compilation when no plugin writes the client manifest, naming the file to update', () => {
    expect(() => oneCompilationConfig(alone('server'), false, { ...bundlerConfig, plugins: [otherPlugin] })).toThrowErrorMatchingInlineSnapshot(
      `[Error: src/plugins/large-bank-bundling/server/one-compilation.ts: no bundler plugin of the client's compilation writes /site/.docusaurus/client-manifest.json. Docusaurus has changed how it writes its client manifest: update this module so that the server's process keeps the client's manifest.]`,
    );
  });

  it('refuses to bundle one compilation alone when no loader has the cache to remove, naming the file to update', () => {
    expect(() => oneCompilationConfig(alone('server'), true, { module: { rules: [cssRule] } })).toThrowErrorMatchingInlineSnapshot(
      `[Error: src/plugins/large-bank-bundling/server/one-compilation.ts: no bundler rule has a loader with a crossCompilerCache option. Docusaurus has changed how it shares MDX results between its compilations: update this module to match before bundling one compilation alone.]`,
    );
    // Bundling both needs no such loader.
    expect(oneCompilationConfig(undefined, true, { module: { rules: [cssRule] } })).toEqual({});
  });

  it('the option replaced is the one this Docusaurus’s MDX loader reads, used as compiled-mdx-on-disk.ts expects', () => {
    const loader = readFileSync(createRequire(import.meta.url).resolve('@docusaurus/mdx-loader/lib/loader.js'), 'utf8');
    expect(loader).toContain('const { crossCompilerCache } = options;');
    expect(loader).toMatch(/if \(!crossCompilerCache\) \{\s*return loadMDX\(/);
    // The client's side, with no entry, sets one holding the promise of its own result...
    expect(loader).toMatch(/crossCompilerCache\.set\(cacheKey, \{\s*promise,/);
    // ...and the server's side, given an entry, returns that entry's promise instead of compiling.
    expect(loader).toMatch(/else if \(compilerName === 'server'\) \{\s*if \(cacheEntry\) \{\s*deleteCacheEntry\(\);\s*return cacheEntry\.promise;/);
    // Negative control: an option it does not read is not found.
    expect(loader).not.toContain('const { crossCompilationCache } = options;');
  });

  it('the empty entry imports nothing', () => {
    const code = readFileSync(EMPTY_ENTRY, 'utf8');
    expect(code).toMatch(/^export \{\};$/m);
    expect(code).not.toMatch(/\bimport\b|require\(/);
  });

  it('the plugin reads the variables when Docusaurus loads it, and an unknown value or a missing folder stops the build', async () => {
    const context = { siteDir: '.', generatedFilesDir: '/site/.docusaurus' } as LoadContext;
    vi.stubEnv(BUNDLE_ONLY_ENV, 'server');
    vi.stubEnv(COMPILED_MDX_DIR_ENV, compiledMdxDir);
    const plugin = largeBankBundlingPlugin(context, validate({}));
    const questionCount = await plugin.loadContent!();
    const client = plugin.configureWebpack!(bundlerConfig as never, false, {} as never, questionCount) as { entry: object; plugins: object[] };
    expect(client.entry).toEqual({ main: EMPTY_ENTRY });
    // The manifest writer is found by the file Docusaurus writes in the site's generated folder.
    expect(client.plugins).toEqual([otherPlugin]);
    const server = plugin.configureWebpack!(bundlerConfig as never, true, {} as never, questionCount) as object;
    await expect(mdxCacheIn(server).get('/site/docs/questions/never-compiled.mdx')!.promise).rejects.toThrow(compiledMdxDir);
    vi.stubEnv(COMPILED_MDX_DIR_ENV, '');
    expect(() => largeBankBundlingPlugin(context, validate({}))).toThrow(/SRE_COMPILED_MDX_DIR is not set/);
    vi.stubEnv(BUNDLE_ONLY_ENV, 'both');
    expect(() => largeBankBundlingPlugin(context, validate({}))).toThrow(/SRE_BUNDLE_ONLY is "both"/);
  });
});
