/**
 * Study mode on a phone-sized screen (375 px, touch): nothing overflows
 * sideways, every study control is at least 44 by 44 px, and a long answer
 * scrolls inside its flashcard.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './helpers/browser.ts';
import { keyPoints, pageAnswer, questions, questionWithKeyPoints, topics, visibleText, visit } from './helpers/site.ts';

const PHONE = { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const MIN_TARGET = 44;
const question = questionWithKeyPoints(3);
const topic = topics.find((candidate) => candidate.questionIds.length >= 2)!;
const longest = [...questions].sort((a, b) => b.answer.length - a.answer.length)[0]!;

const browser = useBrowser();
const onPhone = (test: (page: Page) => Promise<void>): Promise<void> => browser.withIsolatedPage(test, PHONE);

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width').toBeLessThanOrEqual(PHONE.viewport.width);
}

/** Every visible element of `targets` is at least 44 px each way. */
async function expectTouchSized(targets: Locator): Promise<void> {
  const sizes = await targets.evaluateAll((elements) =>
    elements
      .filter((element) => (element as HTMLElement).offsetParent !== null)
      .map((element) => {
        const box = element.getBoundingClientRect();
        return { name: (element.textContent ?? '').trim().slice(0, 40), width: Math.round(box.width), height: Math.round(box.height) };
      }),
  );
  expect(sizes.length, 'there are targets to measure').toBeGreaterThan(0);
  for (const size of sizes) {
    expect(size.width, `width of "${size.name}"`).toBeGreaterThanOrEqual(MIN_TARGET);
    expect(size.height, `height of "${size.name}"`).toBeGreaterThanOrEqual(MIN_TARGET);
  }
}

describe('at 375 px on a touch screen', () => {
  it('a question page has the switch in the menu, fits the width, and has touch-sized study controls', () =>
    onPhone(async (page) => {
      await visit(page, question.permalink);
      const modeSwitch = page.getByRole('switch', { name: 'Study mode' });
      // The bar has no room for it (search sits there), so it lives in the menu, as the theme's own items do.
      expect(await modeSwitch.count(), 'no switch in the bar').toBe(0);
      await page.getByRole('button', { name: 'Toggle navigation bar' }).tap();
      // On a doc page the menu opens on the sidebar; the site's items are one level up.
      await page.getByRole('button', { name: '← Back to main menu' }).tap();
      const inMenu = page.locator('.navbar-sidebar').getByRole('switch', { name: 'Study mode' });
      await inMenu.tap();
      await expectNoSidewaysScroll(page);
      expect(await inMenu.getAttribute('aria-checked')).toBe('true');
      await expectTouchSized(inMenu);
      await page.getByRole('button', { name: 'Close navigation bar' }).tap();

      await pageAnswer(page).getByRole('button', { name: 'Reveal answer' }).tap();
      await expectNoSidewaysScroll(page);
      await expectTouchSized(pageAnswer(page).getByRole('button'));
      const keyPointLabels = pageAnswer(page)
        .locator('label')
        .filter({ has: page.locator('input[type="checkbox"]') });
      await expectTouchSized(keyPointLabels);
      expect(await keyPointLabels.count()).toBe(keyPoints(question).length);
      await pageAnswer(page).getByRole('button', { name: 'Good' }).tap();
      await expect.poll(() => visibleText(pageAnswer(page).getByRole('status'))).toContain('Saved: Good');
    }));

  it('a topic page fits the width, with touch-sized "Reveal all" and "Hide all"', () =>
    onPhone(async (page) => {
      await visit(page, `${topic.permalink}?study=1`);
      await expectNoSidewaysScroll(page);
      await expectTouchSized(page.getByRole('group', { name: 'All answers on this page' }).getByRole('button'));
      await page.getByRole('button', { name: 'Reveal all' }).tap();
      await expectNoSidewaysScroll(page);
      await expectTouchSized(page.locator('article').getByRole('button', { name: 'Hide answer' }));
    }));

  it('the home page fits the width and draws a progress bar per topic', () =>
    onPhone(async (page) => {
      await visit(page, '/');
      await expectNoSidewaysScroll(page);
      for (const each of topics) expect(await page.getByRole('img', { name: `Your progress in ${each.title}` }).isVisible()).toBe(true);
    }));

  it('a flashcard scrolls a long answer inside the card, keeping the grade buttons reachable', () =>
    onPhone(async (page) => {
      await visit(page, `/study?mode=practice&ids=${longest.id}`);
      await page.getByRole('button', { name: 'Reveal answer' }).tap();
      const answer = page.getByRole('region', { name: 'Model answer' });
      const { scrollHeight, clientHeight } = await answer.evaluate((element) => ({ scrollHeight: element.scrollHeight, clientHeight: element.clientHeight }));
      expect(scrollHeight, 'the answer is longer than its box').toBeGreaterThan(clientHeight);
      expect(clientHeight, 'the box leaves room for the rest of the card').toBeLessThan(PHONE.viewport.height * 0.6);
      await expectNoSidewaysScroll(page);
      await expectTouchSized(page.locator('main button'));
      await expectTouchSized(page.locator('main label').filter({ has: page.locator('input[type="checkbox"]') }));
      await page.getByRole('button', { name: 'Good' }).tap();
      expect(await page.getByRole('heading', { name: 'Session summary' }).isVisible()).toBe(true);
    }));

  it('the setup form fits the width with touch-sized choices', () =>
    onPhone(async (page) => {
      await visit(page, '/study');
      await page.getByRole('button', { name: 'Start practice' }).waitFor(); // the session code loads after the page
      await expectNoSidewaysScroll(page);
      await expectTouchSized(page.locator('main form label').filter({ has: page.locator('input[type="checkbox"], input[type="radio"]') }));
      await expectTouchSized(page.locator('main button'));
    }));
});
