import { SourceError, throwIfAny } from '../source-errors.ts';
import type { RedirectRecord } from '../../contract/records.ts';
import { questionPath, shortLinkPath, topicPath } from '../../contract/urls.ts';
import type { ClassifiedQuestion, SlottedQuestion } from '../document-types.ts';

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

export type Redirect = RedirectRecord;

export interface SlugAssignment {
  readonly questions: SlottedQuestion[];
  readonly lock: SlugLock;
  readonly redirects: Redirect[];
  /** Human-readable lines for --verbose: new, reworded and retired questions. */
  readonly changes: string[];
}

export const EMPTY_LOCK: SlugLock = { version: 1, questions: [], retired: [] };

const SLUG_FORMAT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_WORDS = 5;
const MAX_SLUG_LENGTH = 50;
/** Interview framing that says nothing about the subject. */
const LEADING_PROMPT = /^(?:tell me about a time(?: when)?|describe a time(?: when)?|tell me about|walk me through|describe|explain)\b/i;
/** Two titles this similar (word-set Jaccard) are the same question reworded. */
const REWORD_SIMILARITY = 0.5;

const STOPWORDS = new Set(
  `a about after afterward all also an and any approach are as at be been both but by can could did do does
  each even experience for from had has have how i if in into is it its kind kinds like look make me more most
  my of on only or our should so some such tell than that the their them then there these they this those
  to us used very was we were what when where whether which while who why will with would you your describe
  explain walk through`.split(/\s+/),
);

/** A short readable slug from a question's words, without filler words. */
export function slugFromTitle(title: string): string {
  const words = title
    .replace(LEADING_PROMPT, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9-]+|(?<![a-z0-9])-|-(?![a-z0-9])/)
    .filter((word) => word.length > 0 && !STOPWORDS.has(word));
  let slug = '';
  for (const word of words.slice(0, MAX_SLUG_WORDS)) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug || 'question';
}

/**
 * Matches questions to lock entries (same title, else a reworded title), gives
 * new questions fresh numbers and slugs, retires entries whose question is
 * gone, and derives the redirects that keep every published URL alive.
 */
export function assignSlugs(
  questions: readonly ClassifiedQuestion[],
  lock: SlugLock,
  lockFile: string,
  topicIds: readonly string[],
): SlugAssignment {
  validateLock(lock, lockFile);
  const changes: string[] = [];
  const entryFor = new Map<ClassifiedQuestion, LockedQuestion>();
  const unmatched = new Set(lock.questions);

  for (const question of questions) {
    const key = normaliseTitle(question.title);
    const entry = [...unmatched].find((candidate) => normaliseTitle(candidate.title) === key);
    if (entry) {
      entryFor.set(question, entry);
      unmatched.delete(entry);
    }
  }

  const rewordCandidates = questions
    .filter((question) => !entryFor.has(question))
    .flatMap((question) =>
      [...unmatched].map((entry) => ({ question, entry, similarity: titleSimilarity(question.title, entry.title) })),
    )
    .filter((pair) => pair.similarity >= REWORD_SIMILARITY)
    .sort((a, b) => b.similarity - a.similarity || a.entry.id - b.entry.id);
  for (const { question, entry } of rewordCandidates) {
    if (entryFor.has(question) || !unmatched.has(entry)) continue;
    entryFor.set(question, entry);
    unmatched.delete(entry);
    changes.push(`reworded: question ${question.number} keeps /q/${entry.id} and ${questionPath(entry.slug)}`);
  }

  const usedSlugs = new Set<string>(
    [...lock.questions, ...lock.retired].flatMap((entry) => [entry.slug, ...(entry.formerSlugs ?? [])]),
  );
  let nextId = Math.max(0, ...[...lock.questions, ...lock.retired].map((entry) => entry.id)) + 1;
  for (const question of questions) {
    if (entryFor.has(question)) continue;
    const slug = uniqueSlug(slugFromTitle(question.title), usedSlugs);
    usedSlugs.add(slug);
    const entry: LockedQuestion = { id: nextId++, slug, title: question.title, topic: question.classification.primary };
    entryFor.set(question, entry);
    changes.push(`new: question ${question.number} gets /q/${entry.id} and ${questionPath(slug)}`);
  }

  const newlyRetired = [...unmatched].map((entry) => {
    changes.push(`retired: ${questionPath(entry.slug)} ("${entry.title}") now redirects to ${retiredTarget(entry)}`);
    return entry;
  });
  function retiredTarget(entry: LockedQuestion): string {
    return topicIds.includes(entry.topic) ? topicPath(entry.topic) : '/';
  }

  const slotted = questions.map((question): SlottedQuestion => {
    const entry = entryFor.get(question)!;
    return { ...question, id: entry.id, slug: entry.slug };
  });

  const activeEntries = questions.map(
    (question): LockedQuestion => ({ ...entryFor.get(question)!, title: question.title, topic: question.classification.primary }),
  );
  const retired = [...lock.retired, ...newlyRetired].sort((a, b) => a.id - b.id);
  const nextLock: SlugLock = {
    version: 1,
    questions: activeEntries.sort((a, b) => a.id - b.id).map(normaliseEntry),
    retired: retired.map(normaliseEntry),
  };

  const redirects: Redirect[] = [
    // Short links people can say aloud: "see q/17".
    ...activeEntries.map((entry) => ({ from: shortLinkPath(entry.id), to: questionPath(entry.slug) })),
    ...activeEntries.flatMap((entry) =>
      (entry.formerSlugs ?? []).map((former) => ({ from: questionPath(former), to: questionPath(entry.slug) })),
    ),
    ...retired.flatMap((entry) => [
      { from: shortLinkPath(entry.id), to: retiredTarget(entry) },
      ...[entry.slug, ...(entry.formerSlugs ?? [])].map((slug) => ({ from: questionPath(slug), to: retiredTarget(entry) })),
    ]),
  ].sort((a, b) => a.from.localeCompare(b.from));

  return { questions: slotted, lock: nextLock, redirects, changes };
}

/** Keeps the lock file's keys in one order so regenerating it is byte-identical. */
function normaliseEntry(entry: LockedQuestion): LockedQuestion {
  const { id, slug, title, topic, formerSlugs } = entry;
  return formerSlugs && formerSlugs.length > 0
    ? { id, slug, title, topic, formerSlugs: [...formerSlugs] }
    : { id, slug, title, topic };
}

function uniqueSlug(base: string, used: ReadonlySet<string>): string {
  if (!used.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base}-${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

function normaliseTitle(title: string): string {
  return title.toLowerCase().replace(/\s+/g, ' ').trim();
}

function titleWords(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 2 && !STOPWORDS.has(word)),
  );
}

function titleSimilarity(a: string, b: string): number {
  const left = titleWords(a);
  const right = titleWords(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  const union = new Set([...left, ...right]).size;
  return union === 0 ? 0 : shared / union;
}

function validateLock(lock: SlugLock, file: string): void {
  const errors: SourceError[] = [];
  if (lock.version !== 1) {
    errors.push(new SourceError(file, undefined, `unsupported lock version ${String(lock.version)}`, 'set "version": 1, or restore the file from git'));
  }
  const seenSlugs = new Map<string, number>();
  const seenIds = new Set<number>();
  for (const entry of [...lock.questions, ...lock.retired]) {
    if (!Number.isInteger(entry.id) || entry.id < 1 || seenIds.has(entry.id)) {
      errors.push(new SourceError(file, undefined, `id ${String(entry.id)} ("${entry.title}") is not a unique positive integer`, 'give every entry its own number; never reuse a retired one'));
    }
    seenIds.add(entry.id);
    for (const slug of [entry.slug, ...(entry.formerSlugs ?? [])]) {
      if (typeof slug !== 'string' || !SLUG_FORMAT.test(slug)) {
        errors.push(new SourceError(file, undefined, `slug "${String(slug)}" of question ${entry.id} is not valid`, 'use lowercase letters, digits and single hyphens, like "decide-rto-rpo"'));
      } else if (seenSlugs.has(slug)) {
        errors.push(new SourceError(file, undefined, `slug "${slug}" is used by questions ${seenSlugs.get(slug)} and ${entry.id}`, 'give one of them another slug; keep the old one in its "formerSlugs"'));
      } else {
        seenSlugs.set(slug, entry.id);
      }
    }
  }
  throwIfAny(errors);
}
