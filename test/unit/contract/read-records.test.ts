/**
 * The contract's one reader of docs/_generated/: every field of every record
 * is checked, and a problem names the file, the record's line and the fix.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generatedDataFiles, readGeneratedRecords, readRedirects, readTopicRecords } from '../../../contract/read-records.ts';

const topic = {
  id: 't',
  title: 'T',
  description: 'About T.',
  permalink: '/topics/t',
  previewImage: '/img/og/topics/t.png',
  questionCount: 1,
  behaviouralCount: 0,
  questionIds: [1],
};
const question = {
  id: 1,
  number: 1,
  slug: 'q',
  permalink: '/questions/q',
  previewImage: '/img/og/q.png',
  title: 'Q?',
  primaryTopic: 't',
  secondaryTopics: [],
  kind: 'technical',
  answer: 'A.\nB',
  keywords: [],
  answerBlocks: [
    { kind: 'paragraph', text: 'A.' },
    { kind: 'list', ordered: false, items: ['B'] },
  ],
};

describe('reading the generated records', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Writes the files as the generator does; returns the questions file's lines. */
  const write = (questions: unknown, topics: unknown = [topic]): string[] => {
    dir = mkdtempSync(join(tmpdir(), 'generated-records-'));
    const text = `${JSON.stringify(questions, null, 2)}\n`;
    writeFileSync(join(dir, 'questions.json'), text);
    writeFileSync(join(dir, 'topics.json'), `${JSON.stringify(topics, null, 2)}\n`);
    return text.split('\n');
  };
  const read = () => readGeneratedRecords(generatedDataFiles(dir, '.'));
  /** 1-based line where the record at `position` starts. */
  const lineOfRecord = (lines: string[], position: number) =>
    lines.map((line, index) => [line, index + 1] as const).filter(([line]) => line === '  {')[position]![1];

  it('returns the questions and topics as written', () => {
    write([question]);
    expect(read()).toEqual({ questions: [question], topics: [topic] });
  });

  it('names the file, the line of the bad record and the fix', () => {
    const { keywords: _dropped, ...withoutKeywords } = question;
    const lines = write([question, withoutKeywords]);
    expect(() => read()).toThrow(
      new RegExp(`questions\\.json:${lineOfRecord(lines, 1)}: record 2 has no list of strings "keywords"\\. Run \`npm run generate\``),
    );
  });

  it.each([
    ['an unknown kind', { kind: 'technial' }, 'has no "behavioural" or "technical" "kind"'],
    ['an answer block of an unknown kind', { answerBlocks: [{ kind: 'table', rows: [] }] }, 'has no list of answer blocks "answerBlocks"'],
    ['a list block whose items are not text', { answerBlocks: [{ kind: 'list', ordered: true, items: [1] }] }, 'has no list of answer blocks "answerBlocks"'],
    ['a number written as text', { number: '1' }, 'has no number "number"'],
  ])('rejects %s', (_case, change, message) => {
    write([{ ...question, ...change }]);
    expect(() => read()).toThrow(message);
  });

  it('checks topics as well', () => {
    const { questionIds: _dropped, ...withoutIds } = topic;
    write([question], [withoutIds]);
    expect(() => read()).toThrow(/topics\.json:2: record 1 has no list of numbers "questionIds"/);
  });

  it('reads topics.json alone, checked the same way, without the questions', () => {
    write([question]);
    rmSync(join(dir, 'questions.json'));
    const { topicsFile } = generatedDataFiles(dir, '.');
    expect(readTopicRecords(topicsFile)).toEqual([topic]);
    const { questionCount: _dropped, ...withoutCount } = topic;
    writeFileSync(topicsFile, `${JSON.stringify([topic, withoutCount], null, 2)}\n`);
    expect(() => readTopicRecords(topicsFile)).toThrow(/topics\.json:14: record 2 has no number "questionCount"\. Run `npm run generate`/);
  });

  it('reports a topic that topics.json does not list', () => {
    const lines = write([{ ...question, secondaryTopics: ['gone'] }]);
    expect(() => read()).toThrow(new RegExp(`questions\\.json:${lineOfRecord(lines, 0)}: question 1 names topic "gone"`));
  });

  it('says how to create missing data', () => {
    dir = mkdtempSync(join(tmpdir(), 'generated-records-'));
    expect(() => read()).toThrow(/topics\.json: missing or unreadable\. Run `npm run generate`/);
    expect(() => readRedirects(dir)).toThrow(/redirects\.json: missing or unreadable\. Run `npm run generate`/);
  });

  it('says which file is not JSON', () => {
    write([question]);
    writeFileSync(join(dir, 'questions.json'), '[{');
    expect(() => read()).toThrow(/questions\.json: not valid JSON .*Run `npm run generate`/);
  });
});
