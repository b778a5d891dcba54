/**
 * Self-grading and what it feeds: saved progress (per question id, surviving
 * reloads), the due-first schedule, progress bars, the key-point self-check,
 * export and import, and storage that turns out to be unreadable.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './helpers/axe.ts';
import { useBrowser } from './helpers/browser.ts';
import {
  keyPoints,
  pageAnswer,
  questionById,
  questionWithKeyPoints,
  storageKey,
  topics,
  visibleText,
  visit,
  watchForErrors,
  type Question,
} from './helpers/site.ts';
import { sessionTitles } from './helpers/study.ts';
import { startApp } from './helpers/app.ts';

const topic = topics.find((candidate) => candidate.questionIds.length >= 3)!;
const topicQuestions = topic.questionIds.map(questionById);
const [first, second] = topicQuestions as [Question, Question];
const rest = topicQuestions.slice(2);
const DAY = 24 * 60 * 60 * 1000;

const { withIsolatedPage: withPage } = useBrowser();

const gradeStatus = (page: Page) => pageAnswer(page).getByRole('status');
const GRADE_NAMES = { '1': 'Again', '3': 'Good' } as const;

/** Opens a question in study mode, reveals its answer and grades it with the keyboard (1 Again, 3 Good), confirming each step took. */
async function gradeByKeyboard(page: Page, permalink: string, key: '1' | '3'): Promise<void> {
  await visit(page, `${permalink}?study=1`);
  await page.keyboard.press('Space');
  await expect.poll(() => pageAnswer(page).getByRole('button', { name: 'Hide answer' }).isVisible(), { message: 'Space revealed the answer' }).toBe(true);
  await page.keyboard.press(key);
  await expect.poll(() => visibleText(gradeStatus(page)), { message: `key ${key} saved a grade` }).toMatch(new RegExp(`^Saved: ${GRADE_NAMES[key]}`));
}

const progressBar = (page: Page, topicTitle: string) => page.getByRole('img', { name: `Your progress in ${topicTitle}` });

describe('self-grading', () => {
  it('is offered after a reveal, saved under the question’s id, and shown again after a reload', () =>
    withPage(async (page) => {
      await visit(page, `${first.permalink}?study=1`);
      expect(await pageAnswer(page).getByRole('button', { name: 'Good' }).count(), 'no grading before the reveal').toBe(0);
      await page.keyboard.press('Space');
      // FSRS's default learning steps for a question never graded (see test/unit/study/scheduler.test.ts).
      const intervals = [
        ['Again', 'in 1 minute'],
        ['Hard', 'in 6 minutes'],
        ['Good', 'in 10 minutes'],
        ['Easy', 'in 8 days'],
      ] as const;
      for (const [grade, when] of intervals) {
        // The "next review" part is a visually hidden element, which accessible-name rules may set off with a space.
        await pageAnswer(page)
          .getByRole('button', { name: new RegExp(`^${grade}\\s*, next review ${when}$`) })
          .waitFor();
      }
      expect(await visibleText(pageAnswer(page).getByRole('button', { name: 'Good' }))).toMatch(/^Good\s*·\s*10 min\s*3$/);
      await page.keyboard.press('3');
      await expect.poll(() => visibleText(gradeStatus(page))).toMatch(/^Saved: Good, due again in 10 minutes\./);
      expect(await gradeStatus(page).evaluate((element) => element === document.activeElement), 'focus moves to the saved status').toBe(true);

      const key = await storageKey(page, 'sre-study.progress');
      const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key))!) as { questions: Record<string, unknown> };
      expect(Object.keys(stored.questions)).toEqual([String(first.id)]);
      expect(stored).toMatchObject({ version: 2 });
      expect(stored.questions[first.id]).toMatchObject({ lastGrade: 'good', reviews: 1, memory: { state: 'learning', learningSteps: 1 } });

      await page.reload();
      await startApp(page);
      await pageAnswer(page).getByRole('button', { name: 'Reveal answer' }).click();
      expect(await visibleText(gradeStatus(page))).toMatch(/^Last time: Good, due again in (9|10) minutes\./);

      await pageAnswer(page).getByRole('button', { name: 'Again' }).click();
      await expect.poll(() => visibleText(gradeStatus(page))).toMatch(/^Saved: Again, due again in 1 minute\./);
    }));

  it('asks the browser to keep the progress (navigator.storage.persist), once', () =>
    withPage(async (page) => {
      await page.addInitScript(() => {
        (window as unknown as { persistCalls: number }).persistCalls = 0;
        const original = navigator.storage.persist.bind(navigator.storage);
        navigator.storage.persist = () => {
          (window as unknown as { persistCalls: number }).persistCalls += 1;
          return original();
        };
      });
      await visit(page, `${first.permalink}?study=1`);
      expect(await page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls)).toBe(0);
      await page.keyboard.press('Space');
      await page.keyboard.press('1');
      await expect.poll(() => visibleText(gradeStatus(page))).toMatch(/^Saved: Again/);
      await pageAnswer(page).getByRole('button', { name: 'Good' }).click();
      await expect.poll(() => visibleText(gradeStatus(page))).toMatch(/^Saved: Good/);
      expect(await page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls)).toBe(1);
    }));

  it('feeds the due-first order: due first, then unseen, then later; and known ones come back when due', () =>
    withPage(async (page) => {
      await gradeByKeyboard(page, first.permalink, '3');
      await gradeByKeyboard(page, second.permalink, '1');
      const session = `/study?mode=practice&topics=${topic.id}&order=due`;
      // Five minutes on, the question answered Again (back after 1 minute) is due; the one answered Good (10 minutes) is not yet.
      const soon = await page.context().newPage();
      await soon.clock.install({ time: Date.now() + 5 * 60_000 });
      await visit(soon, session);
      expect(await sessionTitles(soon)).toEqual([second.title, ...rest.map((question) => question.title), first.title]);

      // Two days later, the known question is due too, but the one to review has waited longer.
      const later = await page.context().newPage();
      await later.clock.install({ time: Date.now() + 2 * DAY });
      await visit(later, session);
      expect((await sessionTitles(later)).slice(0, 2)).toEqual([second.title, first.title]);
    }));

  it('works down a topic page by keyboard: reveal, grade, and focus moves to the next question', () =>
    withPage(async (page) => {
      await visit(page, `${topic.permalink}?study=1`);
      const toggles = page.locator('article').getByRole('button', { name: 'Reveal answer' });
      await toggles.first().focus();
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`answer-body-${first.id}`);
      await page.keyboard.press('1');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe(`answer-body-${second.id}`);
      await page.keyboard.press('Enter');
      await page.keyboard.press('3');

      const unseen = topic.questionIds.length - 2;
      await expect
        .poll(() => progressBar(page, topic.title).getAttribute('aria-label'))
        .toBe(`Your progress in ${topic.title}: 1 known, 1 to review, ${unseen} not yet graded`);
      await visit(page, '/');
      expect(await progressBar(page, topic.title).getAttribute('aria-label')).toBe(
        `Your progress in ${topic.title}: 1 known, 1 to review, ${unseen} not yet graded`,
      );
      for (const other of topics.filter((candidate) => candidate.id !== topic.id)) {
        expect(await progressBar(page, other.title).getAttribute('aria-label')).toBe(
          `Your progress in ${other.title}: 0 known, 0 to review, ${other.questionIds.length} not yet graded`,
        );
      }
    }));
});

describe('the key-point self-check', () => {
  const question = questionWithKeyPoints(4);
  const points = keyPoints(question);

  it('turns the answer’s bullets into checkboxes after the reveal and scores the ticked ones', () =>
    withPage(async (page) => {
      await visit(page, `${question.permalink}?study=1`);
      expect(await visibleText(pageAnswer(page))).toContain(`${points.length} key points`);
      await pageAnswer(page).getByRole('button', { name: 'Reveal answer' }).click();
      const boxes = pageAnswer(page).getByRole('checkbox');
      expect(await boxes.count()).toBe(points.length);
      await pageAnswer(page).getByRole('checkbox', { name: points[0] }).check();
      await pageAnswer(page).getByRole('checkbox', { name: points[2] }).check();
      expect(await visibleText(pageAnswer(page))).toContain(`${2} of ${points.length} (${Math.round((2 / points.length) * 100)}%)`);
    }));
});

describe('export and import', () => {
  it('moves progress to another browser through a file, keeping newer grades there', async () => {
    let file = '';
    await withPage(async (page) => {
      await gradeByKeyboard(page, first.permalink, '3');
      await gradeByKeyboard(page, second.permalink, '1');
      await visit(page, '/study');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export progress' }).click();
      const saved = await download;
      expect(saved.suggestedFilename()).toMatch(/^sre-study-progress-\d{4}-\d{2}-\d{2}\.json$/);
      file = await readFile(await saved.path(), 'utf8');
    });
    expect(Object.keys((JSON.parse(file) as { questions: Record<string, unknown> }).questions).sort()).toEqual([String(first.id), String(second.id)].sort());

    await withPage(async (page) => {
      const errors = watchForErrors(page);
      await visit(page, '/study');
      const input = page.locator('input[type="file"]');
      await input.setInputFiles({ name: 'not-progress.json', mimeType: 'application/json', buffer: Buffer.from('{"some":"thing"}') });
      expect(await visibleText(page.getByRole('status').filter({ hasText: 'Nothing was changed' }))).toContain('not a study-progress export');
      expect(await progressBar(page, topic.title).getAttribute('aria-label')).toContain(`0 known, 0 to review`);

      await input.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(file) });
      expect(await visibleText(page.getByRole('status').filter({ hasText: 'Imported' }))).toBe('Imported: grades for 2 questions not graded here.');
      expect(await progressBar(page, topic.title).getAttribute('aria-label')).toContain(`1 known, 1 to review`);

      await visit(page, `${first.permalink}?study=1`);
      await page.keyboard.press('Space');
      expect(await visibleText(gradeStatus(page))).toMatch(/^Last time: Good/);
      expect(errors).toEqual([]);
    });
  });
});

describe('unreadable saved progress', () => {
  async function plant(page: Page, text: string): Promise<string> {
    await visit(page, first.permalink);
    const key = await storageKey(page, 'sre-study.progress');
    await page.evaluate(([k, value]) => localStorage.setItem(k!, value!), [key, text]);
    await page.reload();
    await startApp(page);
    return key;
  }

  it.each([
    ['damaged JSON', '{"format": "sre-interview-questions/study-progress", "vers', 'could not be read'],
    ['another application’s data', '{"theme":"dark","items":[1,2]}', 'could not be read'],
    ['a newer version’s data', '{"format":"sre-interview-questions/study-progress","version":99,"questions":{}}', 'newer version'],
  ])('(%s) resets with a notice, keeps a copy, and the page keeps working', (_, text, wording) =>
    withPage(async (page) => {
      const errors = watchForErrors(page);
      const key = await plant(page, text);
      const notice = page.getByRole('alert');
      expect(await visibleText(notice)).toContain(wording);
      expect(await axeViolations(page), 'the notice is accessible').toEqual([]);

      const download = page.waitForEvent('download');
      await notice.getByRole('button', { name: 'Download the unreadable data' }).click();
      expect(await readFile(await (await download).path(), 'utf8')).toBe(text);

      expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key))!)).toMatchObject({ questions: {} });
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      expect(await page.getByRole('alert').count()).toBe(0);

      await page.keyboard.press('Space'); // read mode: nothing to reveal, and nothing breaks
      await gradeByKeyboard(page, first.permalink, '3');
      expect(await visibleText(gradeStatus(page))).toMatch(/^Saved: Good/);
      await page.reload();
      await startApp(page);
      expect(await page.getByRole('alert').count(), 'the notice is shown once').toBe(0);
      expect(errors).toEqual([]);
    }),
  );

  it('drops only the entries that cannot be read', () =>
    withPage(async (page) => {
      const valid = { box: 2, lastGrade: 'knew', reviewedAt: new Date().toISOString(), dueAt: new Date(Date.now() + DAY).toISOString(), reviews: 1 };
      const text = JSON.stringify({
        format: 'sre-interview-questions/study-progress',
        version: 1,
        questions: { [first.id]: valid, [second.id]: { ...valid, box: 'top' } },
      });
      await plant(page, text);
      expect(await visibleText(page.getByRole('alert'))).toContain('1 saved entry of your study progress could not be read');
      await visit(page, topic.permalink);
      expect(await progressBar(page, topic.title).getAttribute('aria-label')).toContain('1 known, 0 to review');
    }));
});
