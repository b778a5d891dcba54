/**
 * Offline and installable: after one visit the whole site works without a
 * network, and the site can be installed as an app. See README.md "Offline".
 * Only wiring here: server/ writes the manifest, icons and worker after the
 * build; client/ registers the worker once the page is idle and offers a
 * reload when a new deployment is waiting.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { PluginOptions } from './options.ts';
import { formatPrecacheSummary } from './server/precache-summary.ts';
import { registerWorkerScript } from './server/register-worker-script.ts';
import { writeOfflineWorker, writeWebAppManifest } from './server/write-offline-worker.ts';
import { PLUGIN_NAME, WEB_APP_MANIFEST_FILE, type OfflineGlobalData } from './shared/constants.ts';
import { APP_ICONS } from './server/web-app-manifest.ts';

export { validateOptions } from './options.ts';

export default function offlinePlugin(context: LoadContext, options: PluginOptions): Plugin {
  const { baseUrl, siteConfig, siteDir } = context;
  // `docusaurus start` serves no worker and no manifest: both are written after a production build.
  const production = process.env.NODE_ENV === 'production';
  return {
    name: PLUGIN_NAME,

    // The client warms the shell pages' route chunks into the worker's cache (shell mode precaches no route chunk).
    contentLoaded: ({ actions }) => actions.setGlobalData({ shellPages: options.shellPages } satisfies OfflineGlobalData),

    getClientModules: () => (production ? [fileURLToPath(new URL('./client/register-worker.ts', import.meta.url))] : []),

    injectHtmlTags: () =>
      production
        ? {
            headTags: [
              { tagName: 'link', attributes: { rel: 'manifest', href: `${baseUrl}${WEB_APP_MANIFEST_FILE}` } },
              { tagName: 'link', attributes: { rel: 'apple-touch-icon', href: `${baseUrl}${APP_ICONS[0]!.file}` } },
            ],
            postBodyTags: [{ tagName: 'script', innerHTML: registerWorkerScript(baseUrl) }],
          }
        : {},

    async postBuild({ outDir, routesPaths }) {
      const identity = {
        name: siteConfig.title,
        shortName: options.shortName,
        description: siteConfig.tagline,
        themeColor: options.themeColor,
        backgroundColor: options.backgroundColor,
      };
      await writeWebAppManifest(outDir, identity, join(siteDir, options.iconSvg));
      const report = await writeOfflineWorker(outDir, baseUrl, routesPaths, options);
      console.log(`[${PLUGIN_NAME}] ${formatPrecacheSummary(report.summary, report.selection.mode, report.selection.pageCount)}`);
    },
  };
}
