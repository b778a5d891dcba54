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
import { assertServedAsStatic, writePreviewImages, writeStaticFiles, writeTextFiles, type StaticFilesReport } from './server/static-files.ts';
import { PLUGIN_NAME } from './shared/paths.ts';
import type { PrintSheet } from './shared/types.ts';

export { validateOptions } from './options.ts';

type Content = Map<string, PrintSheet>;

export default function previewsAndDownloadsPlugin(context: LoadContext, options: PluginOptions): Plugin<Content> {
  const { siteDir, siteConfig, baseUrl } = context;
  const logReport = (report: StaticFilesReport) =>
    console.log(`[${PLUGIN_NAME}] ${report.images} preview images (${report.rendered} drawn, the rest cached) in ${Math.round(report.milliseconds)} ms`);
  /** A production build's images, drawn by postBuild into the build folder. */
  let drawImagesInto: ((outDir: string) => Promise<StaticFilesReport>) | undefined;
  return {
    name: PLUGIN_NAME,

    getThemePath: () => fileURLToPath(new URL('./client/theme', import.meta.url)),

    // Spread into a plain object: GeneratedDataFiles is an interface, with no index signature, so Object.values would give any[].
    getPathsToWatch: () => Object.values({ ...generatedDataFiles(siteDir, options.dataDir) }),

    async loadContent() {
      assertServedAsStatic(siteConfig.staticDirectories, siteDir, options.outputDir);
      const data = readShareData(siteDir, options.dataDir);
      const site = { siteDir, siteUrl: siteConfig.url, baseUrl, title: siteConfig.title, tagline: siteConfig.tagline };
      // `docusaurus build` sets NODE_ENV=production before loading plugins, and only a build has a postBuild. The images
      // are drawn there, after rendering: drawn meanwhile, they slowed bundling and rendering by more than they took
      // (500 questions: 56 s against 44 s); README.md "Build time and size".
      if (process.env.NODE_ENV === 'production') {
        writeTextFiles(data, options, site);
        drawImagesInto = (outDir) => writePreviewImages(data, options, site, outDir);
      } else logReport(await writeStaticFiles(data, options, site));
      return printSheets(data, siteConfig.title);
    },

    async postBuild({ outDir }) {
      if (drawImagesInto) logReport(await drawImagesInto(outDir));
    },

    async contentLoaded({ content, actions }) {
      for (const [path, sheet] of content) {
        const data = await actions.createData(`print-sheet${path.replace(/^\/print/, '').replaceAll('/', '-')}.json`, JSON.stringify(sheet));
        actions.addRoute({ path: `${baseUrl}${path.slice(1)}`, component: '@theme/PrintSheet', exact: true, modules: { sheet: data } });
      }
    },
  };
}
