import type { RedirectRecord } from '../../../contract/records.ts';
import { questionPath } from '../../../contract/urls.ts';
import type { ClassifiedQuestion, SlottedQuestion } from '../../document-types.ts';
import { matchLockEntries } from './match-lock-entries.ts';
import { redirectsFor, retiredTarget } from './redirects.ts';
import { slugFromTitle, uniqueSlug } from './slug-from-title.ts';
import { normaliseEntry, validateLock, type LockedQuestion, type SlugLock } from './slug-lock.ts';

export interface SlugAssignment {
  readonly questions: SlottedQuestion[];
  readonly lock: SlugLock;
  readonly redirects: RedirectRecord[];
  /** Human-readable lines for --verbose: new, reworded and retired questions. */
  readonly changes: string[];
}

/**
 * Gives every question its URL and short-link number: the locked ones for
 * questions the lock recognises, fresh ones (never reused) for new questions.
 * Retires entries whose question is gone, and returns the next lock and the
 * redirects that keep every published URL alive.
 */
export function assignSlugs(questions: readonly ClassifiedQuestion[], lock: SlugLock, lockFile: string, topicIds: readonly string[]): SlugAssignment {
  validateLock(lock, lockFile);
  const changes: string[] = [];
  const { entryFor, unmatched, reworded } = matchLockEntries(questions, lock.questions);
  for (const { question, entry } of reworded) {
    changes.push(`reworded: question ${question.number} keeps /q/${entry.id} and ${questionPath(entry.slug)}`);
  }

  const usedSlugs = new Set<string>([...lock.questions, ...lock.retired].flatMap((entry) => [entry.slug, ...(entry.formerSlugs ?? [])]));
  let nextId = Math.max(0, ...[...lock.questions, ...lock.retired].map((entry) => entry.id)) + 1;
  for (const question of questions) {
    if (entryFor.has(question)) continue;
    const slug = uniqueSlug(question.preferredSlug ?? slugFromTitle(question.title), usedSlugs);
    usedSlugs.add(slug);
    const entry: LockedQuestion = { id: nextId++, slug, title: question.title, topic: question.classification.primary };
    entryFor.set(question, entry);
    changes.push(`new: question ${question.number} gets /q/${entry.id} and ${questionPath(slug)}`);
  }

  const newlyRetired = [...unmatched];
  for (const entry of newlyRetired) {
    changes.push(`retired: ${questionPath(entry.slug)} ("${entry.title}") now redirects to ${retiredTarget(entry, topicIds)}`);
  }

  const slotted = questions.map((question): SlottedQuestion => {
    const entry = entryFor.get(question)!;
    return { ...question, id: entry.id, slug: entry.slug };
  });

  const activeEntries = questions.map((question): LockedQuestion => ({
    ...entryFor.get(question)!,
    title: question.title,
    topic: question.classification.primary,
  }));
  const retired = [...lock.retired, ...newlyRetired].sort((a, b) => a.id - b.id);
  const nextLock: SlugLock = {
    version: 1,
    questions: activeEntries.sort((a, b) => a.id - b.id).map(normaliseEntry),
    retired: retired.map(normaliseEntry),
  };

  return { questions: slotted, lock: nextLock, redirects: redirectsFor(activeEntries, retired, topicIds), changes };
}
