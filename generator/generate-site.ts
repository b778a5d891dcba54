import { classifyQuestions } from './stages/classify.ts';
import { cleanDocument, type MarketingPatterns } from './stages/clean.ts';
import { decodeSource } from './stages/decode.ts';
import { parseGuides, type GuideFile } from './stages/guides.ts';
import type { CleanDocument, DroppedLine, SlottedQuestion } from './document-types.ts';
import type { QuestionBank } from './stages/banks/bank-files.ts';
import { duplicateTitleErrors, parseBankQuestions } from './stages/banks/bank-questions.ts';
import { parseBankTopics } from './stages/banks/bank-topics.ts';
import { SourceError, SourceErrors, throwIfAny } from './source-errors.ts';
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
  /** Teams' own questions (Markdown files) and topics, merged after the source's questions. */
  readonly banks?: readonly QuestionBank[];
}

export interface GenerateResult {
  readonly files: OutputFiles;
  readonly lock: SlugLock;
  readonly dropped: readonly DroppedLine[];
  readonly questions: readonly SlottedQuestion[];
  /** How many of `questions` came from the teams' banks: the last ones. */
  readonly teamQuestionCount: number;
  readonly slugChanges: readonly string[];
  /** Overrides whose title matches no question any more: stale config to delete. */
  readonly unusedOverrides: readonly string[];
}

/** The scraped source through its own stages; its problems are added to `errors`. */
function readScrapedSource(input: GenerateInput, errors: SourceError[]): CleanDocument | undefined {
  try {
    const text = decodeSource(input.sourceBytes, input.sourceFile);
    const cleaned = cleanDocument(parseSource(text, input.sourceFile), input.marketingPatterns);
    validateDocument(cleaned);
    return cleaned;
  } catch (error) {
    if (error instanceof SourceErrors) errors.push(...error.errors);
    else if (error instanceof SourceError) errors.push(error);
    else throw error;
    return undefined;
  }
}

/** The whole generator without I/O: bytes, lock and taxonomy in, files and lock out. */
export function generate(input: GenerateInput): GenerateResult {
  // Every problem in the source and the banks is reported in one run.
  const errors: SourceError[] = [];
  const cleaned = readScrapedSource(input, errors);
  const banks = input.banks ?? [];
  const topics = [
    ...input.taxonomy.topics,
    ...parseBankTopics(
      banks.flatMap((bank) => (bank.topicsFile ? [bank.topicsFile] : [])),
      input.taxonomy.topics,
      errors,
    ),
  ];
  const scraped = cleaned?.questions ?? [];
  const team = parseBankQuestions(
    banks.flatMap((bank) => bank.questionFiles),
    topics,
    scraped.length + 1,
    errors,
  );
  errors.push(...duplicateTitleErrors(scraped, team));
  throwIfAny(errors);

  const taxonomy = { ...input.taxonomy, topics };
  const { questions: classified, unusedOverrides } = classifyQuestions([...scraped, ...team], taxonomy);
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
    dropped: cleaned?.dropped ?? [],
    questions: slotted.questions,
    teamQuestionCount: team.length,
    slugChanges: slotted.changes,
    unusedOverrides: unusedOverrides.map((override) => override.titleStartsWith),
  };
}
