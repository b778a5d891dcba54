import { SourceError } from '../source-errors.ts';
import type { SlugLock } from './assign-slugs.ts';
import { EMPTY_LOCK } from './assign-slugs.ts';

/** Reads the slug lock; a missing file is a first run, a malformed one is an error to fix by hand or from git. */
export function parseLock(text: string | undefined, file: string): SlugLock {
  if (text === undefined) return EMPTY_LOCK;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const position = /position (\d+)/.exec(String(cause))?.[1];
    const line = position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
    throw new SourceError(file, line, 'the slug lock file is not valid JSON', 'fix the syntax, or restore it with `git checkout -- ' + file + '`', { cause });
  }
  const lock = value as Partial<SlugLock>;
  if (typeof lock !== 'object' || lock === null || !Array.isArray(lock.questions) || !Array.isArray(lock.retired)) {
    throw new SourceError(file, 1, 'the slug lock file needs "version", "questions" and "retired"', 'restore it with `git checkout -- ' + file + '`');
  }
  return lock as SlugLock;
}

export function serializeLock(lock: SlugLock): string {
  return `${JSON.stringify(lock, null, 2)}\n`;
}
