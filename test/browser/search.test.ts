/**
 * Search as a reader uses it, in Chromium, on the site built under /sre/ (see
 * global-setup.ts). What a query must find is written down below, read off
 * source/sre-interview-questions.txt by hand, never computed by the site's
 * own engine; the rest checks the browser integration (loading, keyboard,
 * URLs, rendering) against what the page itself lists.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEARCH_PAGE_STEP } from '../../src/plugins/search/shared/constants.ts';
import { axeViolations } from './helpers/axe.ts';
import { useBrowser } from './helpers/browser.ts';
import { bankQuestions } from '../helpers/expected-questions.ts';
import { MUST_BE_IN_TOP_3, titleOfNumber } from './helpers/search-expectations.ts';
import { questionById, questions, sitePath, topics, urlFor, visibleText, visibleTexts, type Question } from './helpers/site.ts';
import { startApp } from './helpers/app.ts';

const topicTitle = new Map(topics.map((topic) => [topic.id, topic.title]));
const anyQuestion = questions[0]!;
const questionTitled = (title: string): Question => {
  const found = questions.find((question) => question.title === title);
  if (!found) throw new Error(`no question is titled "${title}"`);
  return found;
};

const SEARCH_CHUNK = /\/assets\/js\/search-(engine|questions|answers)\.[0-9a-f]+\.js$/;
/** Made of words that match nothing; if it ever became markup, the broken image would call xssProbeFired(). */
const XSS_PROBE = '<img src=x onerror=xssProbeFired()>';

const browser = useBrowser();
const withPage = browser.withPage;

async function open(permalink: string, page: Page): Promise<Page> {
  await page.addInitScript('window.xssProbeFired = () => { window.__xssFired = true; };');
  const response = await page.goto(urlFor(permalink), { waitUntil: 'load' });
  expect(response?.status(), `HTTP status of ${sitePath(permalink)}`).toBe(200);
  await startApp(page, { timeout: 15_000 });
  return page;
}

const combobox = (page: Page) => page.locator('nav input[role="combobox"]');
const options = (page: Page) => page.locator('nav [role="listbox"] [role="option"]');
const optionTitles = (page: Page) => visibleTexts(options(page).locator('span:first-child'));

/** Types into the navbar box and waits until its list shows results; returns their titles, best first. */
async function searchInNavbar(page: Page, query: string): Promise<string[]> {
  await combobox(page).focus();
  await combobox(page).fill(query);
  await expect.poll(async () => (await optionTitles(page)).length, { timeout: 10_000, message: `"${query}" lists results` }).toBeGreaterThan(0);
  return optionTitles(page);
}

describe('what a query finds', () => {
  it.each(Object.entries(MUST_BE_IN_TOP_3))('"%s" lists questions %j among its first three results', (query, numbers) =>
    withPage(async (page) => {
      await open(anyQuestion.permalink, page);
      const titles = await searchInNavbar(page, query);
      for (const number of numbers) expect(titles.slice(0, 3), `question ${number} for "${query}"`).toContain(titleOfNumber(number));
    }),
  );

  // Written down from source/questions/on-call-handoff.md: "handoff" is in its title and answer, and in no scraped question's title.
  it('finds a team question: "handoff" lists the on-call handoff question first', () =>
    withPage(async (page) => {
      const handoff = bankQuestions.find((question) => question.file.endsWith('/on-call-handoff.md'));
      if (!handoff) throw new Error('source/questions/on-call-handoff.md is gone: pick another team question for this test');
      await open(anyQuestion.permalink, page);
      expect((await searchInNavbar(page, 'handoff'))[0]).toBe(handoff.title);
    }));

  it('a question that is not about the query is not in its first three (negative control)', () =>
    withPage(async (page) => {
      await open(anyQuestion.permalink, page);
      const titles = await searchInNavbar(page, 'kubernetes');
      // 11 is about toil, and neither its title nor its answer mentions Kubernetes.
      expect(titles.slice(0, 3)).not.toContain(titleOfNumber(11));
    }));
});

describe('navbar search', () => {
  it('loads nothing of search until the box is hovered, then at most 50 KB gzip for the first search', () =>
    withPage(async (page) => {
      const scripts: { url: string; body: Promise<Buffer> }[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') scripts.push({ url: response.url(), body: response.body() });
      });
      await open(anyQuestion.permalink, page);
      await page.waitForLoadState('networkidle');
      expect(scripts.filter((script) => SEARCH_CHUNK.test(script.url)).map((script) => script.url)).toEqual([]);

      const loadedBefore = scripts.length;
      await page.locator('nav form[role="search"]').hover();
      await searchInNavbar(page, 'kubernetes');
      // Wait for the answers file too: it is part of what the first search downloads.
      await expect.poll(() => scripts.some((script) => script.url.includes('/search-answers.')), { timeout: 10_000 }).toBe(true);
      const firstSearch = scripts.slice(loadedBefore);
      expect(firstSearch.filter((script) => SEARCH_CHUNK.test(script.url)).length).toBe(3);
      const gzipBytes = (await Promise.all(firstSearch.map(async (script) => gzipSync(await script.body, { level: 9 }).length))).reduce(
        (sum, size) => sum + size,
        0,
      );
      expect(gzipBytes, `first search downloaded ${(gzipBytes / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(50 * 1024);
    }));

  it('shows results as the reader types, each with its topic, and Enter opens the first', () =>
    withPage(async (page) => {
      await open(anyQuestion.permalink, page);
      const [first] = await searchInNavbar(page, 'kubernets');
      const firstQuestion = questionTitled(first!);
      const option = options(page).first();
      expect(await visibleText(option)).toContain(topicTitle.get(firstQuestion.primaryTopic));
      expect(await option.getAttribute('aria-selected')).toBe('true');
      expect(await option.locator('mark').count(), 'matched words are highlighted').toBeGreaterThan(0);

      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === sitePath(firstQuestion.permalink));
      await expect.poll(() => visibleText(page.locator('h1'))).toBe(first);
    }));

  it('follows the combobox pattern: arrows move the selection, Escape closes, then clears', () =>
    withPage(async (page) => {
      await open(anyQuestion.permalink, page);
      const titles = await searchInNavbar(page, 'incident');
      expect(titles.length).toBeGreaterThanOrEqual(3);
      const input = combobox(page);
      const selectedTitle = async () => {
        const id = await input.getAttribute('aria-activedescendant');
        const selected = page.locator('[role="option"][aria-selected="true"]');
        expect(await selected.count()).toBe(1);
        expect(await selected.getAttribute('id')).toBe(id);
        return visibleText(selected.locator('span:first-child'));
      };
      expect(await input.getAttribute('aria-expanded')).toBe('true');
      const listbox = page.locator(`#${await input.getAttribute('aria-controls')}`);
      expect(await listbox.getAttribute('role')).toBe('listbox');

      expect(await selectedTitle()).toBe(titles[0]);
      await page.keyboard.press('ArrowDown');
      expect(await selectedTitle()).toBe(titles[1]);
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      expect(await selectedTitle(), 'ArrowUp from the first option wraps to the last').toBe(titles.at(-1));

      await page.keyboard.press('Escape');
      expect(await input.getAttribute('aria-expanded')).toBe('false');
      expect(await listbox.isVisible()).toBe(false);
      expect(await input.inputValue()).toBe('incident');
      await page.keyboard.press('Escape');
      expect(await input.inputValue()).toBe('');

      await input.fill('incident');
      await expect.poll(() => optionTitles(page), { message: 'the same query lists the same results' }).toEqual(titles);
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === sitePath(questionTitled(titles.at(-1)!).permalink));
    }));

  it('takes focus with "/", Ctrl+K and ⌘K from anywhere, but lets "/" be typed into a field', () =>
    withPage(async (page) => {
      await open('/search', page);
      const isFocused = () => combobox(page).evaluate((input) => input === document.activeElement);

      await page.locator('body').click({ position: { x: 5, y: 300 } });
      await page.keyboard.press('/');
      expect(await isFocused()).toBe(true);
      expect(await combobox(page).inputValue(), 'the shortcut is not typed into the box').toBe('');

      for (const shortcut of ['Control+k', 'Meta+k']) {
        await page.locator('main a').first().focus();
        await page.keyboard.press(shortcut);
        expect(await isFocused(), shortcut).toBe(true);
      }

      const pageInput = page.locator('main input[type="search"]');
      await pageInput.focus();
      await page.keyboard.type('ci/cd');
      expect(await pageInput.inputValue()).toBe('ci/cd');
      expect(await isFocused()).toBe(false);
    }));

  it('shows a query that looks like HTML as text', () =>
    withPage(async (page) => {
      await open(anyQuestion.permalink, page);
      await combobox(page).fill(`kubernetes ${XSS_PROBE}`);
      await options(page).first().waitFor();
      expect(await options(page).locator('mark').count(), 'the real words are highlighted').toBeGreaterThan(0);
      await combobox(page).fill(XSS_PROBE);
      await expect.poll(() => visibleText(page.locator('nav form[role="search"]'))).toContain(`“${XSS_PROBE}”`);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.evaluate('window.__xssFired')).toBeUndefined();
    }));
});

describe('the /search page', () => {
  // "postmortem" is in the titles of 15 and 19 (Incident response & postmortems), and in answers elsewhere too
  // (46's and 48's, in other topics), so filtering by the topic leaves fewer results than "All topics".
  const query = 'postmortem';
  const topic = 'incident-response';

  it('restores ?q= and ?topic= from a shared link, with topic chips and their counts', () =>
    withPage(async (page) => {
      await open(`/search?q=${query}&topic=${topic}`, page);
      const main = page.locator('main');
      expect(await main.locator('input[type="search"]').inputValue()).toBe(query);
      await expect.poll(async () => (await visibleTexts(main.locator('ol h2'))).length).toBeGreaterThan(0);
      const listed = await visibleTexts(main.locator('ol h2'));
      for (const number of [15, 19]) expect(listed, `question ${number}`).toContain(titleOfNumber(number));
      for (const badges of await main.locator('ol ul[aria-label="Topics"]').all()) expect(await visibleText(badges)).toContain(topicTitle.get(topic));

      const chips = Object.fromEntries(
        (await visibleTexts(main.locator('nav[aria-label="Filter by topic"] a'))).map((text) => {
          const [, title, count] = /^(.*) (\d+)$/.exec(text)!;
          return [title!, Number(count)];
        }),
      );
      const current = await visibleText(main.locator('nav[aria-label="Filter by topic"] a[aria-current="true"]'));
      expect(current, 'the chip of the filtered topic is current').toBe(`${topicTitle.get(topic)} ${listed.length}`);
      expect(chips['All topics'], 'the query finds more outside the topic').toBeGreaterThan(listed.length);
      for (const number of [46, 48]) expect(chips[topicTitle.get(questionById(number).primaryTopic)!], `the topic of question ${number}`).toBeGreaterThan(0);
      for (const [title, count] of Object.entries(chips)) expect(count, title).toBeLessThanOrEqual(chips['All topics']!);
    }));

  it('writes the query to the URL as the reader types, and its result links work', () =>
    withPage(async (page) => {
      await open(`/search?topic=${topic}`, page);
      const input = page.locator('main input[type="search"]');
      await input.fill(query);
      await page.waitForURL((url) => url.searchParams.get('q') === query && url.searchParams.get('topic') === topic);

      const firstLink = page.locator('main ol h2 a').first();
      const firstTitle = await visibleText(firstLink);
      await firstLink.click();
      await page.waitForURL((url) => url.pathname === sitePath(questionTitled(firstTitle).permalink));
      await expect.poll(() => visibleText(page.locator('h1'))).toBe(firstTitle);
      await page.goBack();
      await page.waitForURL((url) => url.searchParams.get('q') === query);
      expect(await page.locator('main input[type="search"]').inputValue()).toBe(query);
    }));

  it('says when nothing matches and suggests a respelling', () =>
    withPage(async (page) => {
      // "recvry" is no word of the source; "recovery" is (18 times), the nearest spelling of it.
      const misspelt = 'recvry';
      const suggested = 'recovery';
      await open('/search', page);
      const input = page.locator('main input[type="search"]');
      await input.fill(misspelt);
      await page.waitForURL((url) => url.searchParams.get('q') === misspelt);
      await expect.poll(() => visibleText(page.locator('main [role="status"]'))).toBe(`No questions match “${misspelt}”.`);
      expect(await page.locator('main ol h2').count()).toBe(0);
      await page.locator('main').getByRole('link', { name: suggested }).click();
      await page.waitForURL((url) => url.searchParams.get('q') === suggested);
      await expect.poll(() => input.inputValue()).toBe(suggested);
      // 7 asks about recovery time and recovery point objectives.
      await expect.poll(() => visibleTexts(page.locator('main ol h2'))).toContain(titleOfNumber(7));

      // Back returns to the search as typed, box included.
      await page.goBack();
      await page.waitForURL((url) => url.searchParams.get('q') === misspelt);
      await expect.poll(() => input.inputValue()).toBe(misspelt);
    }));

  it(`lists ${SEARCH_PAGE_STEP} results, then more on request`, () =>
    withPage(async (page) => {
      // The longest word of every title: a query every question matches, by its own title.
      const everything = [...new Set(questions.map((question) => question.title.split(/\W+/).sort((a, b) => b.length - a.length)[0]!))].join(' ');
      expect(questions.length).toBeGreaterThan(SEARCH_PAGE_STEP);
      await open(`/search?q=${encodeURIComponent(everything)}`, page);
      const results = page.locator('main ol > li');
      await expect.poll(() => results.count()).toBe(SEARCH_PAGE_STEP);
      await page
        .locator('main')
        .getByRole('button', { name: /^Show \d+ more/ })
        .click();
      await expect.poll(() => results.count()).toBe(Math.min(questions.length, 2 * SEARCH_PAGE_STEP));
    }));

  it('shows a query that looks like HTML as text', () =>
    withPage(async (page) => {
      await open(`/search?q=${encodeURIComponent(`canary ${XSS_PROBE}`)}`, page);
      await expect.poll(() => visibleText(page.locator('main [role="status"]'))).toContain(XSS_PROBE);
      expect(await page.locator('main ol mark').count(), 'the real words of the query are still highlighted').toBeGreaterThan(0);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.evaluate('window.__xssFired')).toBeUndefined();
    }));

  it('without JavaScript, is a form that submits q, with the topics to browse', () =>
    browser.withPageWithoutJavaScript(async (page) => {
      const response = await page.goto(urlFor('/search?q=canary'), { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      const form = page.locator('main form[role="search"]');
      expect(await form.getAttribute('action')).toBe(sitePath('/search'));
      expect(await form.locator('input[name="q"]').count()).toBe(1);
      expect(await page.locator('nav form[role="search"] input[name="q"]').count(), 'the navbar box is a form too').toBe(1);
      const links = (await page.locator('main ul a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).sort();
      expect(links).toEqual(topics.map((entry) => sitePath(entry.permalink)).sort());
    }));
});

describe('accessibility (axe)', () => {
  // "canary" finds 27, in Safe changes & CI/CD.
  const topic = questionById(27).primaryTopic;
  const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

  describe.each(['light', 'dark'] as const)('in the %s theme', (colorScheme) => {
    it('finds no violation in the open navbar search', () =>
      withPage(async (page) => {
        await page.emulateMedia({ colorScheme });
        await open(anyQuestion.permalink, page);
        await searchInNavbar(page, 'canary');
        expect(await combobox(page).getAttribute('aria-expanded'), 'the list is open').toBe('true');
        expect(await page.locator('html').getAttribute('data-theme')).toBe(colorScheme);
        expect(await axeViolations(page, { include: 'nav form[role="search"]', tags: WCAG })).toEqual([]);
      }));

    it('finds no violation on the search page with results', () =>
      withPage(async (page) => {
        await page.emulateMedia({ colorScheme });
        await open(`/search?q=canary&topic=${topic}`, page);
        await expect.poll(() => visibleTexts(page.locator('main ol h2'))).toContain(titleOfNumber(27));
        expect(await axeViolations(page, { include: 'main', tags: WCAG })).toEqual([]);
      }));
  });
});
