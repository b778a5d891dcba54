import { editDistance } from './edit-distance.ts';

/**
 * Every index key (stem) of the loaded fields, sorted, for the matching that
 * flexsearch's exact lookups cannot do by themselves: completing a prefix
 * while the reader types, and finding the nearest word for a typo.
 */
export class Vocabulary {
  private readonly terms: readonly string[];
  private readonly known: ReadonlySet<string>;

  constructor(terms: Iterable<string>) {
    this.known = new Set(terms);
    this.terms = [...this.known].sort();
  }

  get size(): number {
    return this.terms.length;
  }

  has(term: string): boolean {
    return this.known.has(term);
  }

  /** Terms that start with `prefix` and are longer than it, in alphabetical order, at most `limit`. */
  completions(prefix: string, limit: number): string[] {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.terms[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let index = low; index < this.terms.length && found.length < limit; index++) {
      const term = this.terms[index]!;
      if (!term.startsWith(prefix)) break;
      if (term !== prefix) found.push(term);
    }
    return found;
  }

  /** Terms within `maxDistance` edits of `word` (never `word` itself), nearest first. */
  nearest(word: string, maxDistance: number): { term: string; distance: number }[] {
    const found: { term: string; distance: number }[] = [];
    for (const term of this.terms) {
      if (term === word) continue;
      const distance = editDistance(word, term, maxDistance);
      if (distance <= maxDistance) found.push({ term, distance });
    }
    return found.sort((a, b) => a.distance - b.distance || (a.term < b.term ? -1 : 1));
  }
}
