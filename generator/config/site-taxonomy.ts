import type { Taxonomy } from '../taxonomy.ts';
import { classificationOverrides } from './classification-overrides.ts';
import { behaviouralPatterns } from './question-kinds.ts';
import { topics } from './topics.ts';

/** The site's taxonomy, as the CLI and the tools that generate the real site pass it to `generate()`. */
export const siteTaxonomy: Taxonomy = {
  topics,
  overrides: classificationOverrides,
  overridesFile: 'generator/config/classification-overrides.ts',
  behaviouralPatterns,
};
