/**
 * Each doc's metadata exported from the doc's own module instead of a module of its own. The docs plugin writes a doc's
 * metadata to a JSON file and Docusaurus's MDX loader adds `export { default as metadata } from '<that file>'`, so every
 * doc is two modules in each of the build's two compilations. At 10,000 questions, bundling alone with those 20,000
 * JSON modules peaked at 6.9 to 7.0 GiB and took 182 to 207 s; with the metadata in the doc's module, 5.7 GiB and 166 s
 * (README.md "Build time and size"). The docs plugin's MDX rule stays as it is but for its loaders: the MDX loader gets
 * no metadataPath, and inline-doc-metadata-loader.mjs, run after it, appends the same metadata.
 */
import { fileURLToPath } from 'node:url';
import { isRecord } from '../../../../lib/is-record.ts';

export const INLINE_DOC_METADATA_LOADER = fileURLToPath(new URL('./inline-doc-metadata-loader.mjs', import.meta.url));

type LoaderItem = { readonly loader: string; readonly options?: Readonly<Record<string, unknown>> };

function readsMetadataFile(item: unknown): item is LoaderItem & { readonly options: { readonly metadataPath: (mdxPath: string) => string | undefined } } {
  return isRecord(item) && typeof item.loader === 'string' && isRecord(item.options) && typeof item.options.metadataPath === 'function';
}

function inlinedUse(use: readonly unknown[], loaderPath: string): readonly unknown[] | undefined {
  const mdxLoader = use.find(readsMetadataFile);
  if (mdxLoader === undefined) return undefined;
  const at = use.indexOf(mdxLoader);
  const { metadataPath, isMDXPartial } = mdxLoader.options;
  return [
    ...use.slice(0, at),
    // Loaders run last to first: this one receives the MDX loader's output.
    { loader: loaderPath, options: { metadataPath, isMDXPartial } },
    { ...mdxLoader, options: { ...mdxLoader.options, metadataPath: undefined } },
    ...use.slice(at + 1),
  ];
}

/**
 * The docs plugin's bundler configuration with the metadata re-export of its MDX loader replaced by the inlining
 * loader; everything else is kept. Throws when no rule has such a loader: Docusaurus would then have changed how a doc
 * gets its metadata, and this module must follow.
 */
export function withDocMetadataInlined<Config extends { readonly module?: { readonly rules?: readonly unknown[] } }>(
  config: Config,
  loaderPath: string = INLINE_DOC_METADATA_LOADER,
): Config {
  let inlined = 0;
  const rules = (config.module?.rules ?? []).map((rule) => {
    const use = isRecord(rule) && Array.isArray(rule.use) ? inlinedUse(rule.use, loaderPath) : undefined;
    if (use === undefined) return rule;
    inlined += 1;
    return { ...(rule as Record<string, unknown>), use };
  });
  if (inlined === 0) {
    throw new Error(
      "src/plugins/lean-docs/server/inline-doc-metadata.ts: none of the docs plugin's bundler rules has a loader with a metadataPath function. " +
        'Docusaurus has changed how a doc gets its metadata: update this module to match, or stop using it in src/plugins/lean-docs/index.ts.',
    );
  }
  return { ...config, module: { ...config.module, rules } };
}
