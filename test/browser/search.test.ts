/**
 * Search as a reader uses it, in Chromium, on the site built under /sre/ (see
 * global-setup.ts). Expected results come from the same engine run in Node
 * on the same generated data, so the tests check the browser integration
 * (loading, keyboard, URLs, rendering) without hard-coding a ranking.
 */
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type BrowserSession } from '../../tooling/browser/chromium.ts';
import { DEFAULT_OPTIONS } from '../../src/plugins/search/options.ts';
import { SEARCH_PAGE_STEP } from '../../src/plugins/search/shared/constants.ts';
import { siteSearch } from '../helpers/search.ts';

const { data, engine } = siteSearch();
const topicTitle = new Map(data.topics.map((topic) => [topic.id, topic.title]));
const anyQuestion = data.questions[0]!;

const baseUrl = inject('baseUrl');
const basePath = new URL(baseUrl).pathname;
const sitePath = (permalink: string): string => basePath + permalink.replace(/^\//, '');
const urlFor = (permalink: string): string => new URL(sitePath(permalink), baseUrl).href;
const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Titles the navbar box should list for a query, best first. */
const expectedTitles = (query: string, options: { topic?: string; limit?: number } = {}) =>
  engine.search({ query, limit: options.limit ?? DEFAULT_OPTIONS.navbarResults, topic: options.topic }).hits.map((hit) => hit.question.title);

const SEARCH_CHUNK = /\/assets\/js\/search-(engine|questions|answers)\.[0-9a-f]+\.js$/;
/** Made of words that match nothing; if it ever became markup, the broken image would call xssProbeFired(). */
const XSS_PROBE = '<img src=x onerror=xssProbeFired()>';

let session: BrowserSession;
beforeAll(async () => {
  session = await launchBrowser();
});
afterAll(async () => {
  await session?.close();
});

async function open(permalink: string, page?: Page): Promise<Page> {
  const tab = page ?? (await session.openPage());
  await tab.addInitScript('window.xssProbeFired = () => { window.__xssFired = true; };');
  const response = await tab.goto(urlFor(permalink), { waitUntil: 'load' });
  expect(response?.status(), `HTTP status of ${sitePath(permalink)}`).toBe(200);
  await tab.locator('html[data-has-hydrated="true"]').waitFor({ timeout: 15_000 });
  return tab;
}

const combobox = (page: Page) => page.locator('nav input[role="combobox"]');
const options = (page: Page) => page.locator('nav [role="listbox"] [role="option"]');
const optionTitles = async (page: Page) => (await options(page).locator('span:first-child').allInnerTexts()).map(normalise);

/** Types into the navbar box and waits until its list shows the engine's results for the query. */
async function searchInNavbar(page: Page, query: string): Promise<string[]> {
  await combobox(page).focus();
  await combobox(page).fill(query);
  const expected = expectedTitles(query);
  expect(expected.length, `"${query}" finds something in the data`).toBeGreaterThan(0);
  await expect.poll(() => optionTitles(page), { timeout: 10_000 }).toEqual(expected);
  return expected;
}

async function withPage(run: (page: Page) => Promise<void>, page?: Promise<Page>): Promise<void> {
  const tab = await (page ?? session.openPage());
  try {
    await run(tab);
  } finally {
    await tab.close();
  }
}

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
      const gzipBytes = (await Promise.all(firstSearch.map(async (script) => gzipSync(await script.body, { level: 9 }).length))).reduce((sum, size) => sum + size, 0);
      expect(gzipBytes, `first search downloaded ${(gzipBytes / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(50 * 1024);
    }));

  it('shows results as the reader types, each with its topic, and Enter opens the first', () =>
    withPage(async (page) => {
      await open(anyQuestion.permalink, page);
      const query = 'kubernets';
      const [first] = await searchInNavbar(page, query);
      const hit = engine.search({ query, limit: 1 }).hits[0]!;
      const option = options(page).first();
      expect(normalise(await option.innerText())).toContain(topicTitle.get(hit.question.topics[0]!));
      expect(await option.getAttribute('aria-selected')).toBe('true');
      expect(await option.locator('mark').count(), 'matched words are highlighted').toBeGreaterThan(0);

      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === sitePath(hit.question.url));
      await expect.poll(async () => normalise(await page.locator('h1').innerText())).toBe(first);
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
        return normalise(await selected.locator('span:first-child').innerText());
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
      await expect.poll(() => optionTitles(page)).toEqual(titles);
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      const last = data.questions.find((question) => question.title === titles.at(-1))!;
      await page.waitForURL((url) => url.pathname === sitePath(last.permalink));
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
      await expect.poll(async () => normalise(await page.locator('nav form[role="search"]').innerText())).toContain(`“${XSS_PROBE}”`);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.evaluate('window.__xssFired')).toBeUndefined();
    }));
});

describe('the /search page', () => {
  // A query whose results span several topics, filtered to the topic of its best result.
  const query = 'incident';
  const topic = engine.search({ query }).hits[0]!.question.topics[0]!;

  it('restores ?q= and ?topic= from a shared link, with topic chips and their counts', () =>
    withPage(async (page) => {
      const outcome = engine.search({ query, topic });
      expect(outcome.totalInAllTopics, 'the query has results outside the topic too').toBeGreaterThan(outcome.total);
      await open(`/search?q=${query}&topic=${topic}`, page);
      const main = page.locator('main');
      expect(await main.locator('input[type="search"]').inputValue()).toBe(query);
      await expect.poll(async () => (await main.locator('ol h2').allInnerTexts()).map(normalise)).toEqual(outcome.hits.map((hit) => hit.question.title));
      for (const badges of await main.locator('ol ul[aria-label="Topics"]').all()) expect(await badges.innerText()).toContain(topicTitle.get(topic));

      const current = main.locator('nav[aria-label="Filter by topic"] a[aria-current="true"]');
      expect(normalise(await current.innerText())).toBe(`${topicTitle.get(topic)} ${outcome.topicCounts.get(topic)}`);
      const chipCounts = Object.fromEntries(
        (await main.locator('nav[aria-label="Filter by topic"] a').allInnerTexts()).map((text) => {
          const [, title, count] = /^(.*) (\d+)$/.exec(normalise(text))!;
          return [title, Number(count)];
        }),
      );
      expect(chipCounts).toEqual({
        'All topics': outcome.totalInAllTopics,
        ...Object.fromEntries([...outcome.topicCounts].map(([id, count]) => [topicTitle.get(id), count])),
      });
    }));

  it('writes the query to the URL as the reader types, and its result links work', () =>
    withPage(async (page) => {
      await open(`/search?topic=${topic}`, page);
      const input = page.locator('main input[type="search"]');
      await input.fill(query);
      await page.waitForURL((url) => url.searchParams.get('q') === query && url.searchParams.get('topic') === topic);

      const hit = engine.search({ query, topic }).hits[0]!;
      await page.locator('main ol h2 a').first().click();
      await page.waitForURL((url) => url.pathname === sitePath(hit.question.url));
      await expect.poll(async () => normalise(await page.locator('h1').innerText())).toBe(hit.question.title);
      await page.goBack();
      await page.waitForURL((url) => url.searchParams.get('q') === query);
      expect(await page.locator('main input[type="search"]').inputValue()).toBe(query);
    }));

  it('says when nothing matches and suggests a respelling', () =>
    withPage(async (page) => {
      const misspelt = 'recvry';
      const outcome = engine.search({ query: misspelt });
      expect(outcome.hits).toEqual([]);
      expect(outcome.suggestion?.kind).toBe('spelling');
      const suggested = outcome.suggestion!.kind === 'spelling' ? outcome.suggestion!.query : '';
      await open('/search', page);
      const input = page.locator('main input[type="search"]');
      await input.fill(misspelt);
      await page.waitForURL((url) => url.searchParams.get('q') === misspelt);
      await expect.poll(async () => normalise(await page.locator('main [role="status"]').innerText())).toBe(`No questions match “${misspelt}”.`);
      await page.locator('main').getByRole('link', { name: suggested }).click();
      await page.waitForURL((url) => url.searchParams.get('q') === suggested);
      await expect.poll(() => input.inputValue()).toBe(suggested);
      await expect.poll(async () => page.locator('main ol h2').count()).toBe(engine.search({ query: suggested }).total);

      // Back returns to the search as typed, box included.
      await page.goBack();
      await page.waitForURL((url) => url.searchParams.get('q') === misspelt);
      await expect.poll(() => input.inputValue()).toBe(misspelt);
    }));

  it(`lists ${SEARCH_PAGE_STEP} results, then more on request`, () =>
    withPage(async (page) => {
      // The longest word of every title: a query that every question matches.
      const everything = [...new Set(data.questions.map((question) => question.title.split(/\W+/).sort((a, b) => b.length - a.length)[0]!))].join(' ');
      const total = engine.search({ query: everything }).total;
      expect(total).toBeGreaterThan(SEARCH_PAGE_STEP);
      await open(`/search?q=${encodeURIComponent(everything)}`, page);
      const results = page.locator('main ol > li');
      await expect.poll(() => results.count()).toBe(SEARCH_PAGE_STEP);
      await page.locator('main').getByRole('button', { name: /^Show \d+ more/ }).click();
      await expect.poll(() => results.count()).toBe(Math.min(total, 2 * SEARCH_PAGE_STEP));
    }));

  it('shows a query that looks like HTML as text', () =>
    withPage(async (page) => {
      await open(`/search?q=${encodeURIComponent(`canary ${XSS_PROBE}`)}`, page);
      await expect.poll(async () => normalise(await page.locator('main [role="status"]').innerText())).toContain(XSS_PROBE);
      expect(await page.locator('main ol mark').count(), 'the real words of the query are still highlighted').toBeGreaterThan(0);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.evaluate('window.__xssFired')).toBeUndefined();
    }));

  it('without JavaScript, is a form that submits q, with the topics to browse', async () => {
    const page = await session.openPageWithoutJavaScript();
    try {
      const response = await page.goto(urlFor('/search?q=canary'), { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      const form = page.locator('main form[role="search"]');
      expect(await form.getAttribute('action')).toBe(sitePath('/search'));
      expect(await form.locator('input[name="q"]').count()).toBe(1);
      expect(await page.locator('nav form[role="search"] input[name="q"]').count(), 'the navbar box is a form too').toBe(1);
      const links = (await page.locator('main ul a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).sort();
      expect(links).toEqual(data.topics.map((entry) => sitePath(entry.permalink)).sort());
    } finally {
      await page.close();
    }
  });
});

describe('accessibility (axe)', () => {
  const topic = engine.search({ query: 'canary' }).hits[0]!.question.topics[0]!;
  const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  const violations = async (page: Page, selector: string) => {
    await page.addScriptTag({ path: axeSource });
    const result = (await page.evaluate(`axe.run(${JSON.stringify({ include: [[selector]] })}, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })`)) as {
      violations: { id: string; help: string; nodes: { target: string[] }[] }[];
    };
    return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  };

  describe.each(['light', 'dark'] as const)('in the %s theme', (colorScheme) => {
    it('finds no violation in the open navbar search', () =>
      withPage(async (page) => {
        await page.emulateMedia({ colorScheme });
        await open(anyQuestion.permalink, page);
        await searchInNavbar(page, 'canary');
        expect(await page.locator('html').getAttribute('data-theme')).toBe(colorScheme);
        expect(await violations(page, 'nav form[role="search"]')).toEqual([]);
      }));

    it('finds no violation on the search page with results', () =>
      withPage(async (page) => {
        await page.emulateMedia({ colorScheme });
        await open(`/search?q=canary&topic=${topic}`, page);
        await page.locator('main ol h2').first().waitFor();
        expect(await violations(page, 'main')).toEqual([]);
      }));
  });
});
