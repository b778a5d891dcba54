import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import inlineDocMetadataLoader, { appendMetadataExport } from '../../../src/plugins/lean-docs/server/inline-doc-metadata-loader.mjs';
import { INLINE_DOC_METADATA_LOADER, withDocMetadataInlined } from '../../../src/plugins/lean-docs/server/inline-doc-metadata.ts';

const MDX_LOADER = '/site/node_modules/@docusaurus/mdx-loader/lib/index.js';
const metadataPath = (mdxPath: string): string => `/site/.docusaurus/docs/${mdxPath.split('/').at(-1)}.json`;
const isMDXPartial = (mdxPath: string): boolean => mdxPath.split('/').at(-1)!.startsWith('_');

/** The docs plugin's bundler configuration, as Docusaurus 3.10's docs plugin returns it (configureWebpack). */
const docsPluginConfig = {
  ignoreWarnings: [() => false],
  resolve: { alias: { '~docs': '/site/.docusaurus/docusaurus-plugin-content-docs' } },
  module: { rules: [{ test: /\.mdx?$/i, include: ['/site/docs'], use: [{ loader: MDX_LOADER, options: { metadataPath, isMDXPartial, admonitions: true } }] }] },
};

describe('withDocMetadataInlined', () => {
  it('runs the inlining loader after the MDX loader, which no longer re-exports the metadata file, and keeps everything else', () => {
    const config = withDocMetadataInlined(docsPluginConfig);
    expect(config.module.rules).toEqual([
      {
        test: /\.mdx?$/i,
        include: ['/site/docs'],
        use: [
          { loader: INLINE_DOC_METADATA_LOADER, options: { metadataPath, isMDXPartial } },
          { loader: MDX_LOADER, options: { metadataPath: undefined, isMDXPartial, admonitions: true } },
        ],
      },
    ]);
    expect(config.resolve).toBe(docsPluginConfig.resolve);
    expect(config.ignoreWarnings).toBe(docsPluginConfig.ignoreWarnings);
    // The docs plugin's own objects are not changed.
    expect(docsPluginConfig.module.rules[0]!.use[0]!.options.metadataPath).toBe(metadataPath);
  });

  it('names the file to update when Docusaurus no longer gives the MDX loader a metadataPath (negative control)', () => {
    const withoutMetadata = { module: { rules: [{ test: /\.mdx?$/i, use: [{ loader: MDX_LOADER, options: { admonitions: true } }] }] } };
    expect(() => withDocMetadataInlined(withoutMetadata)).toThrowErrorMatchingInlineSnapshot(
      `[Error: src/plugins/lean-docs/server/inline-doc-metadata.ts: none of the docs plugin's bundler rules has a loader with a metadataPath function. Docusaurus has changed how a doc gets its metadata: update this module to match, or stop using it in src/plugins/lean-docs/index.ts.]`,
    );
    expect(() => withDocMetadataInlined({})).toThrow(/none of the docs plugin's bundler rules/);
  });
});

describe('inline-doc-metadata-loader.mjs', () => {
  let dir = '';
  const metadata = { id: 'questions/toil', title: 'What is “toil”?', permalink: '/questions/toil', next: { title: 'SLOs', permalink: '/questions/slo' } };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'inline-metadata-'));
    // Indented, as the docs plugin writes it.
    await writeFile(join(dir, 'toil.mdx.json'), JSON.stringify(metadata, null, 2));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** Runs the loader as the bundler would, on the MDX loader's output for `file`. */
  function runLoader(file: string, code: string): Promise<{ code?: string; error?: Error; dependencies: string[] }> {
    const dependencies: string[] = [];
    return new Promise((resolve) => {
      const context = {
        resourcePath: join(dir, file),
        getOptions: () => ({ metadataPath: (mdxPath: string) => `${mdxPath}.json`, isMDXPartial }),
        addDependency: (dependency: string) => dependencies.push(dependency),
        async: () => (error: Error | null, output?: string) => resolve(error ? { error, dependencies } : { code: output, dependencies }),
      };
      inlineDocMetadataLoader.call(context, code);
    });
  }

  it('appends the doc’s metadata as a compact constant, and rebuilds the doc when the metadata changes', async () => {
    const result = await runLoader('toil.mdx', 'export const frontMatter = {};');
    const exported = /\nexport const metadata = (.*);\n$/.exec(result.code ?? '');
    expect(result.code?.startsWith('export const frontMatter = {};\n')).toBe(true);
    expect(JSON.parse(exported?.[1] ?? 'null')).toEqual(metadata);
    expect(exported?.[1]).not.toContain('\n');
    expect(result.dependencies).toEqual([join(dir, 'toil.mdx.json')]);
  });

  it('leaves a partial as the MDX loader wrote it, with no metadata (negative control)', async () => {
    expect(await runLoader('_shared.mdx', 'export default 1;')).toEqual({ code: 'export default 1;', dependencies: [] });
  });

  it('fails on a doc whose metadata file is missing, naming the doc and the file', async () => {
    const result = await runLoader('missing.mdx', '');
    expect(result.error?.message.replaceAll(dir, '<dir>')).toMatchInlineSnapshot(
      `"<dir>/missing.mdx: cannot read its metadata <dir>/missing.mdx.json, which the docs plugin writes before bundling; run the build again"`,
    );
    expect((result.error?.cause as NodeJS.ErrnoException | undefined)?.code).toBe('ENOENT');
  });

  it('writes metadata that JavaScript reads back as the same value, whatever its characters', () => {
    const awkward = { title: 'Quotes " and \\ and </script> and \u2028', n: 1 };
    const code = appendMetadataExport('', JSON.stringify(awkward));
    // Evaluated as the bundler's JavaScript reads it, not as JSON.
    const expression = code.replace(/^\nexport const metadata = /, '').replace(/;\n$/, '');
    expect(runInThisContext(`(${expression})`)).toEqual(awkward);
  });
});
