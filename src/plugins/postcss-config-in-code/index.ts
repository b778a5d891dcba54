/**
 * PostCSS as Docusaurus configures it, without a configuration file searched for per stylesheet.
 *
 * postcss-loader looks for a PostCSS configuration for every CSS file it loads: with a new cosmiconfig explorer each
 * time, so nothing is cached, it tries 28 file names in the stylesheet's folder and in every folder above it. This
 * site has no such file, and the theme's hundred-odd CSS modules made that search about 2 s of the 52-question
 * build's 8 s of bundling (README.md "Build time and size"). `config: false` skips it. So that a configuration added
 * later is not silently ignored, the build stops when the site has one. And the plugins postcss-loader would load and
 * set up again for every stylesheet are set up once (server/postcss-options.ts).
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { assertNoPostcssConfig } from './server/config-files.ts';
import { postcssOptionsOncePerBuild } from './server/postcss-options.ts';

export default function postcssConfigInCodePlugin(context: LoadContext): Plugin {
  assertNoPostcssConfig(context.siteDir);
  return { name: 'postcss-config-in-code', configurePostCss: (postcssOptions) => postcssOptionsOncePerBuild(postcssOptions) };
}
