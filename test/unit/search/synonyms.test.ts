/**
 * The synonym groups (src/plugins/search/shared/config/synonyms.ts) work in
 * both directions: a page that uses any entry is found by every other entry.
 * Checked for every group of the real configuration, on pages made for it.
 */
import { describe, expect, it } from 'vitest';
import { stems } from '../../../src/plugins/search/shared/analyze.ts';
import { synonymGroups } from '../../../src/plugins/search/shared/config/synonyms.ts';
import { compileSynonyms, parseQuery, SynonymTable } from '../../../src/plugins/search/shared/query.ts';
import { question, searcherFor, titles } from '../../helpers/search.ts';

describe('the synonym configuration', () => {
  it('has no entry made only of stopwords (it could never match)', () => {
    for (const group of synonymGroups) for (const entry of group) expect(stems(entry), `"${entry}"`).not.toEqual([]);
  });

  it('lists each entry in one group only, so a query has one meaning', () => {
    const owner = new Map<string, number>();
    synonymGroups.forEach((group, index) => {
      for (const entry of group) {
        const key = stems(entry).join(' ');
        expect(owner.get(key) ?? index, `"${entry}" is in groups ${owner.get(key)} and ${index}`).toBe(index);
        owner.set(key, index);
      }
    });
  });
});

describe.each(synonymGroups.map((group) => [group.join(' | '), group] as const))('synonym group %s', (_name, group) => {
  // One page per entry, each using only that entry, among pages that use none.
  const pages = group.map((entry, index) => question(`Question ${index} about ${entry}`, `The answer talks about ${entry} at length.`));
  const others = [question('Unrelated question about coffee', 'Espresso and milk.'), question('Another one about tea', 'Green tea.')];
  const searcher = searcherFor([...pages, ...others]);

  it.each(group.map((entry) => [entry]))('searching "%s" finds the pages of every entry', (entry) => {
    const found = titles(searcher, entry);
    for (const page of pages) expect(found, `"${entry}" should find "${page.title}"`).toContain(page.title);
    for (const other of others) expect(found).not.toContain(other.title);
  });
});

describe('query parsing', () => {
  const table = new SynonymTable(compileSynonyms(synonymGroups));

  it('reads a multi-word entry as one slot with its equivalents, the typed one first in weight', () => {
    const [slot, ...rest] = parseQuery('recovery time objectives for databases', table);
    expect(rest.map((other) => other.label)).toEqual(['databases']);
    const alternatives = slot!.alternatives.map((alternative) => [alternative.words.map((word) => word.stem).join(' '), alternative.weight]);
    expect(alternatives).toContainEqual([stems('recovery time objective').join(' '), 1]);
    expect(alternatives).toContainEqual(['rto', expect.any(Number)]);
    expect(Math.max(...alternatives.filter(([text]) => text === 'rto').map(([, weight]) => weight as number))).toBeLessThan(1);
  });

  it('marks only the last word, with no space after it, as being typed', () => {
    expect(parseQuery('canary deplo', table).map((slot) => slot.alternatives[0]!.words[0]!.last)).toEqual([false, true]);
    expect(parseQuery('canary deplo ', table).map((slot) => slot.alternatives[0]!.words[0]!.last)).toEqual([false, false]);
  });
});
