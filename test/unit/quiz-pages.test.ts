import { readFileSync } from 'node:fs';
import { slugOfQuizPath } from '../../contract/urls.ts';
import { describe, expect, it } from 'vitest';
import {
  quizDataFiles,
  quizPages,
  quizPagesBySlug,
  type QuizPage,
  type QuizSourceQuestion,
  type QuizSourceTopic,
} from '../../src/plugins/quiz/server/quiz-pages.ts';

const topics: QuizSourceTopic[] = [{ id: 'disaster-recovery', title: 'Disaster recovery', permalink: '/topics/disaster-recovery' }];
const question: QuizSourceQuestion = {
  id: 17,
  slug: 'rto-rpo',
  permalink: '/questions/rto-rpo',
  title: 'How do you decide RTO and RPO?',
  primaryTopic: 'disaster-recovery',
  kind: 'technical',
  previewImage: '/img/og/rto-rpo.png',
  answerBlocks: [
    { kind: 'paragraph', text: 'Start from the business impact of downtime.' },
    { kind: 'list', ordered: false, items: ['Ask what an hour of outage costs.'] },
  ],
};

describe('quiz pages', () => {
  it('live at /quiz/<slug> and carry the question, its topic and its page, but none of its answer', () => {
    const [page] = quizPages([question], topics);
    expect(page!.path).toBe('/quiz/rto-rpo');
    const { answerPath, ...shown } = page!.data;
    expect(shown).toEqual({
      questionId: 17,
      title: 'How do you decide RTO and RPO?',
      questionPath: '/questions/rto-rpo',
      topicTitle: 'Disaster recovery',
      topicPath: '/topics/disaster-recovery',
      kind: 'technical',
      previewImage: '/img/og/rto-rpo.png',
    });
    // Where the answer is fetched from on reveal: a hashed folder of the build (contract/urls.ts, quizAnswerPath).
    expect(answerPath).toMatch(/^\/assets\/quiz-answers\.[0-9a-f]{8}\/17\.json$/);
    expect(JSON.stringify(page!.data)).not.toMatch(/business impact|hour of outage/);
  });

  it("on the real questions: no quiz page's data holds any sentence of any answer", () => {
    const real = JSON.parse(readFileSync('docs/_generated/questions.json', 'utf8')) as QuizSourceQuestion[];
    const realTopics = JSON.parse(readFileSync('docs/_generated/topics.json', 'utf8')) as QuizSourceTopic[];
    // The one module every quiz page loads.
    const data = JSON.stringify(quizPagesBySlug(quizPages(real, realTopics)));
    const sentences = real.flatMap((entry) =>
      entry.answerBlocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.items)).flatMap((text) => text.split(/(?<=[.!?])\s+/)),
    );
    expect(sentences.length).toBeGreaterThan(100);
    expect(sentences.filter((sentence) => sentence.length > 12 && data.includes(JSON.stringify(sentence).slice(1, -1)))).toEqual([]);
  });

  it('are found by the slug their path ends with, under any base URL', () => {
    const bySlug = quizPagesBySlug(quizPages([question], topics));
    expect(Object.keys(bySlug)).toEqual(['rto-rpo']);
    expect(bySlug[slugOfQuizPath('/sre/quiz/rto-rpo')]?.questionId).toBe(17);
  });

  it('name a topic that exists, or say how to fix the data', () => {
    expect(() => quizPages([{ ...question, primaryTopic: 'nope' }], topics)).toThrowErrorMatchingInlineSnapshot(
      `[Error: question 17 names topic "nope", which topics.json does not list. Run \`npm run generate\`.]`,
    );
  });
});

describe('the answer files', () => {
  const other: QuizSourceQuestion = { ...question, id: 18, slug: 'other', answerBlocks: [{ kind: 'paragraph', text: 'Another answer.' }] };
  const [first, second] = quizPages([question, other], topics) as [QuizPage, QuizPage];

  it('hold one answer each, at the path its page fetches, under the build folder', () => {
    expect(first.answerFile.path).toBe(first.data.answerPath.slice(1));
    expect(JSON.parse(first.answerFile.text)).toEqual({ questionId: 17, blocks: question.answerBlocks });
    expect(JSON.parse(second.answerFile.text)).toEqual({ questionId: 18, blocks: other.answerBlocks });
    expect(second.data.answerPath).toMatch(/^\/assets\/quiz-answers\.[0-9a-f]{8}\/18\.json$/);
  });

  it('share a folder whose name changes when any answer changes, and only then', () => {
    const folder = (pages: readonly QuizPage[]) => pages.map((page) => page.data.answerPath.replace(/\/[^/]+$/, ''));
    const [version] = folder([first]);
    expect(folder([first, second])).toEqual([version, version]);
    // Same answers, same folder: a host may cache the files for good.
    expect(folder(quizPages([question, other], topics))).toEqual([version, version]);
    // Negative control: one word of the second answer changed moves both answers to a new folder.
    const edited = quizPages([question, { ...other, answerBlocks: [{ kind: 'paragraph', text: 'Another answer!' }] }], topics);
    expect(new Set(folder(edited)).size).toBe(1);
    expect(folder(edited)[0]).not.toBe(version);
  });
});

describe('the quiz pages’ data files', () => {
  const pages = quizPages(
    Array.from({ length: 7 }, (_, index) => ({ ...question, id: index + 1, slug: `q${index + 1}` })),
    topics,
  );
  const files = quizDataFiles(pages, 3);

  it('hold the pages in order, a given number per file, the last one the rest', () => {
    expect(files.map(({ file, pages: inFile }) => [file, inFile.map((page) => page.path)])).toEqual([
      ['quiz-pages-0.json', ['/quiz/q1', '/quiz/q2', '/quiz/q3']],
      ['quiz-pages-1.json', ['/quiz/q4', '/quiz/q5', '/quiz/q6']],
      ['quiz-pages-2.json', ['/quiz/q7']],
    ]);
  });

  it('put every page in exactly one file (negative control: a page left out is missed)', () => {
    const inFiles = files.flatMap((file) => file.pages.map((page) => page.path));
    expect(inFiles).toEqual(pages.map((page) => page.path));
    expect(inFiles.slice(1)).not.toEqual(pages.map((page) => page.path));
  });

  it('are one file while the pages fit it, and none without pages', () => {
    expect(quizDataFiles(pages).map(({ file }) => file)).toEqual(['quiz-pages-0.json']);
    expect(quizDataFiles([])).toEqual([]);
  });

  it('refuse a file size that is not a whole number of at least 1', () => {
    expect(() => quizDataFiles(pages, 0)).toThrowErrorMatchingInlineSnapshot(`[Error: quiz pages per data file must be a whole number of at least 1, not 0]`);
    expect(() => quizDataFiles(pages, 2.5)).toThrowErrorMatchingInlineSnapshot(
      `[Error: quiz pages per data file must be a whole number of at least 1, not 2.5]`,
    );
  });
});
