/**
 * A process that bundles one compilation alone (lib/bundle-one-compilation.ts) still runs Docusaurus's build, which
 * bundles both. The other compilation gets an entry with nothing in it, in place of Docusaurus's, so it bundles no page
 * and finishes at once; the launcher (deploy/build-site.ts) throws its output away. When that other compilation is the
 * client's, it also loses the plugin that writes Docusaurus's client manifest: the client's own process, run first,
 * wrote the real one, which the pages are rendered with.
 *
 * Docusaurus's MDX loader shares each file's result between the two compilations through a cross-compiler cache: the
 * server's waits for the client's. Bundled alone, the server's would wait forever, and the client's would keep every
 * result for a server that never comes. So every MDX loader gets a cache kept in a folder instead
 * (compiled-mdx-on-disk.ts): the client's process writes each file's code there, and the server's process reads it.
 * This is done here, in the loaders' options, and not with Docusaurus's `future.faster.mdxCrossCompilerCache`: the
 * site's config is bundled into main.js, which would then differ from a build in one process.
 */
import { fileURLToPath } from 'node:url';
import type { Compilation } from '../../../../lib/bundle-one-compilation.ts';
import { isRecord } from '../../../../lib/is-record.ts';
import { compiledMdxReader, compiledMdxWriter, type CrossCompilerCache } from './compiled-mdx-on-disk.ts';

export const EMPTY_ENTRY = fileURLToPath(new URL('./empty-entry.js', import.meta.url));

const CROSS_COMPILER_CACHE = 'crossCompilerCache';

/** The rules with every loader's cross-compiler cache replaced by `cache`, and how many loaders had one. */
function withCrossCompilerCache<Rule>(rules: readonly Rule[], cache: CrossCompilerCache): { readonly rules: Rule[]; readonly replaced: number } {
  let replaced = 0;
  const loader = (item: unknown): unknown => {
    if (!isRecord(item) || !isRecord(item.options) || item.options[CROSS_COMPILER_CACHE] === undefined) return item;
    replaced += 1;
    return { ...item, options: { ...item.options, [CROSS_COMPILER_CACHE]: cache } };
  };
  const rule = (item: unknown): unknown => {
    if (!isRecord(item)) return item;
    const copy: Record<string, unknown> = { ...item };
    if (Array.isArray(item.use)) copy.use = item.use.map(loader);
    if (Array.isArray(item.oneOf)) copy.oneOf = item.oneOf.map(rule);
    if (Array.isArray(item.rules)) copy.rules = item.rules.map(rule);
    return copy;
  };
  // Each rule is copied with the same keys, only a loader's options changed: it is still a Rule.
  return { rules: rules.map(rule) as Rule[], replaced };
}

interface OneCompilationConfig<Rule, Plugin> {
  readonly mergeStrategy: Readonly<Record<string, 'replace'>>;
  readonly module: { readonly rules: Rule[] };
  readonly entry?: { readonly main: string };
  readonly plugins?: Plugin[];
}

/** The compilation this process bundles alone; where its compiled MDX goes, or comes from; where Docusaurus writes its client manifest. */
export interface BundledAlone {
  readonly compilation: Compilation;
  readonly compiledMdxDir: string;
  readonly clientManifestFile: string;
}

/** The plugins without the one that writes the client manifest to `clientManifestFile` (react-loadable-ssr-addon's). */
function withoutClientManifestWriter<Plugin>(plugins: readonly Plugin[], clientManifestFile: string): Plugin[] {
  const kept = plugins.filter((plugin) => !(isRecord(plugin) && isRecord(plugin.options) && plugin.options.filename === clientManifestFile));
  if (kept.length === plugins.length) {
    throw new Error(
      `src/plugins/large-bank-bundling/server/one-compilation.ts: no bundler plugin of the client's compilation writes ${clientManifestFile}. ` +
        "Docusaurus has changed how it writes its client manifest: update this module so that the server's process keeps the client's manifest.",
    );
  }
  return kept;
}

/**
 * What the bundler's configuration gets in a process that bundles one compilation alone: the MDX loaders with the cache
 * in `alone.compiledMdxDir` (written by the client's process, read by the server's), and, for the other compilation, the
 * empty entry and, when it is the client's, no client manifest. Nothing when the process bundles both. Throws when no
 * loader has the cache or no plugin writes the manifest, since Docusaurus would then have changed what this module
 * follows.
 */
export function oneCompilationConfig<Rule, Plugin>(
  alone: BundledAlone | undefined,
  isServer: boolean,
  config: { readonly module?: { readonly rules?: readonly Rule[] }; readonly plugins?: readonly Plugin[] },
): OneCompilationConfig<Rule, Plugin> | Record<string, never> {
  if (alone === undefined) return {};
  const cache = alone.compilation === 'client' ? compiledMdxWriter(alone.compiledMdxDir) : compiledMdxReader(alone.compiledMdxDir);
  const { rules, replaced } = withCrossCompilerCache(config.module?.rules ?? [], cache);
  if (replaced === 0) {
    throw new Error(
      `src/plugins/large-bank-bundling/server/one-compilation.ts: no bundler rule has a loader with a ${CROSS_COMPILER_CACHE} option. ` +
        'Docusaurus has changed how it shares MDX results between its compilations: update this module to match before bundling one compilation alone.',
    );
  }
  if (alone.compilation === (isServer ? 'server' : 'client')) return { mergeStrategy: { 'module.rules': 'replace' }, module: { rules } };
  const emptied = { mergeStrategy: { 'module.rules': 'replace', entry: 'replace' }, module: { rules }, entry: { main: EMPTY_ENTRY } } as const;
  if (isServer) return emptied;
  return {
    ...emptied,
    mergeStrategy: { ...emptied.mergeStrategy, plugins: 'replace' },
    plugins: withoutClientManifestWriter(config.plugins ?? [], alone.clientManifestFile),
  };
}
