import type { OptionValidationContext } from '@docusaurus/types';
import { Joi } from '@docusaurus/utils-validation';
import { SITE_PREVIEW_IMAGE } from '../../../contract/urls.ts';
import { SITE_DATA_DIR } from '../../../contract/records.ts';

export interface PluginOptions {
  readonly id: string;
  /** Folder with the generator's questions.json and topics.json, relative to the site. */
  readonly dataDir: string;
  /**
   * Where images, downloads and robots.txt are written, relative to the site.
   * It must be one of siteConfig.staticDirectories, so `npm start` serves the
   * files and a build copies them: it is replaced on every run.
   */
  readonly outputDir: string;
  /** Rendered images kept by content hash between runs. */
  readonly cacheDir: string;
  /** Site path of the home page's (and default) preview image. */
  readonly siteImage: string;
}

export type UserOptions = Partial<PluginOptions>;

export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id'> = {
  dataDir: SITE_DATA_DIR,
  outputDir: 'node_modules/.cache/sre-previews-and-downloads/static',
  cacheDir: 'node_modules/.cache/sre-previews-and-downloads/preview-images',
  siteImage: SITE_PREVIEW_IMAGE,
};

const relativePath = Joi.string()
  .pattern(/^(?!\/)(?!.*\.\.)[\w.@/-]+$/)
  .message('{{#label}} must be a folder relative to the site, such as "node_modules/.cache/sre-previews-and-downloads/static"');

const schema = Joi.object<PluginOptions>({
  dataDir: relativePath.default(DEFAULT_OPTIONS.dataDir),
  outputDir: relativePath.default(DEFAULT_OPTIONS.outputDir),
  cacheDir: relativePath.default(DEFAULT_OPTIONS.cacheDir),
  siteImage: Joi.string()
    .pattern(/^\/img\/og\/[a-z0-9-]+\.png$/)
    .message('"siteImage" must be a site path such as "/img/og/site.png"')
    .default(DEFAULT_OPTIONS.siteImage),
});

export function validateOptions({ validate, options }: OptionValidationContext<UserOptions, PluginOptions>): PluginOptions {
  return validate(schema, options);
}
