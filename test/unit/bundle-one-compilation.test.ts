/**
 * A process that bundles one compilation alone (lib/bundle-one-compilation.ts, deploy/build-site.ts): the variable that
 * names it, and what the large-bank-bundling plugin gives the bundler: MDX loaders without Docusaurus's cross-compiler
 * cache, and an empty entry for the other compilation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { LoadContext } from '@docusaurus/types';
import { normalizePluginOptions } from '@docusaurus/utils-validation';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLE_ONLY_ENV, bundleOnlyFrom } from '../../lib/bundle-one-compilation.ts';
import largeBankBundlingPlugin from '../../src/plugins/large-bank-bundling/index.ts';
import { type PluginOptions, type UserOptions, validateOptions } from '../../src/plugins/large-bank-bundling/options.ts';
import { EMPTY_ENTRY, oneCompilationConfig } from '../../src/plugins/large-bank-bundling/server/one-compilation.ts';

const validate = (options: UserOptions) => validateOptions({ validate: (schema, value) => normalizePluginOptions<PluginOptions>(schema, value), options });
/** Rules shaped as Docusaurus's: the docs' MDX loader with its shared cache, nested in oneOf, and a CSS rule without. */
const cache = new Map();
const mdxLoader = { loader: '/x/mdx-loader/lib/index.js', options: { admonitions: true, crossCompilerCache: cache } };
const cssRule = { test: /\.css$/, use: [{ loader: 'css-loader', options: { importLoaders: 1 } }] };
const bundlerConfig = { module: { rules: [cssRule, { oneOf: [{ test: /\.mdx?$/, use: [mdxLoader] }] }] } };
const uncachedRules = [cssRule, { oneOf: [{ test: /\.mdx?$/, use: [{ ...mdxLoader, options: { admonitions: true, crossCompilerCache: undefined } }] }] }];
const BUNDLED = { mergeStrategy: { 'module.rules': 'replace' }, module: { rules: uncachedRules } };
const EMPTIED = { mergeStrategy: { 'module.rules': 'replace', entry: 'replace' }, module: { rules: uncachedRules }, entry: { main: EMPTY_ENTRY } };

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

  it('removes the MDX cache and empties the entry of the compilation not bundled; changes nothing when both are bundled', () => {
    // Written-down cases: [bundled alone, is the server's compilation, expected configuration].
    const cases: [ReturnType<typeof bundleOnlyFrom>, boolean, object][] = [
      [undefined, false, {}],
      [undefined, true, {}],
      ['client', false, BUNDLED],
      ['client', true, EMPTIED],
      ['server', true, BUNDLED],
      ['server', false, EMPTIED],
    ];
    for (const [bundleOnly, isServer, expected] of cases) {
      expect(oneCompilationConfig(bundleOnly, isServer, bundlerConfig), `${bundleOnly} alone, server: ${isServer}`).toEqual(expected);
    }
    // The configuration it was given is left as it was: Docusaurus shares the cache between its two configurations.
    expect(mdxLoader.options.crossCompilerCache).toBe(cache);
  });

  it('refuses to bundle one compilation alone when no loader has the cache to remove, naming the file to update', () => {
    expect(() => oneCompilationConfig('server', true, { module: { rules: [cssRule] } })).toThrowErrorMatchingInlineSnapshot(
      `[Error: src/plugins/large-bank-bundling/server/one-compilation.ts: no bundler rule has a loader with a crossCompilerCache option. Docusaurus has changed how it shares MDX results between its compilations: update this module to match before bundling one compilation alone.]`,
    );
    // Bundling both needs no such loader.
    expect(oneCompilationConfig(undefined, true, { module: { rules: [cssRule] } })).toEqual({});
  });

  it('the option removed is the one this Docusaurus’s MDX loader reads, and without it the loader compiles alone', () => {
    const loader = readFileSync(createRequire(import.meta.url).resolve('@docusaurus/mdx-loader/lib/loader.js'), 'utf8');
    expect(loader).toContain('const { crossCompilerCache } = options;');
    expect(loader).toMatch(/if \(!crossCompilerCache\) \{\s*return loadMDX\(/);
    // Negative control: an option it does not read is not found.
    expect(loader).not.toContain('const { crossCompilationCache } = options;');
  });

  it('the empty entry imports nothing', () => {
    const code = readFileSync(EMPTY_ENTRY, 'utf8');
    expect(code).toMatch(/^export \{\};$/m);
    expect(code).not.toMatch(/\bimport\b|require\(/);
  });

  it('the plugin reads the variable when Docusaurus loads it, and an unknown value stops the build', async () => {
    vi.stubEnv(BUNDLE_ONLY_ENV, 'client');
    const plugin = largeBankBundlingPlugin({ siteDir: '.' } as LoadContext, validate({}));
    const questionCount = await plugin.loadContent!();
    expect(plugin.configureWebpack!(bundlerConfig as never, true, {} as never, questionCount)).toEqual(EMPTIED);
    expect(plugin.configureWebpack!(bundlerConfig as never, false, {} as never, questionCount)).toEqual(BUNDLED);
    vi.stubEnv(BUNDLE_ONLY_ENV, 'both');
    expect(() => largeBankBundlingPlugin({ siteDir: '.' } as LoadContext, validate({}))).toThrow(/SRE_BUNDLE_ONLY is "both"/);
  });
});
