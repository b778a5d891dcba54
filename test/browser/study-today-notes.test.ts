/**
 * Notes, "due today" and starting over: a private note per question that
 * comes back in sessions and travels in exports; the navbar badge and
 * /study's "Today's reviews"; resetting progress after a confirmation.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './helpers/axe.ts';
import { useBrowser } from './helpers/browser.ts';
import { pageAnswer, questionById, storageKey, topics, urlFor, visibleText, visit, watchForErrors, type Question } from './helpers/site.ts';
import { cardTitle } from './helpers/study.ts';

const topic = topics.find((candidate) => candidate.questionIds.length >= 3)!;
const [first, second, third] = topic.questionIds.map(questionById) as [Question, Question, Question];
const DAY = 24 * 60 * 60 * 1000;

const { withIsolatedPage: withPage } = useBrowser();

const practiceLink = (page: Page) => page.locator('.navbar__items').getByRole('link', { name: /^Practice/ });

/** Saves progress in which `dueIds` were due yesterday and `laterIds` are due in a week. */
async function plantProgress(page: Page, dueIds: number[], laterIds: number[], notes: Record<number, string> = {}): Promise<void> {
  await visit(page, '/');
  const key = await storageKey(page, 'sre-study.progress');
  const entry = (dueAt: number) => ({
    lastGrade: 'good',
    reviewedAt: new Date(Date.now() - 3 * DAY).toISOString(),
    dueAt: new Date(dueAt).toISOString(),
    reviews: 2,
    memory: { state: 'review', stability: 3, difficulty: 5, scheduledDays: 2, learningSteps: 0, lapses: 0 },
  });
  const questions: Record<number, ReturnType<typeof entry>> = {};
  for (const id of dueIds) questions[id] = entry(Date.now() - DAY);
  for (const id of laterIds) questions[id] = entry(Date.now() + 7 * DAY);
  const text = JSON.stringify({ format: 'sre-interview-questions/study-progress', version: 2, questions, notes });
  await page.evaluate(([k, value]) => localStorage.setItem(k!, value!), [key, text]);
}

describe('notes', () => {
  it('are written after a reveal, saved as the reader types, shown when the question comes back in a session, and exported', () =>
    withPage(async (page) => {
      const errors = watchForErrors(page);
      await visit(page, `${first.permalink}?study=1`);
      expect(await pageAnswer(page).getByRole('textbox', { name: 'Your note' }).count(), 'no note field before the reveal').toBe(0);
      await page.keyboard.press('Space');
      const field = pageAnswer(page).getByRole('textbox', { name: 'Your note' });
      await field.fill('Lead with the error budget.');
      const key = await storageKey(page, 'sre-study.progress');
      await expect
        .poll(
          async () => (JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key)) ?? '{}') as { notes?: Record<string, string> }).notes?.[first.id],
        )
        .toBe('Lead with the error budget.');
      expect(await axeViolations(page)).toEqual([]);

      await visit(page, `/study?mode=practice&ids=${first.id}`);
      expect(await visibleText(page.locator('article'))).toContain('Your note on this question shows with the answer.');
      await page.keyboard.press('Space');
      expect(await page.locator('article').getByRole('textbox', { name: 'Your note' }).inputValue()).toBe('Lead with the error budget.');

      const download = page.waitForEvent('download');
      await visit(page, '/study');
      await page.getByRole('button', { name: 'Export progress' }).click();
      const file = JSON.parse(await readFile(await (await download).path(), 'utf8')) as { notes: Record<string, string> };
      expect(file.notes).toEqual({ [first.id]: 'Lead with the error budget.' });
      expect(errors).toEqual([]);
    }));

  it('keep both texts when an import brings a different note, and do not duplicate an identical one', () =>
    withPage(async (page) => {
      await plantProgress(page, [], [first.id], { [first.id]: 'Mine.' });
      await visit(page, '/study');
      const file = (notes: Record<number, string>) =>
        Buffer.from(JSON.stringify({ format: 'sre-interview-questions/study-progress', version: 2, questions: {}, notes }));
      const input = page.locator('input[type="file"]');
      await input.setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: file({ [first.id]: 'Mine.' }) });
      expect(await visibleText(page.getByRole('status').filter({ hasText: 'Imported' }))).toBe('Imported: nothing new.');
      await input.setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: file({ [first.id]: 'Theirs.' }) });
      expect(await visibleText(page.getByRole('status').filter({ hasText: 'Imported' }))).toBe('Imported: 1 note combined with yours (both texts kept).');

      await visit(page, `${first.permalink}?study=1`);
      await page.keyboard.press('Space');
      expect(await pageAnswer(page).getByRole('textbox', { name: 'Your note' }).inputValue()).toMatch(
        /^Mine\.\n\n— from import on \d{4}-\d{2}-\d{2} —\nTheirs\.$/,
      );
    }));
});

describe('due today', () => {
  it('is not in the static HTML, and shows as a badge on Practice once progress has due questions', () =>
    withPage(async (page) => {
      const html = await (await fetch(urlFor(first.permalink))).text();
      expect(html).toContain('>Practice<');
      expect(html).not.toContain('due today');

      await visit(page, first.permalink);
      expect(await practiceLink(page).getAttribute('aria-label')).toBeNull();
      expect(await visibleText(practiceLink(page)), 'no badge when nothing is due').toBe('Practice');

      await plantProgress(page, [first.id, second.id], [third.id]);
      await visit(page, first.permalink);
      await expect.poll(() => practiceLink(page).evaluate((link) => link.textContent)).toBe('Practice2, 2 questions due today');
      expect(await visibleText(practiceLink(page))).toBe('Practice 2');
      expect(await axeViolations(page)).toEqual([]);
    }));

  it('appears without moving anything in the navbar', () =>
    withPage(async (page) => {
      const positions = () =>
        page.locator('.navbar__inner').evaluate((navbar) =>
          Array.from(navbar.querySelectorAll('a, button'), (element) => {
            const box = element.getBoundingClientRect();
            return `${Math.round(box.left)},${Math.round(box.top)},${Math.round(box.width)}`;
          }),
        );
      await visit(page, first.permalink);
      const without = await positions();
      await plantProgress(page, [first.id], []);
      await visit(page, first.permalink);
      await practiceLink(page).locator('[data-due-today]').waitFor();
      expect(await positions()).toEqual(without);
    }));

  it('/study starts a session of today’s reviews in one click', () =>
    withPage(async (page) => {
      await plantProgress(page, [third.id, first.id], [second.id]);
      await visit(page, '/study');
      const today = page.getByRole('region', { name: 'Today’s reviews' });
      expect(await visibleText(today)).toContain('2 questions are due today.');
      await today.getByRole('button', { name: 'Start today’s reviews (2)' }).click();
      await cardTitle(page).waitFor();
      const titles = [await visibleText(cardTitle(page))];
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => visibleText(cardTitle(page))).not.toBe(titles[0]);
      titles.push(await visibleText(cardTitle(page)));
      expect(titles.sort()).toEqual([first.title, third.title].sort());
    }));

  it('offers nothing to start when nothing is due (negative control)', () =>
    withPage(async (page) => {
      await plantProgress(page, [], [second.id]);
      await visit(page, '/study');
      const today = page.getByRole('region', { name: 'Today’s reviews' });
      expect(await visibleText(today)).toContain('Nothing is due today.');
      expect(await today.getByRole('button', { name: /^Start today’s reviews/ }).isDisabled()).toBe(true);
    }));
});

describe('resetting progress', () => {
  it('asks first; Cancel keeps everything, confirming deletes every grade and note', () =>
    withPage(async (page) => {
      await plantProgress(page, [first.id], [second.id], { [first.id]: 'note' });
      await visit(page, '/study');
      const bar = page.getByRole('img', { name: `Your progress in ${topic.title}` });
      expect(await bar.getAttribute('aria-label')).toContain('2 known');

      await page.getByRole('button', { name: 'Reset progress…' }).click();
      const confirm = page.getByRole('group', { name: /^Delete all your progress in this browser: 2 grades and 1 note\?/ });
      expect(await confirm.evaluate((element) => element === document.activeElement), 'focus moves to the question').toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Reset progress…');
      expect(await bar.getAttribute('aria-label')).toContain('2 known');

      await page.getByRole('button', { name: 'Reset progress…' }).click();
      await page.getByRole('button', { name: 'Delete all progress' }).click();
      await expect.poll(() => bar.getAttribute('aria-label')).toContain('0 known, 0 to review');
      expect(await visibleText(page.getByRole('status').filter({ hasText: 'reset' }))).toBe('Your progress in this browser was reset.');
      await visit(page, first.permalink);
      expect(await practiceLink(page).locator('[data-due-today]').count()).toBe(0);
    }));
});
