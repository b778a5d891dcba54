/**
 * The search engine in the browser: imports the index files the build
 * exported from flexsearch, and answers queries. Loaded lazily (it brings
 * flexsearch with it), never in a page's first load.
 */
import { Index } from 'flexsearch';
import { expandWord, type Candidate } from './expand.ts';
import { FIELDS, type FieldName, type FieldSpec, indexOptions, type SearchScope } from './fields.ts';
import { highlight } from './highlight.ts';
import { parseQuery, type QueryWord, SynonymTable } from './query.ts';
import { matchedTerms, rankPages, scoreSlot, type TermLookup } from './score.ts';
import { spellingSuggestion, titleWords } from './suggest.ts';
import { filterByTopic, inTopic } from './topic-filter.ts';
import { type AnswersChunk, type ExportedIndex, INDEX_FORMAT, type QuestionsChunk, type Segment, type StoredQuestion, type TopicLabel } from './types.ts';
import { Vocabulary } from './vocabulary.ts';

export interface SearchRequest {
  readonly query: string;
  /** `question` searches titles and topics only and returns no excerpts (study mode). Default `all`. */
  readonly scope?: SearchScope;
  /** A topic id: only questions in that topic (primary or also touching on it). */
  readonly topic?: string;
  /** At most this many hits. Default: all. */
  readonly limit?: number;
}

export interface SearchHit {
  readonly question: StoredQuestion;
  readonly score: number;
  readonly title: readonly Segment[];
  /** Absent in the `question` scope, which must not reveal answers. */
  readonly excerpt?: readonly Segment[];
}

export type Suggestion =
  /** Nothing in the chosen topic, but results in others. */
  | { readonly kind: 'other-topics'; readonly total: number }
  /** A respelled query that finds something. */
  | { readonly kind: 'spelling'; readonly query: string };

export interface SearchOutcome {
  readonly hits: readonly SearchHit[];
  /** Results in the chosen topic, before the limit. */
  readonly total: number;
  /** Results per topic id, before the topic filter: the counts on the topic chips. */
  readonly topicCounts: ReadonlyMap<string, number>;
  /** Results in all topics, before the topic filter. */
  readonly totalInAllTopics: number;
  readonly suggestion?: Suggestion;
  /** False while the answer text is still loading: the results may still change. */
  readonly complete: boolean;
}

/** The browser receives encoded terms; encoding them again would stem twice. */
const alreadyEncoded = (term: string): string[] => [term];

/** The index keys of one exported flexsearch index (the keys of its `map` parts). */
export function exportedTerms(exported: ExportedIndex): string[] {
  const terms: string[] = [];
  for (const [key, data] of Object.entries(exported)) {
    if (!key.endsWith('map') || !Array.isArray(data)) continue;
    for (const entry of data as unknown[]) if (Array.isArray(entry) && typeof entry[0] === 'string') terms.push(entry[0]);
  }
  return terms;
}

function importIndex(field: FieldSpec, exported: ExportedIndex): Index {
  const index = new Index({ ...indexOptions(field), encode: alreadyEncoded });
  for (const [key, data] of Object.entries(exported)) index.import(key, data as string);
  return index;
}

function checkFormat(chunk: { format?: unknown }, name: string): void {
  if (chunk.format !== INDEX_FORMAT) {
    throw new Error(`The search index file "${name}" has format ${String(chunk.format)}, this page expects ${INDEX_FORMAT}: reload the page.`);
  }
}

export class Searcher {
  readonly topics: readonly TopicLabel[];
  /** By page number. */
  private questions: readonly StoredQuestion[];
  private readonly indexes = new Map<FieldName, Index>();
  private readonly terms = new Map<FieldName, string[]>();
  private readonly vocabularies = new Map<SearchScope, Vocabulary>();
  private readonly synonyms: SynonymTable;
  private titleWords: ReadonlySet<string> | undefined;

  constructor(chunk: QuestionsChunk) {
    checkFormat(chunk, 'questions');
    this.topics = chunk.topics;
    const { ids, titles, urls, topics } = chunk.questions;
    this.questions = ids.map((id, page) => ({
      id,
      title: titles[page]!,
      url: urls[page]!,
      topics: topics[page]!.map((position) => chunk.topics[position]!.id),
    }));
    this.synonyms = new SynonymTable(chunk.synonyms);
    this.addFields(chunk.fields);
  }

  addAnswers(chunk: AnswersChunk): void {
    checkFormat(chunk, 'answers');
    this.questions = this.questions.map((question, page) => ({ ...question, excerpt: chunk.excerpts[page] }));
    this.addFields(chunk.fields);
  }

  /** Whether every field the scope searches has arrived. */
  isComplete(scope: SearchScope = 'all'): boolean {
    return this.fieldsIn(scope).length === FIELDS.filter((field) => field.scopes.includes(scope)).length;
  }

  search(request: SearchRequest): SearchOutcome {
    const scope = request.scope ?? 'all';
    const { ranked, terms } = this.rank(request.query, scope);
    const { kept: inChosenTopic, counts: topicCounts } = filterByTopic(ranked, (result) => this.questions[result.page]!, request.topic);
    const limited = request.limit === undefined ? inChosenTopic : inChosenTopic.slice(0, request.limit);
    const hits = limited.map(({ page, score }): SearchHit => {
      const question = this.questions[page]!;
      return {
        question,
        score,
        title: highlight(question.title, terms),
        ...(scope === 'all' && question.excerpt !== undefined ? { excerpt: highlight(question.excerpt, terms) } : {}),
      };
    });
    const complete = this.isComplete(scope);
    return {
      hits,
      total: inChosenTopic.length,
      topicCounts,
      totalInAllTopics: ranked.length,
      // Until the answers arrive, "nothing found" may not last: no suggestion yet.
      suggestion: hits.length > 0 || !complete ? undefined : this.suggest(request, scope, ranked.length),
      complete,
    };
  }

  private addFields(fields: QuestionsChunk['fields']): void {
    for (const field of FIELDS) {
      const exported = fields[field.name];
      if (!exported) continue;
      this.indexes.set(field.name, importIndex(field, exported));
      this.terms.set(field.name, exportedTerms(exported));
    }
    this.vocabularies.clear();
  }

  private fieldsIn(scope: SearchScope): FieldSpec[] {
    return FIELDS.filter((field) => field.scopes.includes(scope) && this.indexes.has(field.name));
  }

  private vocabulary(scope: SearchScope): Vocabulary {
    let vocabulary = this.vocabularies.get(scope);
    if (!vocabulary) {
      vocabulary = new Vocabulary(this.fieldsIn(scope).flatMap((field) => this.terms.get(field.name) ?? []));
      this.vocabularies.set(scope, vocabulary);
    }
    return vocabulary;
  }

  // Unresolved, flexsearch returns the pages per position slot instead of one flat list.
  private readonly lookup: TermLookup = (field, term) => (this.indexes.get(field.name)?.search(term, { resolve: false }).result ?? []) as number[][];

  private rank(query: string, scope: SearchScope) {
    const fields = this.fieldsIn(scope);
    const vocabulary = this.vocabulary(scope);
    const expansions = new Map<QueryWord, readonly Candidate[]>();
    const expand = (word: QueryWord) => {
      let candidates = expansions.get(word);
      if (!candidates) expansions.set(word, (candidates = expandWord(word, vocabulary)));
      return candidates;
    };
    const slots = parseQuery(query, this.synonyms).map((slot) => scoreSlot(slot, fields, expand, this.lookup, this.questions.length));
    return { ranked: rankPages(slots, this.questions.length), terms: matchedTerms(slots) };
  }

  private suggest(request: SearchRequest, scope: SearchScope, totalInAllTopics: number): Suggestion | undefined {
    if (totalInAllTopics > 0) return { kind: 'other-topics', total: totalInAllTopics };
    const vocabulary = this.vocabulary(scope);
    const unmatched = new Set(
      parseQuery(request.query, this.synonyms)
        .filter((slot) => slot.alternatives.every((alternative) => alternative.words.every((word) => expandWord(word, vocabulary).length === 0)))
        .map((slot) => slot.label),
    );
    // Only needed when a search finds nothing, so not computed while the engine loads.
    this.titleWords ??= titleWords([...this.questions.map((question) => question.title), ...this.topics.map((topic) => topic.title)]);
    const respelled = spellingSuggestion(request.query, unmatched, this.titleWords);
    if (respelled === undefined || respelled === request.query) return undefined;
    const found = this.rank(respelled, scope).ranked.some((result) => inTopic(this.questions[result.page]!, request.topic));
    return found ? { kind: 'spelling', query: respelled } : undefined;
  }
}

export function createSearcher(questions: QuestionsChunk): Searcher {
  return new Searcher(questions);
}
