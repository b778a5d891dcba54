/**
 * The options of a local plugin whose only setting is where the generator's records are: the quiz pages' and the
 * study data's. Each plugin's options.ts re-exports these, so Docusaurus validates them there.
 */
import type { OptionValidationContext } from '@docusaurus/types';
import { Joi } from '@docusaurus/utils-validation';
import { SITE_DATA_DIR } from '../../contract/records.ts';

export interface PluginOptions {
  readonly id: string;
  /** Folder with the generator's questions.json and topics.json, relative to the site. */
  readonly dataDir: string;
}

export type UserOptions = Partial<PluginOptions>;

const schema = Joi.object<PluginOptions>({
  dataDir: Joi.string().default(SITE_DATA_DIR),
});

export function validateOptions({ validate, options }: OptionValidationContext<UserOptions, PluginOptions>): PluginOptions {
  return validate(schema, options);
}
