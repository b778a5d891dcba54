/**
 * "Did you mean": when a query finds nothing, each word that matched nothing
 * is replaced by the nearest word the questions' titles use, with more
 * tolerance than the search itself allows (that would add noise to every
 * search; a suggestion is only offered, and only when it finds something).
 */
import { analyze } from './analyze.ts';
import { editDistance } from './edit-distance.ts';

/** Words of at least this length may be two edits away from the suggestion. */
const TWO_EDITS_FROM_LENGTH = 6;
const MIN_WORD_LENGTH = 3;

/** Title words as readers write them (normalised, not stemmed): what a suggestion may offer. */
export function titleWords(titles: readonly string[]): Set<string> {
  return new Set(titles.flatMap((title) => analyze(title).map((term) => term.surface)));
}

/**
 * The query with every word in `unmatched` replaced by its nearest title word,
 * or undefined when some unmatched word has no near title word.
 */
export function spellingSuggestion(query: string, unmatched: ReadonlySet<string>, words: ReadonlySet<string>): string | undefined {
  if (unmatched.size === 0) return undefined;
  const replacements = new Map<string, string>();
  for (const word of unmatched) {
    if (word.length < MIN_WORD_LENGTH) return undefined;
    const maxDistance = word.length >= TWO_EDITS_FROM_LENGTH ? 2 : 1;
    let best: { word: string; distance: number } | undefined;
    for (const candidate of words) {
      const distance = editDistance(word, candidate, maxDistance);
      if (distance <= maxDistance && (!best || distance < best.distance || (distance === best.distance && candidate < best.word))) {
        best = { word: candidate, distance };
      }
    }
    if (!best) return undefined;
    replacements.set(word, best.word);
  }
  return analyze(query)
    .map((term) => replacements.get(term.surface) ?? term.surface)
    .join(' ');
}
