/**
 * Docusaurus's PostCSS options as postcss-loader should get them once per build, not work out again per stylesheet.
 *
 * - `config: false`: no search for a configuration file (see ../index.ts).
 * - Each plugin given as `[module path, options]`, which postcss-loader would require and call for every CSS file
 *   (postcss-preset-env works out its feature list, browserslist and autoprefixer's data each time), is called here
 *   once, and the loader uses that instance for every file, as it does the plugins of a postcss.config.js.
 */
import { createRequire } from 'node:module';

type PluginFactory = (options?: unknown) => unknown;

interface PostcssOptions {
  readonly plugins?: readonly unknown[];
}

const requireFromHere = createRequire(import.meta.url);

function isModuleWithOptions(plugin: unknown): plugin is readonly [string, unknown?] {
  return Array.isArray(plugin) && typeof plugin[0] === 'string' && plugin.length <= 2;
}

export function postcssOptionsOncePerBuild<Options extends PostcssOptions>(
  postcssOptions: Options,
  load: (modulePath: string) => unknown = requireFromHere,
): Options & { readonly config: false } {
  const plugins = postcssOptions.plugins?.map((plugin) => {
    if (!isModuleWithOptions(plugin)) return plugin;
    const loaded = load(plugin[0]) as PluginFactory | { readonly default: PluginFactory };
    const factory = typeof loaded === 'function' ? loaded : loaded.default;
    // As postcss-loader does: a plugin given empty options is set up with none.
    const options = plugin[1];
    const hasOptions = typeof options === 'object' && options !== null ? Object.keys(options).length > 0 : options !== undefined;
    return hasOptions ? factory(options) : factory();
  });
  return { ...postcssOptions, ...(plugins && { plugins }), config: false };
}
