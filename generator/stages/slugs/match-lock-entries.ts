import { FILLER_WORDS } from './filler-words.ts';
import type { LockedQuestion } from './slug-lock.ts';

/** Two titles this similar (word-set Jaccard) are the same question reworded. */
const REWORD_SIMILARITY = 0.5;

export interface LockMatches<Question> {
  /** The lock entry each recognised question keeps its URL and number from. */
  readonly entryFor: Map<Question, LockedQuestion>;
  /** Entries no question matched: their question was removed. */
  readonly unmatched: Set<LockedQuestion>;
  /** The matches made by similarity rather than the same title, in the order they were made. */
  readonly reworded: readonly { readonly question: Question; readonly entry: LockedQuestion }[];
}

/**
 * Recognises questions the lock already knows: first by the same title
 * (ignoring case and spacing), then, among the rest, by the most similar
 * title, so rewording a question keeps its URL.
 */
export function matchLockEntries<Question extends { readonly title: string }>(
  questions: readonly Question[],
  entries: readonly LockedQuestion[],
): LockMatches<Question> {
  const entryFor = new Map<Question, LockedQuestion>();
  const unmatched = new Set(entries);

  for (const question of questions) {
    const key = normaliseTitle(question.title);
    const entry = [...unmatched].find((candidate) => normaliseTitle(candidate.title) === key);
    if (entry) {
      entryFor.set(question, entry);
      unmatched.delete(entry);
    }
  }

  const reworded: { question: Question; entry: LockedQuestion }[] = [];
  const rewordCandidates = questions
    .filter((question) => !entryFor.has(question))
    .flatMap((question) => [...unmatched].map((entry) => ({ question, entry, similarity: titleSimilarity(question.title, entry.title) })))
    .filter((pair) => pair.similarity >= REWORD_SIMILARITY)
    .sort((a, b) => b.similarity - a.similarity || a.entry.id - b.entry.id);
  for (const { question, entry } of rewordCandidates) {
    if (entryFor.has(question) || !unmatched.has(entry)) continue;
    entryFor.set(question, entry);
    unmatched.delete(entry);
    reworded.push({ question, entry });
  }
  return { entryFor, unmatched, reworded };
}

function normaliseTitle(title: string): string {
  return title.toLowerCase().replace(/\s+/g, ' ').trim();
}

function titleWords(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 2 && !FILLER_WORDS.has(word)),
  );
}

function titleSimilarity(a: string, b: string): number {
  const left = titleWords(a);
  const right = titleWords(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  const union = new Set([...left, ...right]).size;
  return union === 0 ? 0 : shared / union;
}
