import matter from 'gray-matter';
import { SourceError } from '../../source-errors.ts';

/** A Markdown file's YAML front matter, parsed, and its body with the line the body starts on. */
export interface FrontMatterFile {
  readonly data: Readonly<Record<string, unknown>>;
  /** Line of the opening `---`. */
  readonly openingLine: number;
  /** Line of the closing `---`. */
  readonly closingLine: number;
  readonly body: string;
  /** 1-based line of the body's first line in the file. */
  readonly bodyLine: number;
  /** The line a top-level field is written on, for error messages; the opening line if it is missing. */
  readonly lineOf: (field: string) => number;
}

const DELIMITER = /^---[ \t]*$/;
const QUOTE_HINT =
  'put a value that contains `: `, ` #`, or starts with a quote, `[`, `{`, `*` or `&` in double quotes, like `title: "What is an SLO: really?"`';

/**
 * YAML text to a value, or an error at the line of the problem. `firstLine` is
 * the file's line the text starts on.
 */
export function parseYaml(yaml: string, file: string, firstLine: number, what: string): unknown {
  try {
    // gray-matter parses YAML between delimiters; the wrapper adds one line before the text.
    return matter(`---\n${yaml}\n---\n`).data;
  } catch (cause) {
    const mark = (cause as { mark?: { line?: number } }).mark;
    const reason = (cause as { reason?: string }).reason ?? String(cause);
    const lastLine = firstLine + yaml.split('\n').length - 1;
    const line = typeof mark?.line === 'number' ? Math.min(firstLine + mark.line, lastLine) : firstLine;
    return new SourceError(file, line, `${what} is not valid YAML (${reason})`, QUOTE_HINT, { cause });
  }
}

/**
 * Splits `---`-delimited YAML front matter from the body and parses it with a
 * real YAML parser (js-yaml, through gray-matter). Problems come back as
 * errors at the line they are on, not thrown, so a caller can collect them.
 */
export function parseFrontMatter(text: string, file: string): FrontMatterFile | SourceError {
  const lines = text.split('\n');
  if (!DELIMITER.test(lines[0] ?? '')) {
    return new SourceError(
      file,
      1,
      'the file does not start with front matter',
      'start it with a line `---`, then `title: "…?"`, then a line `---`, then the answer',
    );
  }
  const closingIndex = lines.findIndex((line, index) => index > 0 && DELIMITER.test(line));
  if (closingIndex === -1) {
    return new SourceError(
      file,
      1,
      'the front matter opened here is never closed',
      'add a line `---` after its last field (title, topics, kind) and before the answer',
    );
  }
  const data = parseYaml(lines.slice(1, closingIndex).join('\n'), file, 2, 'the front matter');
  if (data instanceof SourceError) return data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return new SourceError(file, 2, 'the front matter is not a list of `field: value` lines', 'write it like `title: "What is an SLO?"`, one field a line');
  }
  const lineOf = (field: string): number => {
    const index = lines.slice(1, closingIndex).findIndex((line) => line.startsWith(`${field}:`));
    return index === -1 ? 1 : index + 2;
  };
  return {
    data: data as Record<string, unknown>,
    openingLine: 1,
    closingLine: closingIndex + 1,
    body: lines.slice(closingIndex + 1).join('\n'),
    bodyLine: closingIndex + 2,
    lineOf,
  };
}
