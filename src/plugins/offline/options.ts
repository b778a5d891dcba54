import type { OptionValidationContext } from '@docusaurus/types';
import { Joi } from '@docusaurus/utils-validation';
import { DOWNLOADS, previewImagePath, printSheetPath, SEARCH_PATH, STUDY_PATH } from '../../../contract/urls.ts';

export interface PluginOptions {
  readonly id: string;
  /** Precache every page up to this many HTML pages; above it, only the shell and the search index (pages are cached as visited). */
  readonly maxPrecachedPages: number;
  /** Folders (paths relative to the build, ending in `/`) never precached. */
  readonly exclude: readonly string[];
  /** Site paths of the pages precached even in shell mode. */
  readonly shellPages: readonly string[];
  /** Build paths precached even in shell mode, by prefix: the search index's chunks. */
  readonly shellPrefixes: readonly string[];
  /** The installed app's name on a home screen (12 characters or fewer show in full). */
  readonly shortName: string;
  readonly themeColor: string;
  readonly backgroundColor: string;
  /** The SVG the app icons are drawn from, relative to the site. */
  readonly iconSvg: string;
}

export type UserOptions = Partial<PluginOptions>;

/** `/img/og/x.png` → `img/og/`: the folder of a site path, relative to the build. */
const folderOf = (sitePath: string): string => sitePath.slice(1, sitePath.lastIndexOf('/') + 1);

export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id'> = {
  // The 52-question site has 176 pages (1.2 MB gzip precached); 400 keeps the first visit's download near 3 MB at most.
  maxPrecachedPages: 400,
  // Link-preview images are for chat apps, not readers; downloads and print sheets are fetched when asked for.
  exclude: [...new Set([folderOf(previewImagePath('x')), ...Object.values(DOWNLOADS).map(({ path }) => folderOf(path)), folderOf(printSheetPath())])],
  shellPages: ['/', SEARCH_PATH, STUDY_PATH],
  // The search plugin's chunks: engine, questions and answers (src/plugins/search/client/engine-store.ts).
  shellPrefixes: ['assets/js/search-'],
  shortName: 'SRE Q&A',
  themeColor: '#0b5cad',
  backgroundColor: '#ffffff',
  iconSvg: 'static/img/favicon.svg',
};

const color = Joi.string()
  .pattern(/^#[0-9a-f]{6}$/i)
  .message('{{#label}} must be a colour such as "#0b5cad"');

const schema = Joi.object<PluginOptions>({
  maxPrecachedPages: Joi.number().integer().min(1).default(DEFAULT_OPTIONS.maxPrecachedPages),
  exclude: Joi.array()
    .items(
      Joi.string()
        .pattern(/^(?!\/)[\w.@/-]+\/$/)
        .message('"exclude" items must be folders relative to the build, such as "img/og/"'),
    )
    .default(DEFAULT_OPTIONS.exclude),
  shellPages: Joi.array()
    .items(
      Joi.string()
        .pattern(/^\/[\w/-]*$/)
        .message('"shellPages" items must be site paths such as "/search"'),
    )
    .default(DEFAULT_OPTIONS.shellPages),
  shellPrefixes: Joi.array().items(Joi.string()).default(DEFAULT_OPTIONS.shellPrefixes),
  shortName: Joi.string().max(30).default(DEFAULT_OPTIONS.shortName),
  themeColor: color.default(DEFAULT_OPTIONS.themeColor),
  backgroundColor: color.default(DEFAULT_OPTIONS.backgroundColor),
  iconSvg: Joi.string()
    .pattern(/\.svg$/)
    .message('"iconSvg" must be an SVG file relative to the site')
    .default(DEFAULT_OPTIONS.iconSvg),
});

export function validateOptions({ validate, options }: OptionValidationContext<UserOptions, PluginOptions>): PluginOptions {
  return validate(schema, options);
}
