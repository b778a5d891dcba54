/**
 * axe-core (every rule it runs by default: WCAG 2 A and AA, and best
 * practices) on the pages study mode touches, in the states a reader sees.
 * Every click and key press is followed by a check that the state it should
 * produce was reached, so axe never checks a state the test only hoped for.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './helpers/axe.ts';
import { useBrowser } from './helpers/browser.ts';
import { baseUrl, firstAnswerLine, pageAnswer, questionWithKeyPoints, topics, visibleText, visit } from './helpers/site.ts';

const question = questionWithKeyPoints(3);
const topic = topics.find((candidate) => candidate.questionIds.length >= 3)!;

const { withIsolatedPage: withPage } = useBrowser();

const expanded = (toggle: Locator) => expect.poll(() => toggle.getAttribute('aria-expanded'), { message: 'the answer is revealed' }).toBe('true');
const gradeStatus = (page: Page) => pageAnswer(page).getByRole('status');
const mockCard = (page: Page) => page.locator('article');
const mockToggle = (page: Page) => mockCard(page).getByRole('button', { name: /^(Reveal|Hide) answer$/ });
const mockAnswer = (page: Page) => mockCard(page).getByRole('region', { name: 'Model answer', includeHidden: true });

/** Reveals a mock-interview card by its button and waits until its answer shows. */
async function revealMockCard(page: Page): Promise<void> {
  await mockToggle(page).click();
  await expanded(mockToggle(page));
  await expect.poll(async () => (await visibleText(mockAnswer(page))).length, { message: 'the card’s answer is visible' }).toBeGreaterThan(0);
}

describe('axe', () => {
  it('reports a broken page (negative control): an image without alt text and a button without a name', () =>
    withPage(async (page) => {
      await visit(page, question.permalink);
      await page.evaluate(() => {
        const main = document.querySelector('main')!;
        main.append(Object.assign(document.createElement('img'), { src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' }));
        main.append(document.createElement('button'));
      });
      const ids = (await axeViolations(page)).map((violation) => violation.id);
      expect(ids).toEqual(expect.arrayContaining(['image-alt', 'button-name']));
    }));
});

describe('axe finds no violations', () => {
  it('on a question page: read mode, study mode collapsed, revealed with the self-check, and graded', () =>
    withPage(async (page) => {
      await visit(page, question.permalink);
      expect(await visibleText(pageAnswer(page)), 'read mode shows the answer').toContain(firstAnswerLine(question));
      expect(await axeViolations(page), 'read mode').toEqual([]);

      const modeSwitch = page.getByRole('switch', { name: 'Study mode' });
      await modeSwitch.click();
      expect(await modeSwitch.getAttribute('aria-checked')).toBe('true');
      await expect.poll(() => visibleText(pageAnswer(page))).not.toContain(firstAnswerLine(question));
      expect(await axeViolations(page), 'study mode, answer hidden').toEqual([]);

      const reveal = pageAnswer(page).getByRole('button', { name: 'Reveal answer' });
      await reveal.click();
      await expanded(pageAnswer(page).getByRole('button', { name: 'Hide answer' }));
      const firstPoint = pageAnswer(page).getByRole('checkbox').first();
      await firstPoint.check();
      expect(await firstPoint.isChecked()).toBe(true);
      expect(await axeViolations(page), 'answer revealed, a key point ticked').toEqual([]);

      await page.keyboard.press('1');
      await expect.poll(() => visibleText(gradeStatus(page)), { message: 'key 1 saved a grade' }).toMatch(/^Saved: Again/);
      expect(await axeViolations(page), 'graded').toEqual([]);
    }));

  it('on a topic page: read mode, and study mode with every answer revealed', () =>
    withPage(async (page) => {
      await visit(page, topic.permalink);
      expect(await axeViolations(page), 'read mode').toEqual([]);
      await visit(page, `${topic.permalink}?study=1`);
      await page.getByRole('button', { name: 'Reveal all' }).click();
      const toggles = page.locator('article').getByRole('button', { name: /^(Reveal|Hide) answer$/ });
      expect(await toggles.count()).toBe(topic.questionIds.length);
      for (const toggle of await toggles.all()) await expanded(toggle);
      expect(await axeViolations(page), 'study mode, all revealed').toEqual([]);
    }));

  it('on /study: the setup form, a mock interview card, the help dialog and the summary', () =>
    withPage(async (page) => {
      await visit(page, '/study');
      await page.getByRole('button', { name: 'Start practice' }).waitFor();
      expect(await axeViolations(page), 'setup form').toEqual([]);

      await visit(page, `/study?mode=mock&seed=axe&topics=${topic.id}&n=2`);
      await revealMockCard(page);
      expect(await axeViolations(page), 'mock interview, answer revealed').toEqual([]);

      const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await page.keyboard.press('?');
      await expect.poll(() => help.isVisible(), { message: '? opened the help dialog' }).toBe(true);
      expect(await axeViolations(page), 'help dialog').toEqual([]);

      await page.keyboard.press('Escape');
      await expect.poll(() => help.isVisible(), { message: 'Escape closed the help dialog' }).toBe(false);
      await page.keyboard.press('1');
      await expect.poll(() => visibleText(page.locator('main')), { message: 'key 1 graded the first card' }).toContain('Question 2 of 2');
      await page.keyboard.press('Space');
      await expanded(mockToggle(page));
      await page.keyboard.press('3');
      await page.getByRole('heading', { name: 'Session summary' }).waitFor();
      expect(await axeViolations(page), 'summary').toEqual([]);
    }));

  it('in the dark theme: a revealed, graded answer and a mock interview card', () =>
    withPage(async (page) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await visit(page, `${question.permalink}?study=1`);
      expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
      await page.keyboard.press('Space');
      await expanded(pageAnswer(page).getByRole('button', { name: 'Hide answer' }));
      await pageAnswer(page).getByRole('checkbox').first().check();
      await page.keyboard.press('3');
      await expect.poll(() => visibleText(gradeStatus(page)), { message: 'key 3 saved a grade' }).toMatch(/^Saved: Good/);
      expect(await axeViolations(page), 'question page').toEqual([]);

      await visit(page, `/study?mode=mock&seed=dark&topics=${topic.id}&n=2`);
      await revealMockCard(page);
      expect(await axeViolations(page), 'mock interview').toEqual([]);
    }));

  it('on the home page with progress bars', () =>
    withPage(async (page) => {
      await visit(page, '/');
      expect(await page.getByRole('img', { name: /^Your progress in / }).count(), 'progress bars are shown').toBe(topics.length);
      expect(await axeViolations(page)).toEqual([]);
    }));

  it.each(['light', 'dark'] as const)('when sharing, in the %s theme: copy confirmed, the manual-copy field, a highlighted point, a revealed quiz', (theme) =>
    withPage(async (page) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
      await visit(page, `${question.permalink}#point-2`);
      expect(await page.locator('#point-2').evaluate((element) => element.matches(':target')), 'point 2 is the target').toBe(true);
      await page.getByRole('button', { name: 'Copy as Markdown' }).click();
      await page.getByRole('button', { name: 'Markdown copied' }).waitFor();
      expect(await axeViolations(page), 'copied, point 2 highlighted').toEqual([]);

      await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
      await page.getByRole('button', { name: 'Copy link' }).click();
      await page.locator('input[readonly]').waitFor();
      expect(await axeViolations(page), 'manual-copy field').toEqual([]);

      await visit(page, question.permalink.replace(/^\/questions\//, '/quiz/'));
      expect(await axeViolations(page), 'quiz, answer hidden').toEqual([]);
      await page.getByRole('button', { name: 'Reveal answer' }).click();
      await expanded(page.getByRole('button', { name: 'Hide answer' }));
      await expect.poll(() => visibleText(page.locator('#quiz-answer'))).toContain(firstAnswerLine(question));
      expect(await axeViolations(page), 'quiz, answer revealed').toEqual([]);
    }),
  );
});
