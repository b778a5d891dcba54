/**
 * "Continue on another device": a transfer link made in one browser, opened
 * in another that has progress of its own (preview, confirm, merge with the
 * newer grade winning); links that cannot be read (a message, and storage
 * left byte for byte as it was); the QR code and its size limit; the one-time
 * suggestion to keep a copy when the browser will not persist storage.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/study/seeded-random.ts';
import { axeViolations } from './helpers/axe.ts';
import { useBrowser } from './helpers/browser.ts';
import { baseUrl, pageAnswer, questionById, storageKey, topics, visibleText, visit, watchForErrors, type Question } from './helpers/site.ts';
import { startApp } from './helpers/app.ts';

const { withIsolatedPage } = useBrowser();
const DAY = 24 * 60 * 60 * 1000;

const topic = topics.find((candidate) => candidate.questionIds.length >= 4)!;
const [first, second, third, fourth] = topic.questionIds.map(questionById) as [Question, Question, Question, Question];

const GRADE_KEYS = { again: '1', good: '3' } as const;

/** Grades a question on its own page, as a reader does: reveal, a grade key (and a note), waiting until each is saved. */
async function grade(page: Page, question: Question, grade: keyof typeof GRADE_KEYS, note?: string): Promise<void> {
  await visit(page, `${question.permalink}?study=1`);
  await page.keyboard.press('Space');
  await pageAnswer(page).getByRole('button', { name: 'Hide answer' }).waitFor();
  await page.keyboard.press(GRADE_KEYS[grade]);
  await expect.poll(() => visibleText(pageAnswer(page).getByRole('status'))).toMatch(/^Saved: /);
  if (note === undefined) return;
  await pageAnswer(page).getByRole('textbox', { name: 'Your note' }).fill(note);
  await expect.poll(async () => (await stored(page)).notes[question.id]).toBe(note);
}

interface StoredProgress {
  questions: Record<string, { lastGrade: string; reviewedAt: string }>;
  notes: Record<string, string>;
}

async function stored(page: Page): Promise<StoredProgress> {
  const key = await storageKey(page, 'sre-study.progress');
  return JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key)) ?? '{"questions":{},"notes":{}}') as StoredProgress;
}

const everyStoredItem = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index)!).map((key) => [key, localStorage.getItem(key)])),
  );

const panelSummary = (page: Page) => page.locator('summary', { hasText: 'Continue on another device' });

/** Opens the panel on /study and returns the link it offers. */
async function makeLink(page: Page): Promise<string> {
  await visit(page, '/study');
  await panelSummary(page).click();
  const field = page.getByRole('textbox', { name: 'Transfer link' });
  await field.waitFor();
  return field.inputValue();
}

async function openLink(page: Page, link: string): Promise<void> {
  await page.goto(link, { waitUntil: 'load' });
  await startApp(page, { timeout: 15_000 });
}

const preview = (page: Page) => page.getByRole('region', { name: 'Progress from another device' });

describe('continue on another device', () => {
  it('carries progress to a browser with its own: preview, cancel, then merge with the newer grade winning', () =>
    withIsolatedPage((there) =>
      withIsolatedPage(async (here) => {
        const errors = watchForErrors(here);
        // This browser grades the third question before the other device does, and the second after it; both write a note on the first.
        await grade(here, third, 'again');
        await grade(there, first, 'good', 'Start from the user-facing symptom.');
        await grade(there, second, 'again');
        await grade(there, third, 'good');
        await grade(here, second, 'good');
        await grade(here, fourth, 'again', 'Rehearse this one.');
        await visit(here, `${first.permalink}?study=1`);
        await here.keyboard.press('Space');
        await pageAnswer(here).getByRole('textbox', { name: 'Your note' }).fill('Mention the error budget.');
        await expect.poll(async () => (await stored(here)).notes[first.id]).toBe('Mention the error budget.');

        const link = await makeLink(there);
        expect(link.startsWith(new URL('study#transfer=1.', baseUrl).href), link).toBe(true);
        await there.getByRole('img', { name: /^QR code of the transfer link/ }).waitFor();

        const before = await everyStoredItem(here);
        await openLink(here, link);
        await preview(here).waitFor();
        expect(await preview(here).locator('h3').allTextContents()).toEqual([
          'New grades (1)',
          'Newer grades, which replace this browser’s (1)',
          'Notes added to yours (both texts kept) (1)',
        ]);
        expect(await preview(here).locator('li').allTextContents()).toEqual([first.title, third.title, first.title]);
        expect(await visibleText(preview(here))).toContain('1 question has a grade here that is as recent or newer; it stays.');
        expect(await axeViolations(here), 'the preview is accessible').toEqual([]);

        await preview(here).getByRole('button', { name: 'Cancel' }).click();
        expect(await visibleText(here.getByRole('status').filter({ hasText: 'Cancelled' }))).toBe('Cancelled. Nothing was changed.');
        expect(new URL(here.url()).hash, 'the link is taken out of the address bar').toBe('');
        expect(await everyStoredItem(here), 'cancelling changes nothing').toEqual(before);

        const theirs = (await stored(there)).questions;
        const ours = (await stored(here)).questions;
        await openLink(here, link);
        await preview(here).getByRole('button', { name: 'Merge into this browser' }).click();
        expect(await visibleText(here.getByRole('status').filter({ hasText: 'Merged' }))).toBe(
          'Merged: grades for 1 question not graded here, newer grades for 1 question, 1 note combined with yours (both texts kept).',
        );
        expect(new URL(here.url()).hash).toBe('');
        const merged = await stored(here);
        expect(merged.questions).toEqual({
          [first.id]: theirs[first.id],
          [second.id]: ours[second.id],
          [third.id]: theirs[third.id],
          [fourth.id]: ours[fourth.id],
        });
        expect(merged.notes[fourth.id]).toBe('Rehearse this one.');
        expect(merged.notes[first.id]).toMatch(
          /^Mention the error budget\.\n\n— from another device on \d{4}-\d\d-\d\d —\nStart from the user-facing symptom\.$/,
        );
        expect(errors).toEqual([]);
      }),
    ));

  it('loads the QR code’s code only when the reader opens the panel', () =>
    withIsolatedPage(async (page) => {
      await grade(page, first, 'good');
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      await visit(page, '/study');
      expect(scripts.filter((url) => url.includes('qr-code'))).toEqual([]);
      await panelSummary(page).click();
      await page.getByRole('img', { name: /^QR code of the transfer link/ }).waitFor();
      expect(scripts.filter((url) => url.includes('qr-code'))).toHaveLength(1);
    }));

  it('says when the progress is too much for one QR code, and offers the file export instead', () =>
    withIsolatedPage(async (page) => {
      await visit(page, '/study');
      // 2,000 questions reviewed at scattered times: as big a bank as a link could be asked to carry (bench:transfer measures ~25,000 characters).
      const random = seededRandom('too-much-for-one-qr-code');
      const instant = () => new Date(Date.parse('2026-01-01T00:00:00.000Z') + Math.floor(random() * 90 * DAY)).toISOString();
      const decimal = (low: number, high: number) => Math.round((low + random() * (high - low)) * 1e8) / 1e8;
      const questions = Object.fromEntries(
        Array.from({ length: 2000 }, (_, index) => [
          index + 1,
          {
            lastGrade: random() < 0.8 ? 'good' : 'again',
            reviewedAt: instant(),
            dueAt: instant(),
            reviews: 1 + Math.floor(random() * 9),
            memory: {
              state: 'review',
              stability: decimal(0.5, 60),
              difficulty: decimal(1, 10),
              scheduledDays: Math.floor(random() * 60),
              learningSteps: 0,
              lapses: Math.floor(random() * 3),
            },
          },
        ]),
      );
      const key = await storageKey(page, 'sre-study.progress');
      await page.evaluate(
        ([k, value]) => localStorage.setItem(k!, value!),
        [key, JSON.stringify({ format: 'sre-interview-questions/study-progress', version: 2, questions, notes: {} })],
      );
      await page.reload();
      await startApp(page);
      await panelSummary(page).click();
      const panel = page.locator('details', { has: panelSummary(page) });
      await panel.getByRole('button', { name: 'Export to a file' }).waitFor();
      expect(await visibleText(panel)).toMatch(/too long for one QR code \(at most 2,953\)/);
      expect(await page.getByRole('img', { name: /^QR code/ }).count()).toBe(0);
    }));
});

describe('a transfer link that cannot be used', () => {
  it.each([
    ['cut off halfway through its data', (link: string) => link.slice(0, Math.round((link.indexOf('#transfer=1.') + 12 + link.length) / 2)), 'incomplete'],
    ['with a changed character', (link: string) => link.slice(0, -20) + (link.at(-20) === 'A' ? 'B' : 'A') + link.slice(-19), 'damaged'],
    ['from somewhere else', (link: string) => link.replace(/#.*/, '#transfer=hello'), 'not a progress-transfer link'],
    ['from a newer version of the site', (link: string) => link.replace('#transfer=1.', '#transfer=2.'), 'newer version'],
  ])('(%s) shows a message and changes nothing', (_, spoil, wording) =>
    withIsolatedPage((there) =>
      withIsolatedPage(async (here) => {
        const errors = watchForErrors(here);
        await grade(there, first, 'good');
        const link = await makeLink(there);
        await grade(here, second, 'again');
        await visit(here, '/study');
        const before = await everyStoredItem(here);

        await openLink(here, spoil(link));
        const problem = here.getByRole('region', { name: 'This transfer link cannot be used' });
        expect(await visibleText(problem)).toContain(wording);
        expect(await visibleText(problem)).toContain('Nothing was changed.');
        expect(await everyStoredItem(here), 'storage is byte for byte as it was').toEqual(before);
        await problem.getByRole('button', { name: 'Dismiss' }).click();
        expect(new URL(here.url()).hash).toBe('');
        expect(await everyStoredItem(here)).toEqual(before);

        // Negative control: the unspoilt link is read.
        await openLink(here, link);
        await preview(here).waitFor();
        expect(errors).toEqual([]);
      }),
    ),
  );
});

describe('the suggestion to keep a copy', () => {
  /** Makes navigator.storage.persisted() answer as a browser that did or did not agree to keep the site's storage. */
  const persisted = (page: Page, answer: boolean) =>
    page.addInitScript((value) => {
      navigator.storage.persisted = () => {
        (window as unknown as { persistedAsked: boolean }).persistedAsked = true;
        return Promise.resolve(value);
      };
    }, answer);

  /** The page has asked, and React has had two frames to show (or not) what the answer means. */
  async function answered(page: Page): Promise<void> {
    await expect.poll(() => page.evaluate(() => (window as unknown as { persistedAsked?: boolean }).persistedAsked === true)).toBe(true);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }

  const reminder = (page: Page) => page.getByRole('complementary', { name: 'Keep a copy of your progress' });

  it('is shown once when the browser did not agree to keep the progress, and not again after Dismiss', () =>
    withIsolatedPage(async (page) => {
      await persisted(page, false);
      await visit(page, '/study');
      expect(await reminder(page).count(), 'nothing to lose yet').toBe(0);
      await grade(page, first, 'good');
      await visit(page, '/study');
      await reminder(page).waitFor();
      expect(await visibleText(reminder(page))).toContain('Safari deletes it after seven days without a visit');
      await reminder(page).getByRole('button', { name: 'Dismiss' }).click();
      expect(await reminder(page).count()).toBe(0);
      await visit(page, '/study');
      await page.getByRole('heading', { name: 'Your progress', exact: true }).waitFor();
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await reminder(page).count(), 'not again').toBe(0);
    }));

  it('is not shown when the browser keeps the progress', () =>
    withIsolatedPage(async (page) => {
      await persisted(page, true);
      await grade(page, first, 'good');
      await visit(page, '/study');
      await answered(page);
      expect(await reminder(page).count()).toBe(0);
    }));
});
