/**
 * A process that bundles one compilation alone (lib/bundle-one-compilation.ts) still runs Docusaurus's build, which
 * bundles both. The other compilation gets an entry with nothing in it, in place of Docusaurus's, so it bundles no page
 * and finishes at once; the launcher (deploy/build-site.ts) throws its output away.
 *
 * Docusaurus's MDX loader shares each file's result between the two compilations: the server's waits for the client's.
 * Bundled alone, the server's would wait forever, and the client's would keep every result for a server that never
 * comes. So in such a process every MDX loader gets no cross-compiler cache, and each compilation compiles its MDX
 * itself. This is done here, in the loaders' options, and not with Docusaurus's `future.faster.mdxCrossCompilerCache`:
 * the site's config is bundled into main.js, which would then differ from a build in one process.
 */
import { fileURLToPath } from 'node:url';
import type { Compilation } from '../../../../lib/bundle-one-compilation.ts';
import { isRecord } from '../../../../lib/is-record.ts';

export const EMPTY_ENTRY = fileURLToPath(new URL('./empty-entry.js', import.meta.url));

const CROSS_COMPILER_CACHE = 'crossCompilerCache';

/** The rules with every loader's cross-compiler cache removed, and how many loaders had one. */
function withoutCrossCompilerCache<Rule>(rules: readonly Rule[]): { readonly rules: Rule[]; readonly removed: number } {
  let removed = 0;
  const loader = (item: unknown): unknown => {
    if (!isRecord(item) || !isRecord(item.options) || item.options[CROSS_COMPILER_CACHE] === undefined) return item;
    removed += 1;
    return { ...item, options: { ...item.options, [CROSS_COMPILER_CACHE]: undefined } };
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
  return { rules: rules.map(rule) as Rule[], removed };
}

interface OneCompilationConfig<Rule> {
  readonly mergeStrategy: Readonly<Record<string, 'replace'>>;
  readonly module: { readonly rules: Rule[] };
  readonly entry?: { readonly main: string };
}

/**
 * What the bundler's configuration gets in a process that bundles `bundleOnly` alone: the MDX loaders without their
 * cache, and, for the other compilation, the empty entry. Nothing when the process bundles both. Throws when no loader
 * has the cache, since Docusaurus would then have changed how it shares MDX results and this module must follow.
 */
export function oneCompilationConfig<Rule>(
  bundleOnly: Compilation | undefined,
  isServer: boolean,
  config: { readonly module?: { readonly rules?: readonly Rule[] } },
): OneCompilationConfig<Rule> | Record<string, never> {
  if (bundleOnly === undefined) return {};
  const { rules, removed } = withoutCrossCompilerCache(config.module?.rules ?? []);
  if (removed === 0) {
    throw new Error(
      `src/plugins/large-bank-bundling/server/one-compilation.ts: no bundler rule has a loader with a ${CROSS_COMPILER_CACHE} option. ` +
        'Docusaurus has changed how it shares MDX results between its compilations: update this module to match before bundling one compilation alone.',
    );
  }
  const bundled = bundleOnly === (isServer ? 'server' : 'client');
  return bundled
    ? { mergeStrategy: { 'module.rules': 'replace' }, module: { rules } }
    : { mergeStrategy: { 'module.rules': 'replace', entry: 'replace' }, module: { rules }, entry: { main: EMPTY_ENTRY } };
}
