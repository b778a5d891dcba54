/**
 * Sharing a question (README.md "Sharing"): the copy buttons put exactly the
 * right text on the clipboard, say so, and fall back to a selected field; a
 * #point-N link opens a collapsed answer at that point; /q/<n> short links;
 * and quiz pages whose HTML holds no answer until the reader reveals it.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserSession } from '../../tooling/browser/chromium.ts';
import { TEST_SITE_URL } from './global-setup.ts';
import {
  baseUrl,
  pageAnswer,
  questionById,
  questions,
  sitePath,
  topics,
  urlFor,
  visibleText,
  visit,
  type Question,
} from './helpers/site.ts';

const origin = new URL(baseUrl).origin;
/** Every paragraph and bullet of an answer, in document order: the points #point-N counts. */
const pointsOf = (question: Question): string[] =>
  question.answerBlocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.items));
/** A question whose third point is a bullet after a paragraph, so both kinds are counted. */
const question = questions.find((candidate) => candidate.answerBlocks[0]?.kind === 'paragraph' && pointsOf(candidate).length >= 4)!;
const topicTitle = (id: string) => topics.find((topic) => topic.id === id)!.title;
/** What the site's canonical URLs start with: the build's SITE_URL and base URL. */
const canonical = (permalink: string) => TEST_SITE_URL + sitePath(permalink);

let session: BrowserSession;
beforeAll(async () => {
  session = await launchBrowser();
});
afterAll(async () => {
  await session?.close();
});

async function withContext(test: (page: Page, context: BrowserContext) => Promise<void>, setup?: (page: Page) => Promise<void>): Promise<void> {
  const page = await session.openIsolatedPage();
  const context = page.context();
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await setup?.(page);
    await test(page, context);
  } finally {
    await context.close();
  }
}

const shareButton = (page: Page, name: string | RegExp) => page.getByRole('list', { name: 'Share this question' }).getByRole('button', { name });
/** The share buttons' own polite live region. */
const shareStatus = (page: Page) => page.locator('div:has(> ul[aria-label="Share this question"]) > p[role="status"][aria-live="polite"]');
const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe('the copy buttons on a question page', () => {
  const expected = () => {
    const link = canonical(question.permalink);
    return [
      { button: 'Copy link', copied: 'Link copied', text: link, message: 'Link copied to the clipboard.' },
      { button: 'Copy as Markdown', copied: 'Markdown copied', text: `[${question.title}](${link}) · ${topicTitle(question.primaryTopic)}`, message: 'Markdown link copied to the clipboard.' },
      { button: 'Copy quiz link', copied: 'Quiz link copied', text: canonical(question.permalink.replace(/^\/questions\//, '/quiz/')), message: 'Quiz link copied' },
    ];
  };

  it('put exactly the right text on the clipboard, confirm on the button and in a polite live region, then read as before', () =>
    withContext(async (page) => {
      await visit(page, question.permalink);
      const status = shareStatus(page);
      for (const { button, copied, text, message } of expected()) {
        await shareButton(page, button).click();
        await expect.poll(() => readClipboard(page), { message: button }).toBe(text);
        expect(await shareButton(page, copied).isVisible(), `${button} says it copied`).toBe(true);
        await expect.poll(() => status.innerText(), { message: `${button}: live region` }).toContain(message);
      }
      // The confirmation goes away on its own.
      await expect.poll(() => shareButton(page, 'Copy quiz link').isVisible(), { timeout: 6_000 }).toBe(true);
      expect(await page.locator('input[readonly]').count(), 'no fallback field when the clipboard works').toBe(0);
    }));

  it.each([
    ['is missing', () => void delete (Object.getPrototypeOf(navigator) as { clipboard?: unknown }).clipboard],
    ['refuses', () => void (navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError')))],
  ])('fall back to the text selected in a read-only field when the Clipboard API %s', (_case, breakClipboard) =>
    withContext(
      async (page, context) => {
        await visit(page, question.permalink);
        for (const { button, text } of expected()) {
          await shareButton(page, button).click();
          const field = page.locator('input[readonly]');
          await expect.poll(() => field.inputValue(), { message: button }).toBe(text);
          const selection = await field.evaluate((input: HTMLInputElement) => ({
            focused: document.activeElement === input,
            start: input.selectionStart,
            end: input.selectionEnd,
            length: input.value.length,
          }));
          expect(selection, `${button}: the whole text is selected, ready for Ctrl+C`).toEqual({ focused: true, start: 0, end: text.length, length: text.length });
          expect(await page.getByLabel(/to this question$/).inputValue(), 'the field is labelled').toBe(text);
          // Chromium lets the older copy command copy the selection; another tab of the same browser reads it back.
          const other = await context.newPage();
          try {
            await other.goto(baseUrl);
            await expect.poll(() => readClipboard(other), { message: `${button}: copied by the fallback` }).toBe(text);
          } finally {
            await other.close();
          }
        }
        expect(await shareStatus(page).innerText()).toMatch(/copied|press Ctrl\+C/i);
      },
      async (page) => {
        await page.addInitScript(breakClipboard);
      },
    ),
  );

  it('are disabled without JavaScript, and hidden in print', async () => {
    const noScript = await session.openPageWithoutJavaScript();
    try {
      await noScript.goto(urlFor(question.permalink));
      for (const name of ['Copy link', 'Copy as Markdown', 'Copy quiz link']) expect(await shareButton(noScript, name).isDisabled(), name).toBe(true);
    } finally {
      await noScript.close();
    }
    await withContext(async (page) => {
      await visit(page, question.permalink);
      expect(await shareButton(page, 'Copy link').isEnabled()).toBe(true);
      await page.emulateMedia({ media: 'print' });
      expect(await shareButton(page, 'Copy link').isVisible()).toBe(false);
      expect(await page.locator('a[aria-label^="Link to point"]').first().isVisible()).toBe(false);
    });
  });

  it('are at least 44 by 44 px and fit a 375 px phone', async () => {
    const page = await session.openIsolatedPage({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    try {
      await visit(page, question.permalink);
      for (const name of ['Copy link', 'Copy as Markdown', 'Copy quiz link']) {
        const box = (await shareButton(page, name).boundingBox())!;
        expect(box.width, name).toBeGreaterThanOrEqual(44);
        expect(box.height, name).toBeGreaterThanOrEqual(44);
        expect(box.x + box.width, `${name} fits the screen`).toBeLessThanOrEqual(375);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    } finally {
      await page.context().close();
    }
  });
});

describe('anchors inside answers', () => {
  it('#point-3 on a collapsed study-mode answer opens it, and scrolls to and highlights its third paragraph or bullet', () =>
    withContext(async (page) => {
      await visit(page, `${question.permalink}?study=1#point-3`);
      const reveal = pageAnswer(page).getByRole('button', { name: /^(Reveal|Hide) answer$/ });
      await expect.poll(() => reveal.getAttribute('aria-expanded')).toBe('true');
      const target = page.locator('#point-3');
      const points = pageAnswer(page).locator('[data-point]');
      expect(await points.count()).toBe(pointsOf(question).length);
      expect(await points.nth(2).getAttribute('id'), 'point-3 is the third paragraph or bullet').toBe('point-3');
      expect(await visibleText(target)).toBe(pointsOf(question)[2]);
      const placement = await target.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const navbar = document.querySelector('.navbar')!.getBoundingClientRect();
        const first = document.getElementById('point-1')!;
        return {
          belowNavbar: box.top >= navbar.bottom - 1,
          inViewport: box.bottom <= window.innerHeight,
          isTarget: element.matches(':target'),
          background: getComputedStyle(element).backgroundColor,
          otherBackground: getComputedStyle(first).backgroundColor,
        };
      });
      expect(placement).toMatchObject({ belowNavbar: true, inViewport: true, isTarget: true });
      expect(placement.background, 'the target is highlighted').not.toBe(placement.otherBackground);
      expect(placement.background).not.toMatch(/^rgba\(0, 0, 0, 0\)$|^transparent$/);
    }));

  it('each point has a link named "Link to point N", shown on focus, that goes to the point and copies its URL', () =>
    withContext(async (page) => {
      await visit(page, question.permalink);
      const link = pageAnswer(page).getByRole('link', { name: 'Link to point 2' });
      expect(await link.getAttribute('href')).toBe('#point-2');
      expect(await link.evaluate((element) => getComputedStyle(element).opacity)).toBe('0');
      await link.focus();
      await expect.poll(() => link.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
      await link.click();
      await page.waitForURL((url) => url.hash === '#point-2');
      await expect.poll(() => readClipboard(page)).toBe(`${canonical(question.permalink)}#point-2`);
      await expect.poll(() => page.locator('#sre-share-announcer').innerText()).toBe('Link to point 2 copied.');
      expect(await page.locator('#point-2').evaluate((element) => element.matches(':target'))).toBe(true);
    }));

  it('on a topic page, ids name their question so none repeats, and a point link opens that collapsed answer', async () => {
    const topic = topics.find((candidate) => candidate.questionIds.length >= 2)!;
    const html = await (await fetch(urlFor(topic.permalink))).text();
    const ids = [...html.matchAll(/\sid="?([^"\s>]+)/g)].map(([, id]) => id!);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index), 'repeated ids').toEqual([]);
    const second = questionById(topic.questionIds[1]!);
    for (const [index] of pointsOf(second).entries()) expect(ids).toContain(`question-${second.id}-point-${index + 1}`);

    await withContext(async (page) => {
      await visit(page, `${topic.permalink}?study=1#question-${second.id}-point-2`);
      const target = page.locator(`#question-${second.id}-point-2`);
      await expect.poll(() => target.isVisible()).toBe(true);
      expect(await visibleText(target)).toBe(pointsOf(second)[1]);
    });
  });
});

describe('short links', () => {
  it('/q/17 lands on question 17', () =>
    withContext(async (page) => {
      const seventeen = questionById(17);
      await page.goto(urlFor('/q/17'));
      await page.waitForURL((url) => url.pathname === sitePath(seventeen.permalink));
      expect(await page.locator('h1').innerText()).toBe(seventeen.title);
    }));
});

const decodeEntities = (html: string) =>
  html
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
/** Every sentence of every answer that is long enough to be unmistakably answer text. */
const answerSentences = questions.flatMap((entry) =>
  pointsOf(entry)
    .flatMap((text) => text.split(/(?<=[.!?:;])\s+/))
    .filter((sentence) => sentence.length >= 20)
    .map((sentence) => ({ id: entry.id, sentence })),
);
const quizPathOf = (entry: Question) => entry.permalink.replace(/^\/questions\//, '/quiz/');

describe('quiz pages', () => {
  it('exist for every question, and their HTML holds no sentence of any answer, in the body, meta tags or inline data', async () => {
    expect(answerSentences.length).toBeGreaterThan(200);
    const leaks: string[] = [];
    for (const entry of questions) {
      const response = await fetch(urlFor(quizPathOf(entry)));
      expect(response.status, quizPathOf(entry)).toBe(200);
      const html = decodeEntities(await response.text());
      expect(html).toContain(`<title data-rh=true>Quiz: ${entry.title}`);
      expect(html).toMatch(/name=description content="Try answering this SRE interview question before revealing the model answer\."/);
      // Its chat preview is the question's own card, which shows the question and its topic only.
      expect(html).toContain(`property=og:image content=${canonical(entry.previewImage)} `);
      for (const { id, sentence } of answerSentences) if (html.includes(sentence)) leaks.push(`${quizPathOf(entry)} contains question ${id}'s "${sentence}"`);
    }
    expect(leaks).toEqual([]);
  });

  it('reveal the answer only on request: no script the page loads holds it before, then it shows and takes focus', () =>
    withContext(async (page) => {
      const sentences = answerSentences.filter(({ id }) => id === question.id).map(({ sentence }) => JSON.stringify(sentence).slice(1, -1));
      const downloaded: string[] = [];
      // What the page runs or fetches. Not <link rel=prefetch>: Docusaurus warms the code of pages the navbar links to, and
      // the docs' shared metadata lists every question page's meta description (see README.md "Sharing").
      page.on('response', (response) => {
        if (!['script', 'fetch', 'xhr'].includes(response.request().resourceType())) return;
        void response.text().then((body) => downloaded.push(body), () => undefined);
      });
      await visit(page, quizPathOf(question));
      await page.waitForLoadState('networkidle');
      expect(await page.locator('h1').innerText()).toBe(question.title);
      const before = downloaded.join('\n');
      expect(sentences.filter((sentence) => before.includes(sentence)), 'answer text downloaded before the reveal').toEqual([]);
      expect(await page.locator('main').innerText()).not.toContain(pointsOf(question)[0]);

      const reveal = page.getByRole('button', { name: 'Reveal answer' });
      expect(await reveal.getAttribute('aria-expanded')).toBe('false');
      await reveal.click();
      const answer = page.locator('#quiz-answer');
      await expect.poll(() => visibleText(answer)).toContain(pointsOf(question)[0]);
      for (const point of pointsOf(question)) expect(await visibleText(answer)).toContain(point);
      expect(await page.getByRole('button', { name: 'Hide answer' }).getAttribute('aria-expanded')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('quiz-answer');
    }));

  it('without JavaScript, show the question and a plain link to the answer on its question page', async () => {
    const page = await session.openPageWithoutJavaScript();
    try {
      await page.goto(urlFor(quizPathOf(question)));
      expect(await page.locator('h1').innerText()).toBe(question.title);
      const link = page.getByRole('link', { name: 'Show the answer' });
      expect(await link.getAttribute('href')).toBe(`${sitePath(question.permalink)}?study=0`);
      await link.click();
      await page.waitForURL((url) => url.pathname === sitePath(question.permalink));
      expect(await visibleText(pageAnswer(page))).toContain(pointsOf(question)[0]);
    } finally {
      await page.close();
    }
  });

  it('are kept out of the sitemap and search engines, since they repeat their question pages', async () => {
    const html = await (await fetch(urlFor(quizPathOf(question)))).text();
    expect(html).toMatch(/<meta[^>]+name=robots content="noindex, follow"/);
    const sitemap = await (await fetch(urlFor('/sitemap.xml'))).text();
    expect(sitemap).toContain(sitePath(question.permalink));
    expect(sitemap).not.toContain('/quiz/');
  });
});
