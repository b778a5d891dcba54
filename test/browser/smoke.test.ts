/**
 * What a reader notices, checked in Chromium against the site built under /sre/
 * (see global-setup.ts). Expectations come from docs/_generated/*.json, the
 * same data the site was built from, so nothing here hard-codes a title.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bankQuestions, expectedTitles } from '../helpers/expected-questions.ts';
import { useBrowser } from './helpers/browser.ts';
import { basePath, baseUrl, normalise, questions, sitePath, topics, urlFor, visibleText, visibleTexts } from './helpers/site.ts';
import { startApp } from './helpers/app.ts';

interface Redirect {
  from: string;
  to: string;
}
const redirects = JSON.parse(readFileSync(join(resolve(fileURLToPath(import.meta.url), '../../../docs/_generated'), 'redirects.json'), 'utf8')) as Redirect[];

const question = questions.find((candidate) => candidate.number === 7);
if (!question) throw new Error('docs/_generated/questions.json has no question number 7');
const primaryTopic = topics.find((topic) => topic.id === question.primaryTopic);
if (!primaryTopic) throw new Error(`topics.json has no topic "${question.primaryTopic}" (primary topic of question 7)`);

/** The answer as the lines a reader should find on the page (paragraphs and list items). */
const answerLines = (answer: string): string[] => answer.split('\n').map(normalise).filter(Boolean);

const MARKETING_TEXT = ['No strings attached', 'Nightfall illustration', 'Find your perfect mentor match', 'Get Interview Coaching'];

const browser = useBrowser();

async function visit(permalink: string, page?: Page, waitUntil: 'load' | 'domcontentloaded' = 'load'): Promise<Page> {
  const tab = page ?? (await browser.session.openPage());
  const response = await tab.goto(urlFor(permalink), { waitUntil });
  expect(response?.status(), `HTTP status of ${sitePath(permalink)}`).toBe(200);
  return tab;
}

/** What each H1 shows a reader ('' for a hidden one, so a stray hidden H1 still fails "the only H1"). */
async function headings(page: Page): Promise<string[]> {
  return visibleTexts(page.locator('h1'));
}

describe(`question page (number ${question.number}: ${question.slug})`, () => {
  it('shows the exact title as the only H1, the answer and a badge linking to its primary topic', async () => {
    const page = await visit(question.permalink);
    try {
      // Hydrated: the client bundle ran, so this is the page a JavaScript reader uses.
      await startApp(page, { timeout: 15_000 });
      expect(await headings(page)).toEqual([question.title]);

      const answer = await visibleText(page.locator('section[aria-labelledby="model-answer"]'));
      for (const line of answerLines(question.answer)) expect(answer).toContain(line);

      const badges = page.locator('ul[aria-label="Topics"] a');
      expect(await badges.count()).toBe(1 + question.secondaryTopics.length);
      const primaryBadge = badges.first();
      expect(await primaryBadge.getAttribute('href')).toBe(sitePath(primaryTopic.permalink));
      expect(await visibleText(primaryBadge)).toBe(primaryTopic.title);
      expect(await primaryBadge.isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('opens another question of its topic from the sidebar inside the app, without reloading the page', async () => {
    const other = questions.find((candidate) => candidate.primaryTopic === question.primaryTopic && candidate.number !== question.number);
    if (!other) throw new Error(`questions.json has no other question in topic "${question.primaryTopic}"`);
    const page = await visit(question.permalink);
    const sameDocument = () => page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument);
    try {
      await startApp(page, { timeout: 15_000 });
      await page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true));
      await page
        .locator(`nav[aria-label="Docs sidebar"] a[href="${sitePath(other.permalink)}"]`)
        .first()
        .click();
      await page.waitForURL(urlFor(other.permalink));
      await expect.poll(() => headings(page), { timeout: 15_000 }).toEqual([other.title]);
      expect(await page.locator('nav[aria-label="Docs sidebar"] a[aria-current="page"]').getAttribute('href')).toBe(sitePath(other.permalink));
      expect(await sameDocument(), 'the app navigated: the page was not loaded again').toBe(true);
      // Negative control: a page loaded again loses the mark, so the check above catches a reload.
      await page.reload();
      expect(await sameDocument()).toBeUndefined();
    } finally {
      await page.close();
    }
  });

  it('opens another topic of the sidebar with every one of its questions (the server trims closed categories, the app does not)', async () => {
    const other = topics.find((topic) => topic.id !== question.primaryTopic && questions.filter((candidate) => candidate.primaryTopic === topic.id).length > 2);
    if (!other) throw new Error('topics.json has no other topic with more than two questions');
    const expected = questions.filter((candidate) => candidate.primaryTopic === other.id).map((candidate) => sitePath(candidate.permalink));
    const page = await visit(question.permalink);
    try {
      await startApp(page, { timeout: 15_000 });
      const category = page.locator('nav[aria-label="Docs sidebar"] li:has(> .menu__list-item-collapsible)', {
        has: page.locator(`:scope > .menu__list-item-collapsible > a[href="${sitePath(other.permalink)}"]`),
      });
      const visibleLinks = async () => {
        const links = category.locator('a.menu__link:not(.menu__link--sublist)');
        const hrefs: string[] = [];
        for (const link of await links.all()) if (await link.isVisible()) hrefs.push((await link.getAttribute('href')) ?? '');
        return hrefs.sort();
      };
      // Negative control: closed, it shows none of them.
      expect(await visibleLinks()).toEqual([]);
      await category.locator(':scope > .menu__list-item-collapsible > button').click();
      // Its questions, all of them (a topic may also list a guide).
      const questionLinks = async () => (await visibleLinks()).filter((href) => href.startsWith(sitePath('/questions/')));
      await expect.poll(questionLinks, { timeout: 15_000 }).toEqual([...expected].sort());
    } finally {
      await page.close();
    }
  });

  it('expands its topic in the sidebar, with the current page marked active', async () => {
    const page = await visit(question.permalink);
    try {
      await startApp(page, { timeout: 15_000 });
      const sidebar = page.locator('nav[aria-label="Docs sidebar"]');
      const current = sidebar.locator('a[aria-current="page"]');
      expect(await current.count(), 'exactly one sidebar link is marked as the current page').toBe(1);
      expect(await current.getAttribute('href')).toBe(sitePath(question.permalink));
      expect(await current.isVisible(), 'the current page link is visible, i.e. its category is expanded').toBe(true);

      // The category that contains it is the question's primary topic, and it is expanded.
      const category = sidebar.locator('li:has(> .menu__list-item-collapsible)', { has: page.locator('a[aria-current="page"]') }).last();
      const categoryLink = category.locator(':scope > .menu__list-item-collapsible > a');
      expect(await categoryLink.getAttribute('href')).toBe(sitePath(primaryTopic.permalink));
      expect(await visibleText(categoryLink)).toBe(primaryTopic.title);
      const toggle = category.locator(':scope > .menu__list-item-collapsible > button');
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');

      // Categories of other topics stay collapsed (autoCollapseCategories).
      const expanded = await sidebar.locator(':scope > ul > li > .menu__list-item-collapsible > button[aria-expanded="true"]').count();
      expect(expanded).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('shows breadcrumbs from the home page through its primary topic to its own title, before and after the app starts', async () => {
    /** Each crumb as a reader meets it: its text (the home crumb's accessible name) and where it links, if anywhere. */
    const crumbsOf = (page: Page) =>
      page.locator('nav[aria-label="Breadcrumbs"] li').evaluateAll((items) =>
        items.map((item) => {
          const link = item.querySelector('a');
          return { text: link?.getAttribute('aria-label') ?? (item.textContent ?? '').trim(), href: link?.getAttribute('href') ?? null };
        }),
      );
    // The page's own crumb, not a link, carries its short label: the one its sidebar link shows.
    const expectedOn = async (tab: Page) => [
      { text: 'Home page', href: sitePath('/') },
      { text: primaryTopic.title, href: sitePath(primaryTopic.permalink) },
      { text: await visibleText(tab.locator('nav[aria-label="Docs sidebar"] a[aria-current="page"]')), href: null },
    ];
    const staticPage = await browser.session.openPageWithoutJavaScript();
    const page = await visit(question.permalink);
    try {
      await visit(question.permalink, staticPage);
      const expected = await expectedOn(staticPage);
      expect(question.title.toLowerCase()).toContain(expected[2]!.text.replace(/…$/, '').toLowerCase());
      expect(await crumbsOf(staticPage)).toEqual(expected);
      await startApp(page, { timeout: 15_000 });
      expect(await crumbsOf(page)).toEqual(expected);
      // Negative control: a page outside the docs has no breadcrumbs, so the reading above finds what it claims.
      await visit('/', page);
      expect(await crumbsOf(page)).toEqual([]);
    } finally {
      await staticPage.close();
      await page.close();
    }
  });

  it('still shows the H1 and the answer with JavaScript disabled (static HTML)', async () => {
    const page = await browser.session.openPageWithoutJavaScript();
    try {
      await visit(question.permalink, page);
      // Proof that the client bundle did not run: Docusaurus sets this attribute on hydration.
      expect(await page.locator('html[data-has-hydrated="true"]').count()).toBe(0);
      expect(await headings(page)).toEqual([question.title]);
      const answer = await visibleText(page.locator('section[aria-labelledby="model-answer"]'));
      for (const line of answerLines(question.answer)) expect(answer).toContain(line);
    } finally {
      await page.close();
    }
  });

  it('links to the questions before and after it in its topic, and is titled by its question, before and after the app starts', async () => {
    // The order of the topic's primary questions in questions.json, which is their order in the source.
    const inTopic = questions.filter((candidate) => candidate.primaryTopic === question.primaryTopic);
    const hrefOf = async (page: Page, selector: string): Promise<string | null> =>
      (await page.locator(selector).count()) === 0 ? null : page.locator(selector).getAttribute('href');
    // The first and the last of the topic are the negative controls: nothing before the one, nothing after the other.
    for (const shown of new Set([inTopic[0]!, question, inTopic.at(-1)!])) {
      const position = inTopic.indexOf(shown);
      const expected = [inTopic[position - 1], inTopic[position + 1]].map((neighbour) => (neighbour ? sitePath(neighbour.permalink) : null));
      const page = await visit(shown.permalink);
      try {
        for (const started of [false, true]) {
          if (started) await startApp(page, { timeout: 15_000 });
          const links = [await hrefOf(page, '.pagination-nav__link--prev'), await hrefOf(page, '.pagination-nav__link--next')];
          expect(links, `${shown.slug}: previous and next (app started: ${started})`).toEqual(expected);
          expect(await page.title()).toBe(`${shown.title} | SRE Interview Questions`);
        }
      } finally {
        await page.close();
      }
    }
  });

  it('loads with no console errors and no failed requests', async () => {
    const page = await browser.session.openPage();
    const problems: string[] = [];
    const loaded: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      else loaded.push(new URL(response.url()).pathname);
    });
    try {
      await visit(question.permalink, page);
      await page.waitForLoadState('networkidle');
      await startApp(page, { timeout: 15_000 });
      expect(problems).toEqual([]);
      // The listeners saw the page's own assets load, under the base URL.
      expect(loaded.some((path) => path.startsWith(`${basePath}assets/js/`))).toBe(true);
      expect(loaded.some((path) => path.startsWith(`${basePath}assets/css/`))).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe('topic pages', () => {
  it('list a link to each of their primary questions', async () => {
    const page = await browser.session.openPage();
    try {
      for (const topic of topics) {
        const expected = questions.filter((candidate) => candidate.primaryTopic === topic.id);
        expect(expected.length, `questions with primary topic ${topic.id}`).toBe(topic.questionCount);
        // The links are in the server-rendered HTML: no need to wait for images and chunks.
        await visit(topic.permalink, page, 'domcontentloaded');
        expect(await headings(page)).toEqual([topic.title]);
        const content = page.locator('article .theme-doc-markdown');
        expect(await content.locator('a[href]').count(), `${topic.permalink} has links in its content`).toBeGreaterThan(0);
        for (const primary of expected) {
          const link = content.locator(`a[href="${sitePath(primary.permalink)}"]`).first();
          expect(await visibleText(link), `${topic.permalink} links to ${primary.permalink}`).toBe(primary.title);
        }
      }
    } finally {
      await page.close();
    }
  });
});

describe('team questions (source/questions/)', () => {
  it('the site has every question of the source and of the team bank, and no other', () => {
    expect(bankQuestions.length).toBeGreaterThan(0);
    expect(questions.map((candidate) => candidate.title).sort()).toEqual([...expectedTitles].sort());
  });

  it.each(bankQuestions)('$file is a page with its title, its answer and its formulas', async ({ title, answerMarkdown }) => {
    const record = questions.find((candidate) => candidate.title === title)!;
    const page = await visit(record.permalink);
    try {
      expect(await headings(page)).toEqual([title]);
      const answer = page.locator('section[aria-labelledby="model-answer"]');
      const firstParagraph = normalise(answerMarkdown.trim().split('\n\n')[0]!.replace(/\*\*/g, ''));
      expect(await visibleText(answer)).toContain(firstParagraph);
      // A `$$` block in the Markdown is a formula KaTeX drew, not dollar signs.
      const formulas = answerMarkdown.match(/^\$\$$/gm)?.length ?? 0;
      expect(await answer.locator('.katex-display').count()).toBe(formulas / 2);
    } finally {
      await page.close();
    }
  });
});

describe('home page', () => {
  it('lists every topic with its question count', async () => {
    const page = await visit('/');
    try {
      // The list under the "Topics" heading; the page's other lists (downloads) are not cards.
      const cards = page.locator('main #topics ~ ul > li');
      expect(await cards.count()).toBe(topics.length);
      for (const topic of topics) {
        const link = page.locator(`main a[href="${sitePath(topic.permalink)}"]`);
        expect(await link.count(), `one card links to ${topic.permalink}`).toBe(1);
        const noun = topic.questionCount === 1 ? 'question' : 'questions';
        expect(await visibleText(link.locator('h3'))).toBe(topic.title);
        expect(await visibleText(link)).toContain(`${topic.questionCount} ${noun}`);
      }
    } finally {
      await page.close();
    }
  });
});

describe('unknown URL', () => {
  // quiz/…: the quiz pages' parent route matches it, and must still fall through to Page Not Found.
  it.each(['questions/does-not-exist', 'quiz/does-not-exist'])('answers %s with 404 and the site’s Page Not Found page', async (path) => {
    const page = await browser.session.openPage();
    try {
      const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
      expect(response?.status()).toBe(404);
      await startApp(page, { timeout: 15_000 });
      expect(await headings(page)).toEqual(['Page Not Found']);
      // The site's layout (navbar title), not a bare server message.
      expect(await visibleText(page.locator('nav[aria-label="Main"]'))).toContain('SRE Interview Questions');
    } finally {
      await page.close();
    }
  });
});

describe('redirects from old URLs', () => {
  const oldSlugs = redirects.filter((redirect) => redirect.from.startsWith('/questions/'));
  // Every question has a short link; visiting a few proves the mechanism without 52 page loads.
  const shortLinks = redirects.filter((redirect) => /^\/q\/(1|17|52)$/.test(redirect.from));

  it('exist for renamed slugs and for every question’s short link', () => {
    expect(oldSlugs.length).toBeGreaterThan(0);
    expect(redirects.filter((redirect) => redirect.from.startsWith('/q/'))).toHaveLength(questions.length);
    expect(shortLinks.map((redirect) => redirect.to)).toEqual([1, 17, 52].map((id) => questions.find((candidate) => candidate.id === id)!.permalink));
  });

  it('are all in the build, each pointing at its page', async () => {
    for (const { from, to } of redirects) {
      const response = await fetch(urlFor(from));
      expect(response.status, from).toBe(200);
      expect(await response.text(), `${from} → ${to}`).toContain(`url=${sitePath(to)}`);
    }
  });

  it('take the reader from each old URL and short link to its page', async () => {
    const page = await browser.session.openPage();
    try {
      for (const { from, to } of [...oldSlugs, ...shortLinks]) {
        const target = questions.find((candidate) => candidate.permalink === to);
        await page.goto(urlFor(from), { waitUntil: 'commit' });
        // On timeout, the assertion below reports where the reader ended up instead.
        await page.waitForURL((url) => url.pathname === sitePath(to), { timeout: 10_000 }).catch(() => undefined);
        expect(new URL(page.url()).pathname, `${from} → ${to}`).toBe(sitePath(to));
        if (target) {
          await page.locator('h1').first().waitFor();
          expect(await headings(page)).toEqual([target.title]);
        }
      }
    } finally {
      await page.close();
    }
  });
});

describe('no marketing text from the source page', () => {
  const pages: [string, string][] = [
    ['home page', '/'],
    ['topic page', primaryTopic.permalink],
    ['question page', question.permalink],
    ['study sheet of all questions', '/print/all'],
    ['topic study sheet', `/print/${primaryTopic.id}`],
  ];
  it.each(pages)('on the %s', async (_name, permalink) => {
    const page = await visit(permalink);
    try {
      await startApp(page, { timeout: 15_000 });
      const visible = (await visibleText(page.locator('body'))).toLowerCase();
      const html = (await page.content()).toLowerCase();
      // A real page was checked, not an empty or error one.
      expect(visible).toContain(permalink === '/' ? 'topics' : 'sre interview questions');
      for (const phrase of MARKETING_TEXT) {
        expect(visible, `visible text contains "${phrase}"`).not.toContain(phrase.toLowerCase());
        expect(html, `HTML (e.g. alt text) contains "${phrase}"`).not.toContain(phrase.toLowerCase());
      }
    } finally {
      await page.close();
    }
  });

  it.each(['/downloads/sre-questions-anki.tsv', '/downloads/sre-questions.csv'])('in %s', async (path) => {
    const response = await fetch(urlFor(path));
    expect(response.status).toBe(200);
    const text = (await response.text()).toLowerCase();
    // A real download was checked: it holds this question's title.
    expect(text).toContain(question.title.toLowerCase().slice(0, 40));
    for (const phrase of MARKETING_TEXT) expect(text, `${path} contains "${phrase}"`).not.toContain(phrase.toLowerCase());
  });
});
