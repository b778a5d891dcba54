/**
 * Everything the plugin serves as files (preview images, downloads,
 * robots.txt), made from the generated data, then written in one step: the
 * output folder is swapped in whole, so it never holds a half-written set.
 *
 * A production build writes the downloads and robots.txt to the output folder
 * at once (writeTextFiles) and draws the images last, in postBuild, straight
 * into the build (writePreviewImages): drawn while the site bundled and
 * rendered, they fought over the same cores and made the whole build slower
 * (README.md "Build time and size").
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { FILES_OPEN_AT_ONCE, forEachLimited } from '../../../../lib/for-each-limited.ts';
import { writeFolderAtomically } from '../../../../lib/write-files-atomically.ts';
import type { PluginOptions } from '../options.ts';
import { textFiles, type SiteAddress } from './downloads/files.ts';
import type { ShareData } from './generated-data.ts';
import { previewImageSpecs, type SiteText } from './preview-image/image-specs.ts';
import { generatePreviewImages, type GeneratedImages } from './preview-image/render-with-cache.ts';

export interface StaticFilesReport {
  readonly images: number;
  readonly rendered: number;
  readonly milliseconds: number;
}

type Site = SiteText & SiteAddress & { siteDir: string };

/** Fails with how to fix it when the output folder is not served: every og:image would answer 404. */
export function assertServedAsStatic(staticDirectories: readonly string[], siteDir: string, outputDir: string): void {
  const served = staticDirectories.map((dir) => resolve(siteDir, dir));
  if (!served.includes(resolve(siteDir, outputDir))) {
    throw new Error(
      `previews-and-downloads plugin: its outputDir "${outputDir}" is not in siteConfig.staticDirectories, so its images and downloads would not be served. ` +
        `Add it in docusaurus.config.ts: staticDirectories: ['static', '${outputDir}'].`,
    );
  }
}

const drawImages = (data: ShareData, options: PluginOptions, site: Site) =>
  generatePreviewImages(previewImageSpecs(data, site, options.siteImage), resolve(site.siteDir, options.cacheDir));

const reportOf = (images: GeneratedImages): StaticFilesReport => ({ images: images.files.size, rendered: images.rendered, milliseconds: images.milliseconds });

/** Images, downloads and robots.txt into the output folder, together (for `npm start`, which serves that folder). */
export async function writeStaticFiles(data: ShareData, options: PluginOptions, site: Site): Promise<StaticFilesReport> {
  const images = await drawImages(data, options, site);
  const files = new Map<string, string | Uint8Array>([...images.files, ...textFiles(data, site)]);
  writeFolderAtomically(resolve(site.siteDir, options.outputDir), files);
  return reportOf(images);
}

/** Downloads and robots.txt into the output folder, without the images: a production build draws those in postBuild. */
export function writeTextFiles(data: ShareData, options: PluginOptions, site: Site): void {
  writeFolderAtomically(resolve(site.siteDir, options.outputDir), textFiles(data, site));
}

/** Draws the images (on every core: nothing else runs by then) and writes them into the build. */
export async function writePreviewImages(data: ShareData, options: PluginOptions, site: Site, outDir: string): Promise<StaticFilesReport> {
  const drawn = await drawImages(data, options, site);
  await forEachLimited([...drawn.files], FILES_OPEN_AT_ONCE, async ([path, png]) => {
    const file = resolve(outDir, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, png);
  });
  return reportOf(drawn);
}
