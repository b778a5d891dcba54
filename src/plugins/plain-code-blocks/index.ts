/**
 * Code blocks as plain text, without Prism.
 *
 * Docusaurus's classic theme imports prism-react-renderer (Prism and its
 * bundled grammars) into every page's main.js, through its
 * prism-include-languages client module and CodeBlock, although this site's
 * pages show no code. That is about 20 KB gzip of script each first view has
 * to download, parse and run before the page becomes interactive (issue 6's
 * byte budget and mobile Lighthouse score). This plugin points the bundler's
 * `prism-react-renderer` at a small stand-in with the same `Highlight` API,
 * so a code block, should a guide ever add one, still renders: as plain,
 * unhighlighted text in the theme's code block frame. It also replaces the
 * theme's prism-include-languages module, which bundles prismjs's grammar
 * registry for languages the site would load on demand.
 *
 * The site configuration (docusaurus.config.ts) still imports the real package
 * for `themeConfig.prism`, in Node, where this alias does not apply.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from '@docusaurus/types';

export default function plainCodeBlocksPlugin(): Plugin {
  return {
    name: 'plain-code-blocks',
    getThemePath: () => fileURLToPath(new URL('./client/theme', import.meta.url)),
    configureWebpack: () => ({
      resolve: {
        alias: {
          // `$`: the package itself only, the way the theme imports it.
          'prism-react-renderer$': fileURLToPath(new URL('./client/prism-react-renderer.ts', import.meta.url)),
        },
      },
    }),
  };
}
