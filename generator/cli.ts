#!/usr/bin/env -S npx tsx
/**
 * npm run generate -- [--source FILE] [--questions DIR]… [--out DIR] [--lock FILE] [--guides DIR] [--check] [--verbose]
 *
 * Turns the source document and the teams' question banks into one MDX page
 * per question, topic pages and the data the theme reads. See README.md,
 * "How the generator works" and "Add your own question".
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { isSourceProblem, SourceError } from './source-errors.ts';
import { parseLock, serializeLock } from './stages/slugs/slug-lock.ts';
import { staleFiles, writeFileAtomically, writeFolderAtomically } from '../lib/write-files-atomically.ts';
import { marketingPatterns } from './config/marketing-patterns.ts';
import { siteTaxonomy } from './config/site-taxonomy.ts';
import { generate } from './generate-site.ts';
import { BANK_TOPICS_FILE, isQuestionFile, type QuestionBank } from './stages/banks/bank-files.ts';
import { formatRunSummary } from './run-summary.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const USAGE = 'Usage: npm run generate -- [--source FILE] [--questions DIR]… [--out DIR] [--lock FILE] [--guides DIR] [--check] [--verbose]';
/** The default bank: this folder beside the source file. */
const DEFAULT_BANK = 'questions';

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function readSourceBytes(path: string, shownAs: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT'
        ? 'the source file does not exist'
        : code === 'EACCES'
          ? 'the source file cannot be read (permission denied)'
          : code === 'EISDIR'
            ? 'the source path is a folder, not a file'
            : code === 'ENOTDIR'
              ? 'the source path goes through a file as if it were a folder'
              : `the source file cannot be read (${code ?? String(cause)})`;
    throw new SourceError(
      shownAs,
      undefined,
      problem,
      'pass an existing, readable text file with --source, or restore source/sre-interview-questions.txt from git',
      { cause },
    );
  }
}

function readGuideFiles(dir: string, shown: (path: string) => string) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ path: shown(join(dir, name)), text: readFileSync(join(dir, name), 'utf8') }));
}

/** A bank folder's `.md` files (subfolders included, so teams can keep one each), in path order, and its topics.yml. */
function readBank(dir: string, shown: (path: string) => string): QuestionBank {
  if (!existsSync(dir)) {
    throw new SourceError(shown(dir), undefined, 'the question bank folder does not exist', 'pass an existing folder of .md question files with --questions');
  }
  const questionFiles = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(isQuestionFile)
    .map((name) => join(dir, name))
    .sort()
    .map((path) => ({ path: shown(path), bytes: readFileSync(path) }));
  const topicsPath = join(dir, BANK_TOPICS_FILE);
  return { questionFiles, ...(existsSync(topicsPath) ? { topicsFile: { path: shown(topicsPath), bytes: readFileSync(topicsPath) } } : {}) };
}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        source: { type: 'string' },
        questions: { type: 'string', multiple: true },
        out: { type: 'string' },
        lock: { type: 'string' },
        guides: { type: 'string' },
        check: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }

  // Paths given on the command line are relative to where it runs; defaults to the repository.
  const sourcePath = args.source ? resolve(args.source) : resolve(root, 'source/sre-interview-questions.txt');
  const outDir = args.out ? resolve(args.out) : resolve(root, 'docs');
  const lockPath = args.lock ? resolve(args.lock) : resolve(root, 'source/slugs.lock.json');
  const guidesDir = args.guides ? resolve(args.guides) : resolve(root, 'content/guides');
  const shown = (path: string) => relative(process.cwd(), path) || '.';
  const defaultBank = join(dirname(sourcePath), DEFAULT_BANK);
  const bankDirs = args.questions ? args.questions.map((dir) => resolve(dir)) : existsSync(defaultBank) ? [defaultBank] : [];

  const started = performance.now();
  try {
    const result = generate({
      banks: bankDirs.map((dir) => readBank(dir, shown)),
      sourceBytes: readSourceBytes(sourcePath, shown(sourcePath)),
      sourceFile: shown(sourcePath),
      lock: parseLock(readOptional(lockPath), shown(lockPath)),
      lockFile: shown(lockPath),
      guides: readGuideFiles(guidesDir, shown),
      taxonomy: siteTaxonomy,
      marketingPatterns,
    });
    const lockText = serializeLock(result.lock);

    if (args.check) {
      const stale = staleFiles(outDir, result.files);
      if (readOptional(lockPath) !== lockText) stale.unshift(shown(lockPath));
      if (stale.length > 0) {
        console.error(
          `Generated output is stale (${stale.length} files differ), for example:\n${stale
            .slice(0, 10)
            .map((path) => `  ${path}`)
            .join('\n')}\nRun \`npm run generate\` and commit ${shown(lockPath)}.`,
        );
        return 1;
      }
      console.log(`Generated output in ${shown(outDir)} is up to date.`);
      return 0;
    }

    writeFolderAtomically(outDir, result.files);
    if (readOptional(lockPath) !== lockText) writeFileAtomically(lockPath, lockText);
    console.log(
      formatRunSummary(result, {
        verbose: args.verbose,
        outDir: shown(outDir),
        overridesFile: siteTaxonomy.overridesFile,
        milliseconds: performance.now() - started,
      }),
    );
    return 0;
  } catch (error) {
    if (isSourceProblem(error)) {
      console.error(error.message);
      console.error('Nothing was written; the pages generated before are unchanged.');
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
