import { SourceError } from '../../source-errors.ts';
import { decodeSource } from '../decode.ts';

/**
 * A team's question bank: a folder of Markdown files, one question each, and
 * optionally a topics.yml declaring the team's own topics. See README.md,
 * "Add your own question".
 */
export interface BankFile {
  /** Path as shown to the user, e.g. source/questions/on-call-handoff.md. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

export interface QuestionBank {
  /** The questions, one `.md` file each, in file-name order. */
  readonly questionFiles: readonly BankFile[];
  /** `topics.yml` at the bank's top, if the team declares topics of its own. */
  readonly topicsFile?: BankFile;
}

/** The name of a bank's topic file. */
export const BANK_TOPICS_FILE = 'topics.yml';

/** A bank's question files: every `.md` but a README, which a team may keep there to explain the folder. */
export const isQuestionFile = (relativePath: string): boolean => relativePath.endsWith('.md') && !/(?:^|\/)readme\.md$/i.test(relativePath);

/** A bank file's text, or `undefined` after adding why it cannot be read (not UTF-8) to `errors`: every file is still checked. */
export function decodeBankFile(file: BankFile, errors: SourceError[]): string | undefined {
  try {
    return decodeSource(file.bytes, file.path);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    errors.push(error);
    return undefined;
  }
}
