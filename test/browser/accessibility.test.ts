/**
 * axe-core (every rule it runs by default: WCAG 2 A and AA, and best
 * practices) on the pages study mode touches, in the states a reader sees.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserSession } from '../../tooling/browser/chromium.ts';
import { axeViolations } from './helpers/axe.ts';
import { baseUrl, pageAnswer, questionWithKeyPoints, topics, visit } from './helpers/site.ts';

const question = questionWithKeyPoints(3);
const topic = topics.find((candidate) => candidate.questionIds.length >= 3)!;

let session: BrowserSession;
beforeAll(async () => {
  session = await launchBrowser();
});
afterAll(async () => {
  await session?.close();
});

async function withPage(test: (page: Page) => Promise<void>): Promise<void> {
  const page = await session.openIsolatedPage();
  try {
    await test(page);
  } finally {
    await page.context().close();
  }
}

describe('axe finds no violations', () => {
  it('on a question page: read mode, study mode collapsed, revealed with the self-check, and graded', () =>
    withPage(async (page) => {
      await visit(page, question.permalink);
      expect(await axeViolations(page), 'read mode').toEqual([]);
      await page.getByRole('switch', { name: 'Study mode' }).click();
      expect(await axeViolations(page), 'study mode, answer hidden').toEqual([]);
      await pageAnswer(page).getByRole('button', { name: 'Reveal answer' }).click();
      await pageAnswer(page).getByRole('checkbox').first().check();
      expect(await axeViolations(page), 'answer revealed, a key point ticked').toEqual([]);
      await page.keyboard.press('2');
      expect(await axeViolations(page), 'graded').toEqual([]);
    }));

  it('on a topic page: read mode, and study mode with every answer revealed', () =>
    withPage(async (page) => {
      await visit(page, topic.permalink);
      expect(await axeViolations(page), 'read mode').toEqual([]);
      await visit(page, `${topic.permalink}?study=1`);
      await page.getByRole('button', { name: 'Reveal all' }).click();
      expect(await axeViolations(page), 'study mode, all revealed').toEqual([]);
    }));

  it('on /study: the setup form, a mock interview card, the help dialog and the summary', () =>
    withPage(async (page) => {
      await visit(page, '/study');
      await page.getByRole('button', { name: 'Start practice' }).waitFor();
      expect(await axeViolations(page), 'setup form').toEqual([]);

      await visit(page, `/study?mode=mock&seed=axe&topics=${topic.id}&n=2`);
      await page.getByRole('button', { name: 'Reveal answer' }).click();
      expect(await axeViolations(page), 'mock interview, answer revealed').toEqual([]);
      await page.keyboard.press('?');
      expect(await axeViolations(page), 'help dialog').toEqual([]);
      await page.keyboard.press('Escape');
      await page.keyboard.press('2');
      await page.keyboard.press('Space');
      await page.keyboard.press('1');
      await page.getByRole('heading', { name: 'Session summary' }).waitFor();
      expect(await axeViolations(page), 'summary').toEqual([]);
    }));

  it('in the dark theme: a revealed, graded answer and a mock interview card', () =>
    withPage(async (page) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await visit(page, `${question.permalink}?study=1`);
      expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
      await page.keyboard.press('Space');
      await pageAnswer(page).getByRole('checkbox').first().check();
      await page.keyboard.press('1');
      expect(await axeViolations(page), 'question page').toEqual([]);

      await visit(page, `/study?mode=mock&seed=dark&topics=${topic.id}&n=2`);
      await page.getByRole('button', { name: 'Reveal answer' }).click();
      expect(await axeViolations(page), 'mock interview').toEqual([]);
    }));

  it('on the home page with progress bars', () =>
    withPage(async (page) => {
      await visit(page, '/');
      expect(await axeViolations(page)).toEqual([]);
    }));

  it.each(['light', 'dark'] as const)('when sharing, in the %s theme: copy confirmed, the manual-copy field, a highlighted point, a revealed quiz', (theme) =>
    withPage(async (page) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
      await visit(page, `${question.permalink}#point-2`);
      await page.getByRole('button', { name: 'Copy as Markdown' }).click();
      expect(await axeViolations(page), 'copied, point 2 highlighted').toEqual([]);

      await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
      await page.getByRole('button', { name: 'Copy link' }).click();
      await page.locator('input[readonly]').waitFor();
      expect(await axeViolations(page), 'manual-copy field').toEqual([]);

      await visit(page, question.permalink.replace(/^\/questions\//, '/quiz/'));
      expect(await axeViolations(page), 'quiz, answer hidden').toEqual([]);
      await page.getByRole('button', { name: 'Reveal answer' }).click();
      await page.getByRole('button', { name: 'Hide answer' }).waitFor();
      expect(await axeViolations(page), 'quiz, answer revealed').toEqual([]);
    }),
  );
});
