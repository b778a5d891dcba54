import type { OptionValidationContext } from '@docusaurus/types';
import { Joi } from '@docusaurus/utils-validation';

export interface PluginOptions {
  readonly id: string;
  /** Folder with the generator's questions.json and topics.json, relative to the site. */
  readonly dataDir: string;
}

export type UserOptions = Partial<PluginOptions>;

const schema = Joi.object<PluginOptions>({
  dataDir: Joi.string().default('docs/_generated'),
});

export function validateOptions({ validate, options }: OptionValidationContext<UserOptions, PluginOptions>): PluginOptions {
  return validate(schema, options);
}
