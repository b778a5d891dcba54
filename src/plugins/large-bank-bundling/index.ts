/**
 * Bundler settings that depend on how many questions the bank holds: module concatenation is off for a large bank,
 * where its cost grows with the square of the questions (server/concatenation.ts). Only wiring here.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { generatedDataFiles, readQuestionCount } from '../../../contract/read-records.ts';
import type { PluginOptions } from './options.ts';
import { concatenationFor } from './server/concatenation.ts';

export { validateOptions } from './options.ts';

export default function largeBankBundlingPlugin(context: LoadContext, options: PluginOptions): Plugin<number> {
  const { topicsFile } = generatedDataFiles(context.siteDir, options.dataDir);
  return {
    name: 'large-bank-bundling',
    getPathsToWatch: () => [topicsFile],
    loadContent: () => readQuestionCount(topicsFile),
    configureWebpack: (_config, _isServer, _utils, questionCount) => concatenationFor(questionCount, options.concatenationOffFromQuestions),
  };
}
