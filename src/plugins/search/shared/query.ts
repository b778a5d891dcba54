/**
 * A query becomes slots: one per thing the reader asked for. A slot is a
 * word, or a phrase from the synonym groups together with its equivalents
 * ("rto" → rto | recovery time objective). A page matches a slot when it
 * matches any of the slot's alternatives; ranking then favours pages that
 * match every slot.
 */
import { analyze, joinCompounds, normalizeText, stems, WORD_SEPARATOR, type Term } from './analyze.ts';

export interface QueryWord extends Term {
  /**
   * Typed by the reader, as opposed to a synonym the search added. Only typed
   * words are completed as prefixes or corrected as typos.
   */
  readonly typed: boolean;
  /** The word still being typed: the query's last word, with no space after it. */
  readonly last: boolean;
}

export interface Alternative {
  readonly words: readonly QueryWord[];
  /** 1 for what the reader typed, less for an equivalent the search added. */
  readonly weight: number;
}

export interface QuerySlot {
  /** The slot's words as typed (normalised), for suggestions and debugging. */
  readonly label: string;
  readonly alternatives: readonly Alternative[];
}

/** An equivalent counts a little less than the reader's own word, so a page using their word wins a tie. */
const SYNONYM_WEIGHT = 0.9;

interface SynonymEntry {
  readonly stems: readonly string[];
  readonly group: number;
}

/** Synonym groups as stems: each group a list of entries, each entry the stems of its words. */
export type CompiledSynonyms = readonly (readonly (readonly string[])[])[];

/** Done at build time and shipped with the index, so the browser does not analyse the groups on every page. */
export function compileSynonyms(groups: readonly (readonly string[])[]): CompiledSynonyms {
  return groups.map((entries) =>
    uniqueBy(
      entries.map(stems).filter((entryStems) => entryStems.length > 0),
      (entryStems) => entryStems.join(' '),
    ),
  );
}

/** Matches the longest synonym entry at each position of a query. */
export class SynonymTable {
  private readonly byFirstStem = new Map<string, SynonymEntry[]>();

  constructor(private readonly groups: CompiledSynonyms) {
    groups.forEach((entries, group) => {
      for (const entryStems of entries) {
        const list = this.byFirstStem.get(entryStems[0]!) ?? [];
        list.push({ stems: entryStems, group });
        list.sort((a, b) => b.stems.length - a.stems.length);
        this.byFirstStem.set(entryStems[0]!, list);
      }
    });
  }

  /** The longest entry that starts at `terms[start]`, with every entry of its group. */
  match(terms: readonly Term[], start: number): { length: number; entries: readonly (readonly string[])[] } | undefined {
    for (const entry of this.byFirstStem.get(terms[start]!.stem) ?? []) {
      if (entry.stems.every((entryStem, offset) => terms[start + offset]?.stem === entryStem)) {
        return { length: entry.stems.length, entries: this.groups[entry.group]! };
      }
    }
    return undefined;
  }
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const value = key(item);
    if (seen.has(value)) return false;
    seen.add(value);
    return true;
  });
}

function endsInsideWord(query: string): boolean {
  const normalized = joinCompounds(normalizeText(query));
  return normalized.length > 0 && !WORD_SEPARATOR.test(normalized.slice(-1));
}

export function parseQuery(query: string, synonyms: SynonymTable): QuerySlot[] {
  const terms = analyze(query);
  const lastIsTyping = endsInsideWord(query);
  const typedWord = (term: Term, index: number): QueryWord => ({ ...term, typed: true, last: lastIsTyping && index === terms.length - 1 });
  const slots: QuerySlot[] = [];
  for (let index = 0; index < terms.length;) {
    const synonym = synonyms.match(terms, index);
    if (synonym) {
      const typed = terms.slice(index, index + synonym.length);
      const typedKey = typed.map((term) => term.stem).join(' ');
      slots.push({
        label: typed.map((term) => term.surface).join(' '),
        alternatives: synonym.entries.map((entryStems) =>
          entryStems.join(' ') === typedKey
            ? // A complete synonym is a whole word: matched exactly, never completed.
              { words: typed.map((term) => ({ ...term, typed: false, last: false })), weight: 1 }
            : { words: entryStems.map((entryStem) => ({ surface: entryStem, stem: entryStem, typed: false, last: false })), weight: SYNONYM_WEIGHT },
        ),
      });
      index += synonym.length;
    } else {
      slots.push({ label: terms[index]!.surface, alternatives: [{ words: [typedWord(terms[index]!, index)], weight: 1 }] });
      index += 1;
    }
  }
  return uniqueBy(slots, (slot) => slot.alternatives.map((alternative) => alternative.words.map((word) => word.stem).join(' ')).join('|'));
}
