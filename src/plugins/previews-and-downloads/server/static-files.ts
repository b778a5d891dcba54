/**
 * Everything the plugin serves as files (preview images, downloads,
 * robots.txt), made from the generated data, then written in one step: the
 * output folder is swapped in whole, so it never holds a half-written set.
 */
import { resolve } from 'node:path';
import { writeFolderAtomically } from '../../../../lib/write-files-atomically.ts';
import type { PluginOptions } from '../options.ts';
import { textFiles, type SiteAddress } from './downloads/files.ts';
import type { ShareData } from './generated-data.ts';
import { previewImageSpecs, type SiteText } from './preview-image/image-specs.ts';
import { generatePreviewImages } from './preview-image/render-with-cache.ts';

export interface StaticFilesReport {
  readonly images: number;
  readonly rendered: number;
  readonly milliseconds: number;
}

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

export async function writeStaticFiles(
  data: ShareData,
  options: PluginOptions,
  site: SiteText & SiteAddress & { siteDir: string },
): Promise<StaticFilesReport> {
  const images = await generatePreviewImages(previewImageSpecs(data, site, options.siteImage), resolve(site.siteDir, options.cacheDir));
  const files = new Map<string, string | Uint8Array>([...images.files, ...textFiles(data, site)]);
  writeFolderAtomically(resolve(site.siteDir, options.outputDir), files);
  return { images: images.files.size, rendered: images.rendered, milliseconds: images.milliseconds };
}
