/**
 * Adds the file that starts the app on the reader's first intent (src/ssr/start-app-file.ts) to the client build.
 * The server template (src/ssr/ssr-template.ts) links it from every page. `docusaurus start` serves Docusaurus's
 * own template, which starts the app at once, so only a production build needs it.
 */
import type { Plugin } from '@docusaurus/types';
import { startAppFilePath, startAppFileText } from '../../ssr/start-app-file.ts';
import { EmitAssetsPlugin } from '../emit-assets-plugin.ts';

export default function startAppFilePlugin(): Plugin {
  return {
    name: 'start-app-file',
    configureWebpack: (_config, isServer) =>
      isServer || process.env.NODE_ENV !== 'production' ? {} : { plugins: [new EmitAssetsPlugin([{ path: startAppFilePath, text: startAppFileText }])] },
  };
}
