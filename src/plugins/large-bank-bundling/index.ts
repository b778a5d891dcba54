/**
 * Bundler settings that keep a large bank's build from growing faster than the bank: module concatenation is off for a
 * large bank, where its cost grows with the square of the questions (server/concatenation.ts), and a process that
 * bundles one compilation alone (lib/bundle-one-compilation.ts) shares its compiled MDX through a folder instead of
 * Docusaurus's in-memory cross-compiler cache and empties the other's entry (server/one-compilation.ts). The server's
 * chunks are named by id, which spares the rendering a lookup that grows with the bank
 * (server/server-chunk-filenames.ts). Only wiring here.
 */
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { bundleOnlyFrom, compiledMdxDirFrom } from '../../../lib/bundle-one-compilation.ts';
import { generatedDataFiles, readQuestionCount } from '../../../contract/read-records.ts';
import type { PluginOptions } from './options.ts';
import { concatenationFor } from './server/concatenation.ts';
import { oneCompilationConfig, type BundledAlone } from './server/one-compilation.ts';
import { serverChunkFilenames } from './server/server-chunk-filenames.ts';

export { validateOptions } from './options.ts';

export default function largeBankBundlingPlugin(context: LoadContext, options: PluginOptions): Plugin<number> {
  const { topicsFile } = generatedDataFiles(context.siteDir, options.dataDir);
  const compilation = bundleOnlyFrom(process.env);
  const alone: BundledAlone | undefined = compilation && {
    compilation,
    compiledMdxDir: compiledMdxDirFrom(process.env, compilation),
    // Where @docusaurus/core/lib/webpack/client.js has react-loadable-ssr-addon write it.
    clientManifestFile: join(context.generatedFilesDir, 'client-manifest.json'),
  };
  return {
    name: 'large-bank-bundling',
    getPathsToWatch: () => [topicsFile],
    loadContent: () => readQuestionCount(topicsFile),
    configureWebpack: (config, isServer, _utils, questionCount) => ({
      ...concatenationFor(questionCount, options.concatenationOffFromQuestions),
      ...serverChunkFilenames(isServer),
      ...oneCompilationConfig(alone, isServer, config),
    }),
  };
}
