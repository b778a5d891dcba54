import { classifyQuestions } from './stages/classify.ts';
import { cleanDocument, type MarketingPatterns } from './stages/clean.ts';
import { decodeSource } from './stages/decode.ts';
import { parseGuides, type GuideFile } from './stages/guides.ts';
import type { DroppedLine, SlottedQuestion } from './document-types.ts';
import { parseSource } from './stages/parse.ts';
import { relatedQuestions } from './stages/related.ts';
import type { OutputFiles } from './emit/site-files.ts';
import { serializeSite } from './emit/site-files.ts';
import { assignSlugs } from './stages/slugs/assign-slugs.ts';
import type { SlugLock } from './stages/slugs/slug-lock.ts';
import { validateDocument } from './stages/validate.ts';
import type { Taxonomy } from './taxonomy.ts';

export interface GenerateInput {
  readonly sourceBytes: Uint8Array;
  /** As the user named it, for error messages. */
  readonly sourceFile: string;
  readonly lock: SlugLock;
  readonly lockFile: string;
  /** Hand-written pages from content/guides/; see guides.ts. */
  readonly guides?: readonly GuideFile[];
  /** Topics, overrides and the behavioural rule; the site's is config/site-taxonomy.ts. */
  readonly taxonomy: Taxonomy;
  /** The scraped page's text that is not interview content; the site's is config/marketing-patterns.ts. */
  readonly marketingPatterns: MarketingPatterns;
}

export interface GenerateResult {
  readonly files: OutputFiles;
  readonly lock: SlugLock;
  readonly dropped: readonly DroppedLine[];
  readonly questions: readonly SlottedQuestion[];
  readonly slugChanges: readonly string[];
  /** Overrides whose title matches no question any more: stale config to delete. */
  readonly unusedOverrides: readonly string[];
}

/** The whole generator without I/O: bytes, lock and taxonomy in, files and lock out. */
export function generate(input: GenerateInput): GenerateResult {
  const { topics } = input.taxonomy;
  const text = decodeSource(input.sourceBytes, input.sourceFile);
  const parsed = parseSource(text, input.sourceFile);
  const cleaned = cleanDocument(parsed, input.marketingPatterns);
  validateDocument(cleaned);
  const { questions: classified, unusedOverrides } = classifyQuestions(cleaned.questions, input.taxonomy);
  const slotted = assignSlugs(
    classified,
    input.lock,
    input.lockFile,
    topics.map((topic) => topic.id),
  );
  const files = serializeSite({
    questions: slotted.questions,
    guides: parseGuides(
      input.guides ?? [],
      topics,
      slotted.questions.map((question) => question.id),
    ),
    topics,
    related: relatedQuestions(slotted.questions),
    redirects: slotted.redirects,
  });
  return {
    files,
    lock: slotted.lock,
    dropped: cleaned.dropped,
    questions: slotted.questions,
    slugChanges: slotted.changes,
    unusedOverrides: unusedOverrides.map((override) => override.titleStartsWith),
  };
}
