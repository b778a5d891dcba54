/**
 * Link previews and downloads: renders a 1200×630 preview image per question
 * and topic (and the site's), the Anki deck and CSV, robots.txt, and adds the
 * printable study sheets at /print/<topic> and /print/all (in parts, past
 * PAGING.printSheet questions). See README.md,
 * "Link previews and downloads". Only wiring here: the work is in server/
 * (build time), client/ (the sheet page and download links) and shared/.
 */
import { fileURLToPath } from 'node:url';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { PluginOptions } from './options.ts';
import { generatedDataFiles, readShareData } from './server/generated-data.ts';
import { printSheets } from './server/print-sheets.ts';
import { assertServedAsStatic, startPreviewImages, writePreviewImages, writeStaticFiles, type StaticFilesReport } from './server/static-files.ts';
import { PLUGIN_NAME } from './shared/paths.ts';
import type { PrintSheet } from './shared/types.ts';
import type { GeneratedImages } from './server/preview-image/render-with-cache.ts';

export { validateOptions } from './options.ts';

type Content = Map<string, PrintSheet>;

export default function previewsAndDownloadsPlugin(context: LoadContext, options: PluginOptions): Plugin<Content> {
  const { siteDir, siteConfig, baseUrl } = context;
  const logReport = (report: StaticFilesReport) =>
    console.log(`[${PLUGIN_NAME}] ${report.images} preview images (${report.rendered} drawn, the rest cached) in ${Math.round(report.milliseconds)} ms`);
  /** A production build's images, drawing while the site bundles; written into the build by postBuild. */
  let pendingImages: Promise<GeneratedImages> | undefined;
  return {
    name: PLUGIN_NAME,

    getThemePath: () => fileURLToPath(new URL('./client/theme', import.meta.url)),

    // Spread into a plain object: GeneratedDataFiles is an interface, with no index signature, so Object.values would give any[].
    getPathsToWatch: () => Object.values({ ...generatedDataFiles(siteDir, options.dataDir) }),

    async loadContent() {
      assertServedAsStatic(siteConfig.staticDirectories, siteDir, options.outputDir);
      const data = readShareData(siteDir, options.dataDir);
      const site = { siteDir, siteUrl: siteConfig.url, baseUrl, title: siteConfig.title, tagline: siteConfig.tagline };
      // `docusaurus build` sets NODE_ENV=production before loading plugins, and only a build has a postBuild. Drawing
      // thousands of images (about 100 ms each) then overlaps bundling instead of holding it up; README.md "Build time and size".
      if (process.env.NODE_ENV === 'production') pendingImages = startPreviewImages(data, options, site);
      else logReport(await writeStaticFiles(data, options, site));
      return printSheets(data, siteConfig.title);
    },

    async postBuild({ outDir }) {
      if (pendingImages) logReport(await writePreviewImages(pendingImages, outDir));
    },

    async contentLoaded({ content, actions }) {
      for (const [path, sheet] of content) {
        const data = await actions.createData(`print-sheet${path.replace(/^\/print/, '').replaceAll('/', '-')}.json`, JSON.stringify(sheet));
        actions.addRoute({ path: `${baseUrl}${path.slice(1)}`, component: '@theme/PrintSheet', exact: true, modules: { sheet: data } });
      }
    },
  };
}
