/**
 * What /study downloads of the questions (src/plugins/study-data): the fields a session uses, picked from the
 * generator's records; on the real questions, none of the answer's Markdown text, keywords or image paths.
 */
import { describe, expect, it } from 'vitest';
import { generatedDataFiles, readGeneratedRecords } from '../../contract/read-records.ts';
import { SITE_DATA_DIR } from '../../contract/records.ts';
import { studyData } from '../../src/plugins/study-data/server/study-data.ts';

const { questions, topics } = readGeneratedRecords(generatedDataFiles('.', SITE_DATA_DIR));

describe('the study data', () => {
  const data = studyData(questions, topics);

  it('has every question and topic, in order, with the fields a session uses', () => {
    expect(data.questions.map((question) => question.id)).toEqual(questions.map((question) => question.id));
    expect(Object.keys(data.questions[0]!).sort()).toEqual(['answerBlocks', 'id', 'kind', 'number', 'permalink', 'primaryTopic', 'title']);
    expect(data.questions[6]).toEqual({
      id: questions[6]!.id,
      number: questions[6]!.number,
      permalink: questions[6]!.permalink,
      title: questions[6]!.title,
      primaryTopic: questions[6]!.primaryTopic,
      kind: questions[6]!.kind,
      answerBlocks: questions[6]!.answerBlocks,
    });
    expect(data.topics).toEqual(topics.map(({ id, title, questionIds }) => ({ id, title, questionIds })));
  });

  it('leaves out what no session shows: the answer as Markdown text, keywords, slugs and preview images', () => {
    const text = JSON.stringify(data);
    // Negative control: the records it is made from do carry them.
    expect(JSON.stringify(questions)).toContain('"keywords"');
    for (const field of ['"answer"', '"keywords"', '"slug"', '"previewImage"', '"secondaryTopics"']) expect(text).not.toContain(field);
    expect(text.length).toBeLessThan(JSON.stringify(questions).length * 0.75);
  });
});
