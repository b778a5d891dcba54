import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marketingPatterns } from '../../generator/config/marketing-patterns.ts';
import { siteTaxonomy } from '../../generator/config/site-taxonomy.ts';
import { generate, type GenerateResult } from '../../generator/generate-site.ts';
import { EMPTY_LOCK, type SlugLock } from '../../generator/stages/slugs/slug-lock.ts';
import type { GuideFile } from '../../generator/stages/guides.ts';
import { BANK_TOPICS_FILE, isQuestionFile, type QuestionBank } from '../../generator/stages/banks/bank-files.ts';
import type { Taxonomy } from '../../generator/taxonomy.ts';

export interface GenerateOptions {
  readonly lock?: SlugLock;
  /** The source's name in error messages. */
  readonly sourceFile?: string;
  readonly guides?: readonly GuideFile[];
  /** Teams' question banks, merged after the source's questions. */
  readonly banks?: readonly QuestionBank[];
  /** The site's taxonomy unless a test brings its own. */
  readonly taxonomy?: Taxonomy;
}

/** Runs the whole pipeline on text in memory, with the site's marketing patterns. */
export function generateFromText(text: string | Uint8Array, options: GenerateOptions = {}): GenerateResult {
  const sourceBytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return generate({
    sourceBytes,
    sourceFile: options.sourceFile ?? 'input.txt',
    lock: options.lock ?? EMPTY_LOCK,
    lockFile: 'slugs.lock.json',
    guides: options.guides ?? [],
    banks: options.banks ?? [],
    taxonomy: options.taxonomy ?? siteTaxonomy,
    marketingPatterns,
  });
}

/** A bank folder read as the CLI reads one: its `.md` files (subfolders included) in path order, and its topics.yml; paths shown as `shownAs/<file>`. */
export function readBankFolder(dir: string, shownAs: string): QuestionBank {
  const file = (relativePath: string) => ({ path: `${shownAs}/${relativePath}`, bytes: readFileSync(join(dir, relativePath)) });
  const questionFiles = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(isQuestionFile).sort().map(file);
  return { questionFiles, ...(existsSync(join(dir, BANK_TOPICS_FILE)) ? { topicsFile: file(BANK_TOPICS_FILE) } : {}) };
}

export function questionPages(result: GenerateResult): [string, string][] {
  return [...result.files].filter(([path]) => path.startsWith('questions/'));
}
