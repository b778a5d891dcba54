import type { QuestionKind } from '../contract/records.ts';
import type { TopicDefinition } from './document-types.ts';

/**
 * What the generator sorts questions into: the topics with their keywords,
 * per-question corrections, and what makes a question behavioural. It is
 * input to `generate()` rather than imported by it, so tests can give the
 * pipeline a small taxonomy of their own; the site's is in config/site-taxonomy.ts.
 */
export interface Taxonomy {
  readonly topics: readonly TopicDefinition[];
  readonly overrides: readonly ClassificationOverride[];
  /** Where `overrides` are written, for error messages and the stale-override warning. */
  readonly overridesFile: string;
  /** A question whose title matches any of these is behavioural; every other is technical. */
  readonly behaviouralPatterns: readonly RegExp[];
}

/**
 * A per-question correction to the keyword classifier and the
 * behavioural/technical rule. It applies to the question whose title starts
 * with `titleStartsWith`, so renumbering the source never moves it to another
 * question.
 */
export interface ClassificationOverride {
  readonly titleStartsWith: string;
  readonly primary?: string;
  /** Replaces the rule-derived secondary topics. */
  readonly secondary?: readonly string[];
  readonly kind?: QuestionKind;
  readonly reason: string;
}
