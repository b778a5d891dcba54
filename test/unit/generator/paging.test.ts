/**
 * Long lists are cut into pages (contract/urls.ts, PAGING): the URL rules,
 * and what the generator makes of a topic with hundreds of questions: topic
 * pages that link to each other, sidebar sub-groups. The real 52 questions
 * stay on one page each (negative control: nothing is cut below the thresholds).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SidebarCategoryRecord, TopicRecord } from '../../../contract/records.ts';
import { docIds, PAGING, pageCount, pages, printSheetPath, sidebarGrouping, topicPath } from '../../../contract/urls.ts';
import { siteTaxonomy } from '../../../generator/config/site-taxonomy.ts';
import { parseLock } from '../../../generator/stages/slugs/slug-lock.ts';
import { printSheets } from '../../../src/plugins/previews-and-downloads/server/print-sheets.ts';
import { syntheticSource } from '../../../tooling/bench/synthetic-source.ts';
import { generateFromText } from '../../helpers/run-generator.ts';

describe('page counts and paged URLs', () => {
  it.each([
    [0, 50, 1],
    [1, 50, 1],
    [50, 50, 1],
    [51, 50, 2],
    [1500, 50, 30],
    [1501, 100, 16],
  ])('%i items at %i a page fill %i pages', (items, perPage, expected) => expect(pageCount(items, perPage)).toBe(expected));

  // Written-down cases: sub-groups of 25; past 12 sub-groups (300 questions), sections of ⌈√(sub-groups)⌉ sub-groups.
  it.each([
    [10, undefined],
    [300, undefined],
    [301, 4], // 13 sub-groups
    [625, 5], // 25
    [1500, 8], // 60
    [1627, 9], // 66
    [10000, 20], // 400
  ])('a topic of %i questions has sections of %s sub-groups of 25 in the sidebar', (questions, groupsPerSection) =>
    expect(sidebarGrouping(questions)).toEqual(groupsPerSection === undefined ? { perGroup: 25 } : { perGroup: 25, groupsPerSection }),
  );

  it('cuts items in order, the last page holding the rest, and an empty list into one empty page', () => {
    expect(pages([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages([], 2)).toEqual([[]]);
  });

  it('keeps page 1 at the URL published before paging, and adds /<n> for later pages', () => {
    expect(topicPath('observability')).toBe('/topics/observability');
    expect(topicPath('observability', 1)).toBe('/topics/observability');
    expect(topicPath('observability', 2)).toBe('/topics/observability/2');
    expect(printSheetPath()).toBe('/print/all');
    expect(printSheetPath('all', 3)).toBe('/print/all/3');
    expect(printSheetPath('observability', 2)).toBe('/print/observability/2');
    expect(docIds.topic('observability')).toBe('topics/observability');
    expect(docIds.topic('observability', 2)).toBe('topics/observability/2');
  });

  it('refuses a page that is not a whole number from 1, and a page size below 1 (negative controls)', () => {
    expect(() => topicPath('x', 0)).toThrow(/page 0 of \/topics\/x/);
    expect(() => printSheetPath('all', 1.5)).toThrow(/page 1.5/);
    expect(() => pageCount(10, 0)).toThrow(/page size 0/);
  });
});

const repo = join(import.meta.dirname, '../../..');
const realLock = parseLock(readFileSync(join(repo, 'source/slugs.lock.json'), 'utf8'), 'source/slugs.lock.json');
const json = <T>(files: Map<string, string>, name: string) => JSON.parse(files.get(`_generated/${name}`)!) as T;
const answersIn = (mdx: string) => (mdx.match(/<Answer questionId=/g) ?? []).length;

describe('the real 52 questions', () => {
  const { files } = generateFromText(readFileSync(join(repo, 'source/sre-interview-questions.txt')), { lock: realLock, taxonomy: siteTaxonomy });
  const topics = json<TopicRecord[]>(files, 'topics.json');

  it('are below every threshold, so nothing is cut', () => {
    const largest = Math.max(...topics.map((topic) => topic.questionCount));
    for (const threshold of Object.values(PAGING)) expect(threshold).toBeGreaterThan(largest);
    expect(52).toBeLessThan(PAGING.printSheet);
  });

  it('give one page per topic and a flat sidebar of doc ids', () => {
    expect([...files.keys()].filter((path) => path.startsWith('topics/')).sort()).toEqual(topics.map((topic) => `topics/${topic.id}.mdx`).sort());
    for (const category of json<SidebarCategoryRecord[]>(files, 'sidebar.json')) for (const item of category.items) expect(typeof item).toBe('string');
    for (const topic of topics) expect(files.get(`topics/${topic.id}.mdx`)).not.toMatch(/page \d+ of/);
  });
});

/** A topic's question doc ids in its order, found by each question's id in the generated MDX. */
function topicDocIds(files: Map<string, string>, topic: TopicRecord): string[] {
  return topic.questionIds.map((id) => {
    const slug = [...files.keys()].find((path) => path.startsWith('questions/') && files.get(path)!.includes(`question_id: ${id}\n`))!;
    return slug.replace(/\.mdx$/, '');
  });
}

describe('a topic of a hundred-odd questions', () => {
  const focus = 'observability';
  const { files } = generateFromText(syntheticSource(150, { focusTopic: focus, focusShare: 0.8 }), { taxonomy: siteTaxonomy });
  const topic = json<TopicRecord[]>(files, 'topics.json').find((candidate) => candidate.id === focus)!;

  it('shows in the sidebar as collapsed sub-groups of 25 questions, side by side (no sections below 13 of them), none missing', () => {
    const category = json<SidebarCategoryRecord[]>(files, 'sidebar.json').find((candidate) => candidate.link.id === docIds.topic(focus))!;
    const groups = category.items.filter((item) => typeof item !== 'string');
    const n = topic.questionCount;
    expect(n, 'more than two sub-groups, fewer than 13').toBeGreaterThan(50);
    expect(n).toBeLessThanOrEqual(300);
    expect(groups.map((group) => group.label)).toEqual(
      Array.from({ length: Math.ceil(n / 25) }, (_, index) => `Questions ${index * 25 + 1}–${Math.min(n, (index + 1) * 25)}`),
    );
    expect(groups.every((group) => group.collapsed && group.items.every((item) => typeof item === 'string'))).toBe(true);
    expect(topicDocIds(files, topic)).toEqual(groups.flatMap((group) => group.items));
  });
});

describe('a topic with hundreds of questions', () => {
  const big = 'kubernetes-containers';
  const { files } = generateFromText(syntheticSource(400, { focusTopic: big, focusShare: 0.8 }), { taxonomy: siteTaxonomy });
  const topic = json<TopicRecord[]>(files, 'topics.json').find((candidate) => candidate.id === big)!;
  const pageTotal = Math.ceil(topic.questionCount / PAGING.topicPage);
  const pageFile = (page: number) => `${docIds.topic(big, page)}.mdx`;

  it('is big enough to be cut (so the checks below check something)', () => {
    expect(topic.questionCount).toBeGreaterThan(2 * PAGING.sidebarGroup);
    expect(topic.questionCount).toBeGreaterThan(2 * PAGING.topicPage);
  });

  it('is cut into topic pages of at most PAGING.topicPage questions, each with its answers, none missing', () => {
    const counts = Array.from({ length: pageTotal }, (_, index) => answersIn(files.get(pageFile(index + 1))!));
    expect(counts.slice(0, -1).every((count) => count === PAGING.topicPage)).toBe(true);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(topic.questionCount);
    expect(files.has(pageFile(pageTotal + 1))).toBe(false);
  });

  it('gives later pages their URL and the sidebar, and links every page from every page', () => {
    const second = files.get(pageFile(2))!;
    expect(second).toContain(`slug: "/topics/${big}/2"`);
    expect(second).toContain('displayed_sidebar: "questions"');
    expect(second).toContain(`# ${topic.title}, page 2 of ${pageTotal}\n`);
    expect(second).toContain(
      `Questions 51–100 of ${topic.questionCount}, page 2 of ${pageTotal}: [← Previous page](../${big}.mdx) · [1](../${big}.mdx) · **2** · [3](3.mdx)`,
    );
    expect(second).toContain('[Next page →](3.mdx)');
    const first = files.get(pageFile(1))!;
    expect(first).toContain(`**1** · [2](${big}/2.mdx)`);
    expect(first).not.toContain('Previous page');
    expect(files.get(pageFile(pageTotal))).not.toContain('Next page');
  });

  it('links its questions from later pages one folder further up', () => {
    expect(files.get(pageFile(2))).toMatch(/\]\(\.\.\/\.\.\/questions\/[a-z0-9-]+\.mdx\)/);
    expect(files.get(pageFile(1))).toMatch(/\]\(\.\.\/questions\/[a-z0-9-]+\.mdx\)/);
  });

  it('puts the questions from other topics only on the last page', () => {
    const heading = '## Also touches on this topic';
    expect(Array.from({ length: pageTotal }, (_, index) => files.get(pageFile(index + 1))!.includes(heading))).toEqual(
      Array.from({ length: pageTotal }, (_, index) => index + 1 === pageTotal),
    );
  });

  it('shows in the sidebar as collapsed sections of collapsed sub-groups of 25 questions, in order, none missing', () => {
    const category = json<SidebarCategoryRecord[]>(files, 'sidebar.json').find((candidate) => candidate.link.id === docIds.topic(big))!;
    const sections = category.items.filter((item) => typeof item !== 'string');
    const n = topic.questionCount;
    // The rule, written down: sub-groups of 25; past 12 of them, sections of ⌈√(sub-groups)⌉ sub-groups.
    const subGroupTotal = Math.ceil(n / 25);
    expect(subGroupTotal, 'enough sub-groups for sections (so the checks below check them)').toBeGreaterThan(12);
    const perSection = Math.ceil(Math.sqrt(subGroupTotal));
    const range = (first: number, size: number) => `Questions ${first}–${Math.min(n, first + size - 1)}`;
    expect(sections.map((section) => section.label)).toEqual(
      Array.from({ length: Math.ceil(subGroupTotal / perSection) }, (_, index) => range(index * perSection * 25 + 1, perSection * 25)),
    );
    const subGroups = sections.flatMap((section) => section.items.filter((item) => typeof item !== 'string'));
    expect(
      sections.slice(0, -1).map((section) => section.items.length),
      'every section but the last is full',
    ).toEqual(sections.slice(0, -1).map(() => perSection));
    expect(subGroups.map((group) => group.label)).toEqual(Array.from({ length: subGroupTotal }, (_, index) => range(index * 25 + 1, 25)));
    expect([...sections, ...subGroups].every((group) => group.collapsed)).toBe(true);
    expect(topicDocIds(files, topic), 'every question once, in order').toEqual(subGroups.flatMap((group) => group.items));
  });

  it('prints in parts of PAGING.printSheet questions, numbered on across parts', () => {
    const questions = json<Parameters<typeof printSheets>[0]['questions'][number][]>(files, 'questions.json');
    const topics = json<TopicRecord[]>(files, 'topics.json');
    const sheets = printSheets({ questions, topics }, 'Site');
    const allParts = Math.ceil(400 / PAGING.printSheet);
    expect([...sheets.keys()].filter((path) => path.startsWith('/print/all'))).toEqual(
      Array.from({ length: allParts }, (_, index) => printSheetPath('all', index + 1)),
    );
    const second = sheets.get('/print/all/2')!;
    expect(second.part).toEqual({ number: 2, paths: ['/print/all', '/print/all/2'], firstQuestion: PAGING.printSheet + 1 });
    expect(second.questions).toHaveLength(400 - PAGING.printSheet);
    // A topic under the threshold prints on one sheet, without parts.
    const small = topics.find((candidate) => candidate.questionCount < PAGING.printSheet)!;
    expect(sheets.get(printSheetPath(small.id))!.part).toBeUndefined();
    expect(sheets.has(printSheetPath(small.id, 2))).toBe(false);
  });
});
