import type { OptionValidationContext } from '@docusaurus/types';
import { Joi } from '@docusaurus/utils-validation';
import { SITE_DATA_DIR } from '../../../contract/records.ts';

export interface PluginOptions {
  readonly id: string;
  /** Folder with the generator's topics.json, relative to the site. */
  readonly dataDir: string;
  /**
   * From this many questions the client bundle is built without module concatenation. Its cost grows with the square
   * of the bank (5 s at 2,000 questions, 121 s at 10,000), so about 1 s here; below, the smaller JavaScript is worth more.
   */
  readonly concatenationOffFromQuestions: number;
}

export type UserOptions = Partial<PluginOptions>;

export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id'> = { dataDir: SITE_DATA_DIR, concatenationOffFromQuestions: 1000 };

const schema = Joi.object<PluginOptions>({
  dataDir: Joi.string().default(DEFAULT_OPTIONS.dataDir),
  concatenationOffFromQuestions: Joi.number().integer().min(1).default(DEFAULT_OPTIONS.concatenationOffFromQuestions),
});

export function validateOptions({ validate, options }: OptionValidationContext<UserOptions, PluginOptions>): PluginOptions {
  return validate(schema, options);
}
