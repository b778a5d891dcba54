import { SourceError } from '../source-errors.ts';
import type { AnswerBlock, ListBlock, ParsedDocument, ParsedQuestion, SourceLine } from '../document-types.ts';

const NUMBERED_LINE = /^(\d{1,5})\.[ \t]+(\S.*)$/;
const BULLET_LINE = /^\s*[•●▪◦]\s*(.*)$/;
/**
 * `intro: - Item - Item` or `Intro sentence. - Item - Item`: a list the scrape
 * flattened into one paragraph. Items start with a capital letter, which keeps
 * a dash used as punctuation ("slow - not down") in its sentence.
 */
const INLINE_LIST = /^(.*?[:.!?])\s+-\s+(\p{Lu}.*)$/u;
const INLINE_LIST_SEPARATOR = /\s+-\s+(?=\p{Lu})/u;

interface QuestionDraft {
  number: number;
  file: string;
  line: number;
  title: string;
  blocks: AnswerBlock[];
}

/**
 * Splits normalised source text into the preamble and numbered questions with
 * their answer blocks. It decides structure only; deciding what is marketing
 * is the clean stage's job.
 */
export function parseSource(text: string, file: string): ParsedDocument {
  const lines = text.split('\n');
  const preamble: SourceLine[] = [];
  const questions: QuestionDraft[] = [];
  let current: QuestionDraft | undefined;
  let previousLineWasBlank = true;

  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '') {
      previousLineWasBlank = true;
      return;
    }
    const numbered = NUMBERED_LINE.exec(raw);
    if (numbered) {
      const number = Number(numbered[1]);
      const rest = numbered[2]!.trim();
      const expected = (current?.number ?? 0) + 1;
      const lastBlock = current?.blocks.at(-1);
      const continuesList =
        lastBlock?.kind === 'list' && lastBlock.ordered && lastBlock.start !== undefined && lastBlock.start + lastBlock.items.length === number;

      if (current && continuesList && !previousLineWasBlank) {
        appendListItem(current, { line, text: rest });
      } else if (number === expected) {
        current = { number, file, line, title: rest, blocks: [] };
        questions.push(current);
      } else if (current && continuesList) {
        appendListItem(current, { line, text: rest });
      } else if (current && number === 1) {
        current.blocks.push({ kind: 'list', ordered: true, start: 1, items: [{ line, text: rest }] });
      } else {
        throw numberingError(file, line, number, expected, questions);
      }
      previousLineWasBlank = false;
      return;
    }

    if (!current) {
      preamble.push({ line, text: trimmed });
    } else {
      const bullet = BULLET_LINE.exec(raw);
      if (bullet) {
        const lastBlock = current.blocks.at(-1);
        const item = { line, text: bullet[1]!.trim() };
        if (lastBlock?.kind === 'list' && !lastBlock.ordered) {
          current.blocks[current.blocks.length - 1] = { ...lastBlock, items: [...lastBlock.items, item] };
        } else {
          current.blocks.push({ kind: 'list', ordered: false, start: undefined, items: [item] });
        }
      } else {
        current.blocks.push(...paragraphBlocks(line, trimmed));
      }
    }
    previousLineWasBlank = false;
  });

  return { file, preamble, questions };
}

function appendListItem(question: QuestionDraft, item: SourceLine): void {
  const last = question.blocks.at(-1) as ListBlock;
  question.blocks[question.blocks.length - 1] = { ...last, items: [...last.items, item] };
}

/** A paragraph, or an intro paragraph plus a real list when the scrape flattened one inline. */
function paragraphBlocks(line: number, text: string): AnswerBlock[] {
  const inline = INLINE_LIST.exec(text);
  if (inline) {
    const items = inline[2]!.split(INLINE_LIST_SEPARATOR).map((item) => item.trim());
    if (items.length >= 2 && items.every((item) => item.length > 0)) {
      return [
        { kind: 'paragraph', line, text: inline[1]!.trim() },
        { kind: 'list', ordered: false, start: undefined, items: items.map((item) => ({ line, text: item })) },
      ];
    }
  }
  return [{ kind: 'paragraph', line, text }];
}

function numberingError(file: string, line: number, found: number, expected: number, questions: readonly ParsedQuestion[]): SourceError {
  const earlier = questions.find((question) => question.number === found);
  if (earlier) {
    return new SourceError(
      file,
      line,
      `question number ${found} is used twice (first at line ${earlier.line}); expected ${expected} here`,
      `renumber this question ${expected}, or delete it if it repeats line ${earlier.line}`,
    );
  }
  if (expected === 1) {
    return new SourceError(
      file,
      line,
      `the first question is numbered ${found}; numbering must start at 1`,
      `number the first question "1." and the rest in order`,
    );
  }
  return new SourceError(
    file,
    line,
    `question ${found} follows question ${expected - 1}; question ${expected} is missing`,
    `renumber this question ${expected}, or add the missing question before it. A numbered step inside an answer must start at "1."`,
  );
}
