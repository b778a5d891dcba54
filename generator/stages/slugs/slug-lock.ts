import { SourceError, throwIfAny } from '../../source-errors.ts';

/**
 * The slug lock file freezes every question's URL and short-link number, so
 * rewording a question never breaks a link pasted into a chat. It is
 * committed; the generator updates it and never reuses a slug or number.
 */
export interface SlugLock {
  readonly version: 1;
  readonly questions: readonly LockedQuestion[];
  /** Questions removed from the source: their URLs redirect to their topic page. */
  readonly retired: readonly LockedQuestion[];
}

export interface LockedQuestion {
  /** Short-link number: /q/<id>. */
  readonly id: number;
  readonly slug: string;
  /** The title last seen, used to recognise the question after rewording. */
  readonly title: string;
  /** Primary topic last seen: where the URL redirects if the question is removed. */
  readonly topic: string;
  /** Slugs this question had before someone edited `slug` by hand; they redirect here. */
  readonly formerSlugs?: readonly string[];
}

/** The lock of a first run, before any question has a URL. */
export const EMPTY_LOCK: SlugLock = { version: 1, questions: [], retired: [] };

const SLUG_FORMAT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

/** Keeps the lock file's keys in one order so regenerating it is byte-identical. */
export function normaliseEntry(entry: LockedQuestion): LockedQuestion {
  const { id, slug, title, topic, formerSlugs } = entry;
  return formerSlugs && formerSlugs.length > 0 ? { id, slug, title, topic, formerSlugs: [...formerSlugs] } : { id, slug, title, topic };
}

/** Rejects a hand-edited lock whose numbers or slugs would collide or make bad URLs. */
export function validateLock(lock: SlugLock, file: string): void {
  const errors: SourceError[] = [];
  if (lock.version !== 1) {
    errors.push(new SourceError(file, undefined, `unsupported lock version ${String(lock.version)}`, 'set "version": 1, or restore the file from git'));
  }
  const seenSlugs = new Map<string, number>();
  const seenIds = new Set<number>();
  for (const entry of [...lock.questions, ...lock.retired]) {
    if (!Number.isInteger(entry.id) || entry.id < 1 || seenIds.has(entry.id)) {
      errors.push(
        new SourceError(
          file,
          undefined,
          `id ${String(entry.id)} ("${entry.title}") is not a unique positive integer`,
          'give every entry its own number; never reuse a retired one',
        ),
      );
    }
    seenIds.add(entry.id);
    for (const slug of [entry.slug, ...(entry.formerSlugs ?? [])]) {
      if (typeof slug !== 'string' || !SLUG_FORMAT.test(slug)) {
        errors.push(
          new SourceError(
            file,
            undefined,
            `slug "${String(slug)}" of question ${entry.id} is not valid`,
            'use lowercase letters, digits and single hyphens, like "decide-rto-rpo"',
          ),
        );
      } else if (seenSlugs.has(slug)) {
        errors.push(
          new SourceError(
            file,
            undefined,
            `slug "${slug}" is used by questions ${seenSlugs.get(slug)} and ${entry.id}`,
            'give one of them another slug; keep the old one in its "formerSlugs"',
          ),
        );
      } else {
        seenSlugs.set(slug, entry.id);
      }
    }
  }
  throwIfAny(errors);
}
