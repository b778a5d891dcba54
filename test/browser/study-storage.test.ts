/**
 * Saved progress across site versions and storage trouble: version-1
 * (Leitner) progress is upgraded without losing a grade, and a save the
 * browser refuses (storage full) is reported while the stored copy survives.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './helpers/browser.ts';
import { pageAnswer, questionById, storageKey, topics, visibleText, visit, watchForErrors, type Question } from './helpers/site.ts';

const topic = topics.find((candidate) => candidate.questionIds.length >= 3)!;
const [first, second, third] = topic.questionIds.map(questionById) as [Question, Question, Question];
const DAY = 24 * 60 * 60 * 1000;

const { withIsolatedPage: withPage } = useBrowser();

const progressBar = (page: Page) => page.getByRole('img', { name: `Your progress in ${topic.title}` });

async function plant(page: Page, text: string): Promise<string> {
  await visit(page, '/');
  const key = await storageKey(page, 'sre-study.progress');
  await page.evaluate(([k, value]) => localStorage.setItem(k!, value!), [key, text]);
  return key;
}

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

describe('progress saved by the Leitner version of the site (format version 1)', () => {
  it('keeps every grade, upgrades the stored document to version 2 and keeps the original aside', () =>
    withPage(async (page) => {
      const errors = watchForErrors(page);
      const reviewedAt = new Date(Date.now() - 3 * DAY).toISOString();
      const version1 = JSON.stringify({
        format: 'sre-interview-questions/study-progress',
        version: 1,
        questions: {
          [first.id]: { box: 3, lastGrade: 'knew', reviewedAt, dueAt: new Date(Date.now() + 5 * DAY).toISOString(), reviews: 2 },
          [second.id]: { box: 4, lastGrade: 'knew', reviewedAt, dueAt: new Date(Date.now() + 4 * DAY).toISOString(), reviews: 3 },
          [third.id]: { box: 1, lastGrade: 'review', reviewedAt, dueAt: reviewedAt, reviews: 1 },
        },
      });
      const key = await plant(page, version1);
      await visit(page, topic.permalink);
      const unseen = topic.questionIds.length - 3;
      expect(await progressBar(page).getAttribute('aria-label')).toBe(`Your progress in ${topic.title}: 2 known, 1 to review, ${unseen} not yet graded`);
      expect(await page.getByRole('alert').count(), 'an upgrade is not a problem to report').toBe(0);

      const upgraded = JSON.parse((await stored(page, key))!) as {
        version: number;
        questions: Record<string, { lastGrade: string; reviews: number; reviewedAt: string }>;
      };
      expect(upgraded.version).toBe(2);
      expect(upgraded.questions[first.id]).toMatchObject({ lastGrade: 'good', reviews: 2, reviewedAt });
      expect(upgraded.questions[second.id]).toMatchObject({ lastGrade: 'good', reviews: 3, reviewedAt });
      expect(upgraded.questions[third.id]).toMatchObject({ lastGrade: 'again', reviews: 1, reviewedAt });
      expect(await stored(page, key.replace('sre-study.progress', 'sre-study.progress.version-1'))).toBe(version1);

      // The upgraded progress schedules on: the question last failed is due, and grading it works.
      await visit(page, `${third.permalink}?study=1`);
      await page.keyboard.press('Space');
      expect(await visibleText(pageAnswer(page).getByRole('status'))).toMatch(/^Last time: Again, due for review now\./);
      await page.keyboard.press('3');
      await expect.poll(() => visibleText(pageAnswer(page).getByRole('status'))).toMatch(/^Saved: Good/);
      expect(errors).toEqual([]);
    }));
});

describe('storage that refuses to save', () => {
  it('tells the reader, keeps what was stored before, and keeps the grade for this visit', () =>
    withPage(async (page) => {
      await visit(page, `${first.permalink}?study=1`);
      await page.keyboard.press('Space');
      await page.keyboard.press('3');
      await expect.poll(() => visibleText(pageAnswer(page).getByRole('status'))).toMatch(/^Saved: Good/);
      const key = await storageKey(page, 'sre-study.progress');
      const before = await stored(page, key);

      // From now on the browser's storage is full, as Chromium reports it.
      await page.evaluate((k) => {
        const setItem = Storage.prototype.setItem.bind(localStorage);
        Storage.prototype.setItem = (name: string, value: string) => {
          if (name === k) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          setItem(name, value);
        };
      }, key);
      await pageAnswer(page).getByRole('button', { name: 'Again' }).click();
      await expect.poll(() => visibleText(page.getByRole('alert'))).toContain('could not be saved');
      expect(await visibleText(page.getByRole('alert'))).toContain('What was saved before is kept');
      expect(await stored(page, key)).toBe(before);
      expect(await visibleText(pageAnswer(page).getByRole('status'))).toMatch(/^Saved: Again/);
    }));

  it('shows no such notice when storage works (negative control)', () =>
    withPage(async (page) => {
      await visit(page, `${first.permalink}?study=1`);
      await page.keyboard.press('Space');
      await page.keyboard.press('3');
      await pageAnswer(page).getByRole('button', { name: 'Again' }).click();
      await expect.poll(() => visibleText(pageAnswer(page).getByRole('status'))).toMatch(/^Saved: Again/);
      expect(await page.getByRole('alert').count()).toBe(0);
    }));
});
