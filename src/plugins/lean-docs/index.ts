/**
 * Docusaurus's docs plugin, writing each doc's metadata module without the copy of its front matter that the doc's
 * MDX chunk already exports (see server/lean-doc-metadata.ts). Everything else is the docs plugin's own: its name, its
 * options and their validation, its routes and its sidebars.
 */
import docsPlugin from '@docusaurus/plugin-content-docs';
import type { LoadContext } from '@docusaurus/types';
import type { PluginOptions } from './options.ts';
import { withoutDocFrontMatter } from './server/lean-doc-metadata.ts';

export { validateOptions } from './options.ts';

export default async function leanDocsPlugin(context: LoadContext, options: PluginOptions): ReturnType<typeof docsPlugin> {
  const plugin = await docsPlugin(context, options);
  const { contentLoaded } = plugin;
  if (!contentLoaded) return plugin;
  return {
    ...plugin,
    contentLoaded: (args) =>
      contentLoaded({ ...args, actions: { ...args.actions, createData: (name, data) => args.actions.createData(name, withoutDocFrontMatter(data)) } }),
  };
}
