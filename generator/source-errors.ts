/**
 * A problem in the source document that a person can fix. `file:line` comes
 * first so editors and terminals turn it into a link.
 */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly hint: string;

  constructor(file: string, line: number | undefined, problem: string, hint: string, options?: { cause?: unknown }) {
    const where = line === undefined ? file : `${file}:${line}`;
    super(`${where}: ${problem}\n  How to fix: ${hint}`, options);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
    this.hint = hint;
  }
}

/** Several independent problems, reported together so one run lists them all. */
export class SourceErrors extends Error {
  readonly errors: readonly SourceError[];

  constructor(errors: readonly SourceError[]) {
    super(errors.map((error) => error.message).join('\n'));
    this.name = 'SourceErrors';
    this.errors = errors;
  }
}

export function isSourceProblem(error: unknown): error is SourceError | SourceErrors {
  return error instanceof SourceError || error instanceof SourceErrors;
}

/** Throws every collected problem at once, or nothing. */
export function throwIfAny(errors: readonly SourceError[]): void {
  const [first, ...more] = errors;
  if (first && more.length === 0) throw first;
  if (first) throw new SourceErrors(errors);
}
