import type { QuestionRecord, TopicRecord } from '../../../../contract/records.ts';
/**
 * Builds the two search index files from the generated question data, with
 * flexsearch's export. Pure: data in, data out; the plugin writes the files.
 */
import { Index } from 'flexsearch';
import { synonymGroups } from '../shared/config/synonyms.ts';
import { createEncoder } from '../shared/encoder.ts';
import { type FieldName, fieldsOfChunk, indexOptions } from '../shared/fields.ts';
import { compileSynonyms } from '../shared/query.ts';
import { type AnswersChunk, type ExportedIndex, INDEX_FORMAT, type QuestionsChunk } from '../shared/types.ts';
import { excerpt } from './excerpt.ts';

/** What the index needs of a question: a subset of docs/_generated/questions.json. */
/** The fields of the generator's records (contract/records.ts) search indexes. */
export type SearchableQuestion = Pick<QuestionRecord, 'id' | 'title' | 'permalink' | 'primaryTopic' | 'secondaryTopics' | 'answer' | 'keywords'>;
export type SearchableTopic = Pick<TopicRecord, 'id' | 'title' | 'permalink'>;

export interface SearchIndexFiles {
  readonly questions: QuestionsChunk;
  readonly answers: AnswersChunk;
}

export interface BuildOptions {
  readonly excerptLength: number;
}

function exportIndex(index: Index): ExportedIndex {
  const parts: Record<string, unknown> = {};
  // With a callback that returns nothing, flexsearch exports synchronously.
  index.export((key, data) => {
    parts[key] = JSON.parse(data);
  });
  return parts;
}

function fieldTexts(question: SearchableQuestion, topicTitle: (id: string) => string): Record<FieldName, string> {
  return {
    title: question.title,
    topics: [question.primaryTopic, ...question.secondaryTopics].map(topicTitle).join('\n'),
    keywords: question.keywords.join('\n'),
    answer: question.answer,
  };
}

function buildFields(chunk: 'questions' | 'answers', texts: readonly Record<FieldName, string>[]): Partial<Record<FieldName, ExportedIndex>> {
  const encoder = createEncoder();
  const fields: Partial<Record<FieldName, ExportedIndex>> = {};
  for (const field of fieldsOfChunk(chunk)) {
    const index = new Index({ ...indexOptions(field), encoder });
    // Dense page numbers (the position in `questions`) keep the exported id lists short.
    texts.forEach((text, page) => index.add(page, text[field.name]));
    fields[field.name] = exportIndex(index);
  }
  return fields;
}

export function buildSearchIndex(questions: readonly SearchableQuestion[], topics: readonly SearchableTopic[], options: BuildOptions): SearchIndexFiles {
  const titles = new Map(topics.map((topic) => [topic.id, topic.title]));
  const topicTitle = (id: string): string => {
    const title = titles.get(id);
    if (title === undefined) throw new Error(`question data names topic "${id}", which topics.json does not list`);
    return title;
  };
  const texts = questions.map((question) => fieldTexts(question, topicTitle));
  const topicPosition = new Map(topics.map((topic, position) => [topic.id, position]));
  return {
    questions: {
      format: INDEX_FORMAT,
      questions: {
        ids: questions.map((question) => question.id),
        titles: questions.map((question) => question.title),
        urls: questions.map((question) => question.permalink),
        topics: questions.map((question) => [question.primaryTopic, ...question.secondaryTopics].map((id) => topicPosition.get(id)!)),
      },
      topics: topics.map(({ id, title }) => ({ id, title })),
      synonyms: compileSynonyms(synonymGroups),
      fields: buildFields('questions', texts),
    },
    answers: {
      format: INDEX_FORMAT,
      excerpts: questions.map((question) => excerpt(question.answer, options.excerptLength)),
      fields: buildFields('answers', texts),
    },
  };
}
