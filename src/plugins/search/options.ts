import type { OptionValidationContext } from '@docusaurus/types';
import { Joi } from '@docusaurus/utils-validation';
import { SEARCH_PATH } from '../../../contract/urls.ts';
import { SITE_DATA_DIR } from '../../../contract/records.ts';

export interface PluginOptions {
  readonly id: string;
  /** Folder with the generator's questions.json and topics.json, relative to the site. */
  readonly dataDir: string;
  /** Path of the search page under the base URL. */
  readonly routePath: string;
  /** Length of the answer excerpt a result shows, in characters. */
  readonly excerptLength: number;
  /** How many results the navbar box lists; the search page lists all. */
  readonly navbarResults: number;
}

export type UserOptions = Partial<PluginOptions>;

export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id'> = {
  dataDir: SITE_DATA_DIR,
  /** The contract's search page, without its leading slash. */
  routePath: SEARCH_PATH.slice(1),
  excerptLength: 180,
  navbarResults: 8,
};

const schema = Joi.object<PluginOptions>({
  dataDir: Joi.string().default(DEFAULT_OPTIONS.dataDir),
  routePath: Joi.string()
    .pattern(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/)
    .message('"routePath" must be a path without leading or trailing slash, such as "search"')
    .default(DEFAULT_OPTIONS.routePath),
  excerptLength: Joi.number().integer().min(60).max(400).default(DEFAULT_OPTIONS.excerptLength),
  navbarResults: Joi.number().integer().min(1).max(20).default(DEFAULT_OPTIONS.navbarResults),
});

export function validateOptions({ validate, options }: OptionValidationContext<UserOptions, PluginOptions>): PluginOptions {
  return validate(schema, options);
}
