/**
 * Docusaurus's docs plugin, with each doc's metadata made leaner in two ways: its module leaves out the copy of its
 * front matter that the doc's MDX chunk already exports (server/lean-doc-metadata.ts), and it is exported from the
 * doc's own module instead of a module of its own (server/inline-doc-metadata.ts). Everything else is the docs plugin's
 * own: its name, its options and their validation, its routes and its sidebars.
 */
import docsPlugin from '@docusaurus/plugin-content-docs';
import type { LoadContext } from '@docusaurus/types';
import type { PluginOptions } from './options.ts';
import { withDocMetadataInlined } from './server/inline-doc-metadata.ts';
import { withoutDocFrontMatter } from './server/lean-doc-metadata.ts';

export { validateOptions } from './options.ts';

export default async function leanDocsPlugin(context: LoadContext, options: PluginOptions): ReturnType<typeof docsPlugin> {
  const plugin = await docsPlugin(context, options);
  const { contentLoaded, configureWebpack } = plugin;
  return {
    ...plugin,
    ...(contentLoaded && {
      contentLoaded: (args) =>
        contentLoaded({ ...args, actions: { ...args.actions, createData: (name, data) => args.actions.createData(name, withoutDocFrontMatter(data)) } }),
    }),
    ...(configureWebpack && {
      configureWebpack: (...args) => {
        const config = configureWebpack(...args);
        return config && withDocMetadataInlined(config);
      },
    }),
  };
}
