/**
 * Sharing a question (README.md "Sharing"): the copy buttons put exactly the
 * right text on the clipboard, say so, and fall back to a selected field; a
 * #point-N link opens a collapsed answer at that point; /q/<n> short links;
 * and quiz pages whose HTML holds no answer until the reader reveals it.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { QUIZ_PAGES_PER_FILE } from '../../src/plugins/quiz/server/quiz-pages.ts';
import { useBrowser } from './helpers/browser.ts';
import { TEST_SITE_URL } from './global-setup.ts';
import { baseUrl, normalise, pageAnswer, questionById, questions, sitePath, topics, urlFor, visibleText, visit, type Question } from './helpers/site.ts';

const origin = new URL(baseUrl).origin;
/** Every paragraph and bullet of an answer, in document order: the points #point-N counts. */
const pointsOf = (question: Question): string[] => question.answerBlocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.items));
/** A question whose third point is a bullet after a paragraph, so both kinds are counted. */
const question = questions.find((candidate) => candidate.answerBlocks[0]?.kind === 'paragraph' && pointsOf(candidate).length >= 4)!;
const topicTitle = (id: string) => topics.find((topic) => topic.id === id)!.title;
/** What the site's canonical URLs start with: the build's SITE_URL and base URL. */
const canonical = (permalink: string) => TEST_SITE_URL + sitePath(permalink);

const browser = useBrowser();

/** A page in a fresh browser context that may use the clipboard; `setup` runs before the test. */
const withContext = (test: (page: Page, context: BrowserContext) => Promise<void>, setup?: (page: Page) => Promise<void>): Promise<void> =>
  browser.withIsolatedPage(async (page) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await setup?.(page);
    await test(page, page.context());
  });

interface Download {
  url: string;
  text: string;
}

/**
 * Every response the page receives, whatever asked for it (documents, scripts,
 * fetches, <link rel=prefetch> and the chunks Docusaurus prefetches), plus every
 * prefetch or preload link in the page, in case Chromium fetched it out of the
 * page's sight. `read` waits for every body, including ones that arrive while
 * earlier ones are read; a body Chromium no longer holds is fetched again from
 * the (static) server.
 */
function recordDownloads(page: Page): { read: () => Promise<Download[]> } {
  const pending: Promise<Download>[] = [];
  const readBody = async (url: string, body: () => Promise<Buffer>): Promise<Download> => {
    try {
      return { url, text: (await body()).toString('utf8') };
    } catch {
      return { url, text: await (await fetch(url)).text() };
    }
  };
  page.on('response', (response) => {
    if (response.status() >= 300 && response.status() < 400) return;
    pending.push(readBody(response.url(), () => response.body()));
  });
  return {
    async read() {
      const linked = await page
        .locator('link[rel~="prefetch"], link[rel~="preload"], link[rel~="modulepreload"]')
        .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
      for (const url of linked) pending.push(readBody(url, () => Promise.reject(new Error('not seen by the page'))));
      for (let read = -1; read !== pending.length;) {
        read = pending.length;
        await Promise.all(pending);
      }
      const downloads = await Promise.all(pending);
      return [...new Map(downloads.map((download) => [download.url, download])).values()];
    },
  };
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
      {
        button: 'Copy as Markdown',
        copied: 'Markdown copied',
        text: `[${question.title}](${link}) · ${topicTitle(question.primaryTopic)}`,
        message: 'Markdown link copied to the clipboard.',
      },
      {
        button: 'Copy quiz link',
        copied: 'Quiz link copied',
        text: canonical(question.permalink.replace(/^\/questions\//, '/quiz/')),
        message: 'Quiz link copied',
      },
    ];
  };

  it('put exactly the right text on the clipboard, confirm on the button and in a polite live region, then read as before', () =>
    withContext(async (page) => {
      // A controlled clock, so that "goes away on its own" below does not depend on how fast the machine is.
      await page.clock.install();
      await visit(page, question.permalink);
      const status = shareStatus(page);
      for (const { button, copied, text, message } of expected()) {
        await shareButton(page, button).click();
        await expect.poll(() => readClipboard(page), { message: button }).toBe(text);
        expect(await shareButton(page, copied).isVisible(), `${button} says it copied`).toBe(true);
        await expect.poll(() => visibleText(status), { message: `${button}: live region` }).toContain(message);
      }
      // The confirmation goes away on its own.
      expect(await shareButton(page, 'Copy quiz link').isVisible(), 'still confirming').toBe(false);
      await page.clock.runFor(10_000);
      await expect.poll(() => shareButton(page, 'Copy quiz link').isVisible(), { message: 'the button reads as before' }).toBe(true);
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
          expect(selection, `${button}: the whole text is selected, ready for Ctrl+C`).toEqual({
            focused: true,
            start: 0,
            end: text.length,
            length: text.length,
          });
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
        expect(await visibleText(shareStatus(page))).toMatch(/copied|press Ctrl\+C/i);
      },
      async (page) => {
        await page.addInitScript(breakClipboard);
      },
    ),
  );

  it('are disabled without JavaScript, and hidden in print', async () => {
    await browser.withPageWithoutJavaScript(async (noScript) => {
      await noScript.goto(urlFor(question.permalink));
      for (const name of ['Copy link', 'Copy as Markdown', 'Copy quiz link']) expect(await shareButton(noScript, name).isDisabled(), name).toBe(true);
    });
    await withContext(async (page) => {
      await visit(page, question.permalink);
      expect(await shareButton(page, 'Copy link').isEnabled()).toBe(true);
      await page.emulateMedia({ media: 'print' });
      expect(await shareButton(page, 'Copy link').isVisible()).toBe(false);
      expect(await page.locator('a[aria-label^="Link to point"]').first().isVisible()).toBe(false);
    });
  });

  it('are at least 44 by 44 px and fit a 375 px phone', () =>
    browser.withIsolatedPage(
      async (page) => {
        await visit(page, question.permalink);
        for (const name of ['Copy link', 'Copy as Markdown', 'Copy quiz link']) {
          const box = (await shareButton(page, name).boundingBox())!;
          expect(box.width, name).toBeGreaterThanOrEqual(44);
          expect(box.height, name).toBeGreaterThanOrEqual(44);
          expect(box.x + box.width, `${name} fits the screen`).toBeLessThanOrEqual(375);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      },
      { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 },
    ));
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
      // The announcer is visually hidden on purpose (screen readers only), so its text, not its visible text, is checked.
      await expect.poll(() => page.locator('#sre-share-announcer').textContent()).toBe('Link to point 2 copied.');
      expect(await page.locator('#point-2').evaluate((element) => element.matches(':target'))).toBe(true);
    }));

  it('on a topic page, ids name their question so none repeats, and a point link opens that collapsed answer', async () => {
    const topic = topics.find((candidate) => candidate.questionIds.length >= 2)!;
    const html = await (await fetch(urlFor(topic.permalink))).text();
    const ids = [...html.matchAll(/\sid="?([^"\s>]+)/g)].map(([, id]) => id!);
    expect(
      ids.filter((id, index) => ids.indexOf(id) !== index),
      'repeated ids',
    ).toEqual([]);
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
      expect(await visibleText(page.locator('h1'))).toBe(seventeen.title);
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

/**
 * A downloaded file's text with JS and JSON string escapes undone, so that a
 * sentence can be found whether it sits in HTML or inside a string literal
 * (webpack writes non-ASCII characters as \uXXXX, and a JSON.parse('…')
 * literal escapes a JSON string a second time).
 */
function unescaped(text: string): string {
  let current = text;
  for (let level = 0; level < 2; level += 1) {
    current = current.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/\\(["'\\/])/g, '$1');
  }
  return current;
}
const holds = (text: string, sentence: string): boolean => text.includes(sentence) || unescaped(text).includes(sentence);

/** Which of `question`'s answer sentences each download holds. */
function answerTextIn(downloads: readonly Download[], entry: Question): { url: string; sentence: string }[] {
  const sentences = answerSentences.filter(({ id }) => id === entry.id).map(({ sentence }) => sentence);
  return downloads.flatMap(({ url, text }) => sentences.filter((sentence) => holds(text, sentence)).map((sentence) => ({ url, sentence })));
}

/** The question page's meta description, as published in its HTML. */
async function publishedDescription(entry: Question): Promise<string> {
  const html = await (await fetch(urlFor(entry.permalink))).text();
  const [, doubleQuoted, singleQuoted, bare] = /<meta[^>]* name=description content=(?:"([^"]*)"|'([^']*)'|([^\s'">]+))/.exec(html) ?? [];
  const description = doubleQuoted ?? singleQuoted ?? bare;
  if (description === undefined) throw new Error(`${entry.permalink} has no <meta name=description>`);
  return decodeEntities(description);
}

/** The script the question page loads that carries its answer text (its MDX content), found by loading the page. */
async function questionPageChunk(page: Page, entry: Question): Promise<string> {
  const downloads = recordDownloads(page);
  await visit(page, entry.permalink);
  await page.waitForLoadState('networkidle');
  const scripts = (await downloads.read()).filter(({ url }) => url.endsWith('.js'));
  const chunk = scripts.find((script) => answerTextIn([script], entry).length > 0);
  if (!chunk) throw new Error(`none of the ${scripts.length} scripts ${entry.permalink} loads holds its answer text`);
  return chunk.url;
}

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

  it('reveal the answer only on request: nothing the page downloads or prefetches holds it before, then it shows and takes focus', () =>
    withContext(async (page) => {
      const published = await publishedDescription(question);
      const downloads = recordDownloads(page);
      await visit(page, quizPathOf(question));
      await page.waitForLoadState('networkidle');
      expect(await visibleText(page.locator('h1'))).toBe(question.title);
      const before = await downloads.read();
      expect(before.length, 'the recorder saw the page load its code').toBeGreaterThan(5);
      const found = answerTextIn(before, question);
      expect(
        found.filter((hit) => !published.includes(hit.sentence)),
        'answer text downloaded before the reveal',
      ).toEqual([]);
      // The one known exception (README.md "Sharing"): Docusaurus prefetches the code of the navbar's links, and the docs'
      // shared metadata lists every question page's meta description (the answer's first sentence, public on the question
      // page). So the description may only come in a file that lists every question's description alike.
      const descriptions = await Promise.all(questions.map(publishedDescription));
      const carriers = [...new Set(found.map((hit) => hit.url))];
      for (const url of carriers) {
        const text = before.find((download) => download.url === url)!.text;
        const listed = descriptions.filter((description) => holds(text, description));
        expect(listed.length, `${url} holds the meta description of question ${question.id}: is it the docs' shared metadata?`).toBe(questions.length);
      }
      expect(normalise((await page.locator('main').textContent()) ?? '')).not.toContain(pointsOf(question)[0]);

      const reveal = page.getByRole('button', { name: 'Reveal answer' });
      expect(await reveal.getAttribute('aria-expanded')).toBe('false');
      await reveal.click();
      const answer = page.locator('#quiz-answer');
      await expect.poll(() => visibleText(answer)).toContain(pointsOf(question)[0]);
      for (const point of pointsOf(question)) expect(await visibleText(answer)).toContain(point);
      expect(await page.getByRole('button', { name: 'Hide answer' }).getAttribute('aria-expanded')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('quiz-answer');
    }));

  it.each(['fetched', 'prefetched with <link rel=prefetch>'] as const)(
    'the check above catches answer text when the question page’s own chunk is %s from the quiz page',
    (how) =>
      withContext(async (page) => {
        const chunk = await questionPageChunk(await page.context().newPage(), question);
        const downloads = recordDownloads(page);
        await visit(page, quizPathOf(question));
        await page.waitForLoadState('networkidle');
        if (how === 'fetched') await page.evaluate((url) => fetch(url).then((response) => response.text()), chunk);
        else await page.evaluate((url) => document.head.append(Object.assign(document.createElement('link'), { rel: 'prefetch', href: url })), chunk);
        const found = answerTextIn(await downloads.read(), question).filter((hit) => hit.url === chunk);
        expect(found.length, `answer sentences found in ${chunk}`).toBeGreaterThan(0);
      }),
  );

  it('load the data of the quiz pages in their own data file only, not every quiz page’s', async () => {
    // The real bank is larger than one file, so its first and last questions' quiz data are in different files.
    expect(questions.length).toBeGreaterThan(QUIZ_PAGES_PER_FILE);
    const [first, last] = [questions[0]!, questions.at(-1)!];
    const quizDataOf = (entry: Question) => `"questionPath":"${entry.permalink}"`;
    const downloadedOn = (entry: Question) =>
      browser.withIsolatedPage(async (page) => {
        const downloads = recordDownloads(page);
        await visit(page, quizPathOf(entry));
        await page.waitForLoadState('networkidle');
        const text = (await downloads.read()).map((download) => download.text).join('\n');
        return { own: text.includes(quizDataOf(entry)), other: text.includes(quizDataOf(entry === first ? last : first)) };
      });
    // The marker is found when its file is loaded (negative control for the second check).
    expect(await downloadedOn(first)).toEqual({ own: true, other: false });
    expect(await downloadedOn(last)).toEqual({ own: true, other: false });
  });

  it('without JavaScript, show the question and a plain link to the answer on its question page', () =>
    browser.withPageWithoutJavaScript(async (page) => {
      await page.goto(urlFor(quizPathOf(question)));
      expect(await visibleText(page.locator('h1'))).toBe(question.title);
      const link = page.getByRole('link', { name: 'Show the answer' });
      expect(await link.getAttribute('href')).toBe(`${sitePath(question.permalink)}?study=0`);
      await link.click();
      await page.waitForURL((url) => url.pathname === sitePath(question.permalink));
      expect(await visibleText(pageAnswer(page))).toContain(pointsOf(question)[0]);
    }));

  it('are kept out of the sitemap and search engines, since they repeat their question pages', async () => {
    const html = await (await fetch(urlFor(quizPathOf(question)))).text();
    expect(html).toMatch(/<meta[^>]+name=robots content="noindex, follow"/);
    const sitemap = await (await fetch(urlFor('/sitemap.xml'))).text();
    expect(sitemap).toContain(sitePath(question.permalink));
    expect(sitemap).not.toContain('/quiz/');
  });
});
