/**
 * Read and study modes on question and topic pages: the switch and its memory,
 * `?study=` links, revealing by click, key and URL hash, and that answer text
 * never becomes unreachable (no JavaScript, a failed app, print).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './helpers/browser.ts';
import {
  firstAnswerLine,
  keyPoints,
  normalise,
  pageAnswer,
  questions,
  questionWithKeyPoints,
  topics,
  urlFor,
  visibleText,
  visit,
  watchForErrors,
} from './helpers/site.ts';
import { holdBack, startApp } from './helpers/app.ts';

const question = questionWithKeyPoints(3);
const other = questionWithKeyPoints(3, question);
const topic = topics.find((candidate) => candidate.questionIds.length >= 2)!;
const topicQuestions = topic.questionIds.map((id) => questions.find((candidate) => candidate.id === id)!);

const browser = useBrowser();
/** A page in a browser of its own (fresh storage), closed with its context after the test. */
const withPage = browser.withIsolatedPage;

const modeSwitch = (page: Page) => page.getByRole('switch', { name: 'Study mode' });
const revealButton = (page: Page) => pageAnswer(page).getByRole('button', { name: /^(Reveal|Hide) answer$/ });

async function answerShown(page: Page, shown: boolean): Promise<void> {
  const text = await visibleText(pageAnswer(page));
  if (shown) expect(text, 'the answer text is visible').toContain(firstAnswerLine(question));
  else expect(text, 'the answer text is hidden').not.toContain(firstAnswerLine(question));
}

describe('the Study mode switch', () => {
  it('starts in read mode, hides answers once switched on, and stays on across reloads and pages', () =>
    withPage(async (page) => {
      await visit(page, question.permalink);
      expect(await modeSwitch(page).getAttribute('aria-checked')).toBe('false');
      await answerShown(page, true);
      expect(await revealButton(page).isVisible(), 'no reveal button in read mode').toBe(false);

      await modeSwitch(page).click();
      expect(await modeSwitch(page).getAttribute('aria-checked')).toBe('true');
      await answerShown(page, false);
      expect(await revealButton(page).isVisible()).toBe(true);

      await page.reload();
      await startApp(page);
      expect(await modeSwitch(page).getAttribute('aria-checked')).toBe('true');
      await answerShown(page, false);

      await visit(page, other.permalink);
      expect(await visibleText(pageAnswer(page))).not.toContain(firstAnswerLine(other));

      await modeSwitch(page).click();
      await page.reload();
      await startApp(page);
      expect(await modeSwitch(page).getAttribute('aria-checked')).toBe('false');
      expect(await visibleText(pageAnswer(page))).toContain(firstAnswerLine(other));
    }));

  it('?study=1 hides the answer for that visit only, and ?study=0 shows it, without changing the remembered choice', () =>
    withPage(async (page) => {
      await visit(page, `${question.permalink}?study=1`);
      expect(await modeSwitch(page).getAttribute('aria-checked')).toBe('true');
      await answerShown(page, false);
      // Following a link within the site keeps the link's mode for the rest of the visit…
      const related = page.locator('nav[aria-labelledby="related-questions"] a').first();
      const relatedPath = (await related.getAttribute('href'))!;
      await related.click();
      await page.waitForURL((url) => url.pathname === relatedPath);
      await expect.poll(() => pageAnswer(page).getByRole('button', { name: 'Reveal answer' }).isVisible()).toBe(true);
      expect(await modeSwitch(page).getAttribute('aria-checked')).toBe('true');
      // …but a new visit without it is back to the remembered mode.
      await visit(page, question.permalink);
      await answerShown(page, true);

      await modeSwitch(page).click(); // remember study mode
      await visit(page, `${question.permalink}?study=0`);
      expect(await modeSwitch(page).getAttribute('aria-checked')).toBe('false');
      await answerShown(page, true);
      await visit(page, question.permalink);
      await answerShown(page, false);
    }));
});

describe('answers stay reachable', () => {
  it('are in the static HTML and visible without JavaScript, even on a ?study=1 link', () =>
    browser.withPageWithoutJavaScript(async (page) => {
      await page.goto(urlFor(`${question.permalink}?study=1`), { waitUntil: 'load' });
      expect(await page.locator('html[data-has-hydrated="true"]').count(), 'the app did not run').toBe(0);
      for (const line of [firstAnswerLine(question), ...keyPoints(question)]) {
        expect(await visibleText(pageAnswer(page))).toContain(line);
      }
      expect(await revealButton(page).isVisible()).toBe(false);
    }));

  it('are hidden before the app starts in study mode (no flash of the answer), and shown again if it never starts', () =>
    withPage(async (page) => {
      // The page's own scripts fail to load, once the test has looked at the page: only the inline scripts run.
      const fail = await holdBack(page, '**/assets/js/**', 'abort');
      await page.goto(urlFor(`${question.permalink}?study=1`), { waitUntil: 'domcontentloaded' });
      await answerShown(page, false);
      fail();
      await expect.poll(() => visibleText(pageAnswer(page)), { timeout: 10_000 }).toContain(firstAnswerLine(question));
      expect(await page.locator('html[data-has-hydrated="true"]').count()).toBe(0);
    }));

  it('all print, in study mode too, without the study controls', () =>
    withPage(async (page) => {
      await visit(page, `${topic.permalink}?study=1`);
      await page.emulateMedia({ media: 'print' });
      const article = await visibleText(page.locator('article'));
      for (const inTopic of topicQuestions) expect(article).toContain(firstAnswerLine(inTopic));
      expect(await page.getByRole('button', { name: 'Reveal answer' }).first().isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Reveal all' }).isVisible()).toBe(false);
    }));
});

describe('revealing an answer', () => {
  it('by click: the button says it expanded, focus moves into the answer, and it hides again', () =>
    withPage(async (page) => {
      await visit(page, `${question.permalink}?study=1`);
      expect(await revealButton(page).getAttribute('aria-expanded')).toBe('false');
      const controlled = await revealButton(page).getAttribute('aria-controls');
      await revealButton(page).click();
      expect(await revealButton(page).getAttribute('aria-expanded')).toBe('true');
      await answerShown(page, true);
      expect(await page.evaluate((id) => document.activeElement?.id === id, controlled)).toBe(true);

      await revealButton(page).click();
      expect(await revealButton(page).getAttribute('aria-expanded')).toBe('false');
      await answerShown(page, false);
    }));

  it('by Space or Enter, wherever focus is not on another control', () =>
    withPage(async (page) => {
      await visit(page, `${question.permalink}?study=1`);
      await page.keyboard.press('Space');
      await answerShown(page, true);
      expect(await revealButton(page).getAttribute('aria-expanded')).toBe('true');

      await revealButton(page).click();
      await page.locator('h1').click(); // focus back on the page, not on a control
      await page.keyboard.press('Enter');
      await answerShown(page, true);
    }));

  it('by a URL hash that points inside the collapsed answer: it opens and scrolls there', () =>
    withPage(async (page) => {
      const points = keyPoints(question);
      await visit(page, `${question.permalink}?study=1#key-point-${points.length}`);
      expect(await revealButton(page).getAttribute('aria-expanded')).toBe('true');
      // The older key-point anchor is an empty span at the start of its bullet (the bullet's own id is point-N).
      const target = page.locator(`[data-point]:has(#key-point-${points.length})`);
      expect(await visibleText(target)).toBe(points.at(-1));
      expect(
        await target.evaluate((element) => {
          const box = element.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
        'the target is scrolled into view',
      ).toBe(true);

      // Later in the visit, an in-page link to a key point opens the answer again.
      await revealButton(page).click();
      await answerShown(page, false);
      await page.evaluate(() => (window.location.hash = '#key-point-1'));
      await expect.poll(() => revealButton(page).getAttribute('aria-expanded')).toBe('true');
      expect(await visibleText(page.locator('[data-point]:has(#key-point-1)'))).toBe(points[0]);
    }));

  it('not by a hash that points elsewhere on the page', () =>
    withPage(async (page) => {
      await visit(page, `${question.permalink}?study=1#related-questions`);
      await answerShown(page, false);
      expect(await revealButton(page).getAttribute('aria-expanded')).toBe('false');
    }));
});

const answerOf = (page: Page, id: number) => page.locator(`[id="answer-body-${id}"]`);

describe('a topic page in study mode', () => {
  it('hides every answer; "Reveal all" and "Hide all" open and close them together', () =>
    withPage(async (page) => {
      await visit(page, `${topic.permalink}?study=1`);
      for (const inTopic of topicQuestions) expect(await answerOf(page, inTopic.id).isVisible()).toBe(false);

      await page.getByRole('button', { name: 'Reveal all' }).click();
      for (const inTopic of topicQuestions) expect(await visibleText(answerOf(page, inTopic.id))).toContain(firstAnswerLine(inTopic));
      const toggles = page.locator('article').getByRole('button', { name: /^(Reveal|Hide) answer$/ });
      expect(await toggles.count()).toBe(topicQuestions.length);
      for (const toggle of await toggles.all()) expect(await toggle.getAttribute('aria-expanded')).toBe('true');

      await page.getByRole('button', { name: 'Hide all' }).click();
      for (const inTopic of topicQuestions) expect(await answerOf(page, inTopic.id).isVisible()).toBe(false);
    }));

  it('shows every answer in read mode, with no study controls', () =>
    withPage(async (page) => {
      const errors = watchForErrors(page);
      await visit(page, topic.permalink);
      for (const inTopic of topicQuestions) expect(await visibleText(answerOf(page, inTopic.id))).toContain(firstAnswerLine(inTopic));
      expect(await page.getByRole('button', { name: 'Reveal all' }).count()).toBe(0);
      expect(errors).toEqual([]);
    }));
});

describe('visibleText, which every answer check above relies on', () => {
  const [shownQuestion] = topicQuestions as [(typeof topicQuestions)[0]];
  const line = firstAnswerLine(shownQuestion);
  const HIDING = [
    'display: none',
    'visibility: hidden',
    'opacity: 0',
    'content-visibility: hidden',
    'position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0)',
  ];

  it.each(HIDING)('reads an answer hidden with `%s` as empty, and its text again once shown', (hiding) =>
    withPage(async (page) => {
      await visit(page, topic.permalink);
      const answer = answerOf(page, shownQuestion.id);
      expect(await visibleText(answer), 'read mode: shown').toContain(line);

      const style = await page.addStyleTag({ content: `[id="answer-body-${shownQuestion.id}"] { ${hiding} !important; }` });
      expect(await visibleText(answer), `hidden with ${hiding}`).toBe('');
      expect(normalise((await answer.textContent()) ?? ''), 'the text is still in the page, only hidden').toContain(line);
      if (hiding === 'display: none') expect(normalise(await answer.innerText()), 'innerText alone would have passed').toContain(line);

      await style.evaluate((element) => (element as Element).remove());
      expect(await visibleText(answer), 'shown again').toContain(line);
    }),
  );

  it('reads an answer hidden by the hidden attribute, or by a hidden ancestor, as empty', () =>
    withPage(async (page) => {
      await visit(page, topic.permalink);
      const answer = answerOf(page, shownQuestion.id);
      await answer.evaluate((element) => element.setAttribute('hidden', ''));
      expect(await visibleText(answer)).toBe('');
      await answer.evaluate((element) => element.removeAttribute('hidden'));
      expect(await visibleText(answer)).toContain(line);

      await page.addStyleTag({ content: 'article { display: none !important; }' });
      expect(await visibleText(answer)).toBe('');
    }));
});
