/**
 * Issue 12: the app starts on the reader's first intent, not while the page
 * loads (src/ssr/start-app-on-intent.ts). A page that is only read runs no app
 * script; its scripts are fetched ahead without running; a press on a button
 * before the app runs is carried out once it has; a link whose answer needs
 * the app (a query or a fragment) starts it at once; and a failed start leaves
 * nothing hidden behind a button that cannot work.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './helpers/browser.ts';
import { HYDRATED, holdBack, startApp } from './helpers/app.ts';
import { basePath, buildDir, firstAnswerLine, pageAnswer, questionWithKeyPoints, urlFor, visibleText, watchForErrors } from './helpers/site.ts';

const question = questionWithKeyPoints(3);
const MAIN_SCRIPT = '**/assets/js/main.*.js';

const browser = useBrowser();
const withPage = browser.withIsolatedPage;

const modeSwitch = (page: Page) => page.getByRole('switch', { name: 'Study mode' });
/** True once any of the app's bundles has run: the bundler's runtime defines its chunk list on `self`. */
const appCodeHasRun = (page: Page) => page.evaluate(() => Object.keys(self).some((key) => key.startsWith('webpackChunk')));
const workerRegistered = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
const appState = (page: Page) => page.evaluate(() => document.documentElement.dataset.app);

describe('a page that is only read', () => {
  it('runs no app script, fetches the app ahead and installs the offline worker once loaded, and starts the app on the first key press', () =>
    withPage(async (page) => {
      const errors = watchForErrors(page);
      const fetched: string[] = [];
      page.on('response', (response) => fetched.push(new URL(response.url()).pathname));
      // The navbar's logo, held back, holds back the page's load event.
      const loadLogo = await holdBack(page, '**/img/favicon.svg');
      await page.goto(urlFor(question.permalink), { waitUntil: 'domcontentloaded' });
      expect(await workerRegistered(page), 'no worker before the page has loaded').toBe(false);
      loadLogo();
      await page.waitForLoadState('networkidle');

      expect(await appCodeHasRun(page), 'no app code ran while the page loaded').toBe(false);
      // One visit installs the offline worker, app or not (src/plugins/offline/server/register-worker-script.ts).
      await expect.poll(() => workerRegistered(page), { timeout: 15_000 }).toBe(true);
      expect(await appCodeHasRun(page)).toBe(false);
      expect(await page.locator(HYDRATED).count()).toBe(0);
      expect(await appState(page)).toBe('waiting');
      expect(
        fetched.filter((path) => /\/assets\/js\/(runtime~)?main\.[0-9a-f]+\.js$/.test(path)),
        'both entry scripts, fetched ahead',
      ).toHaveLength(2);
      expect(await visibleText(pageAnswer(page)), 'the page reads without the app').toContain(firstAnswerLine(question));

      // The same checks read the other way once the reader shows intent (their negative control).
      await startApp(page);
      expect(await appCodeHasRun(page)).toBe(true);
      expect(await appState(page)).toBe('ready');
      expect(errors).toEqual([]);
    }));

  it('a link with a query starts the app with no intent at all', () =>
    withPage(async (page) => {
      await page.goto(urlFor(`${question.permalink}?study=1`), { waitUntil: 'load' });
      await page.locator(HYDRATED).waitFor({ timeout: 15_000 });
      expect(await appCodeHasRun(page)).toBe(true);
    }));
});

describe('a press before the app runs', () => {
  it('is held, shown as busy, and carried out once, when the app has hydrated', () =>
    withPage(async (page) => {
      const release = await holdBack(page, MAIN_SCRIPT);
      await page.goto(urlFor(question.permalink), { waitUntil: 'domcontentloaded' });
      expect(await modeSwitch(page).getAttribute('aria-checked')).toBe('false');
      expect(await modeSwitch(page).isEnabled(), 'the switch takes a press before the app runs').toBe(true);

      await modeSwitch(page).click();
      expect(await page.locator(HYDRATED).count(), 'the press came before the app ran').toBe(0);
      expect(await modeSwitch(page).getAttribute('aria-busy')).toBe('true');
      expect(await modeSwitch(page).getAttribute('aria-checked'), 'nothing happens until the app runs').toBe('false');
      expect(await visibleText(pageAnswer(page))).toContain(firstAnswerLine(question));

      release();
      await page.locator(HYDRATED).waitFor({ timeout: 15_000 });
      // Carried out once: a second replay would switch study mode off again.
      await expect.poll(() => modeSwitch(page).getAttribute('aria-checked')).toBe('true');
      expect(await modeSwitch(page).getAttribute('aria-busy')).toBe(null);
      await expect.poll(() => visibleText(pageAnswer(page))).not.toContain(firstAnswerLine(question));
    }));

  it('text typed into the search box before the app runs is searched once it has', () =>
    withPage(async (page) => {
      const release = await holdBack(page, MAIN_SCRIPT);
      await page.goto(urlFor(question.permalink), { waitUntil: 'domcontentloaded' });
      const searchBox = page.locator('nav input[role="combobox"]');
      await searchBox.click();
      await page.keyboard.type('kubernetes');
      expect(await page.locator(HYDRATED).count(), 'typed before the app ran').toBe(0);
      expect(await searchBox.getAttribute('aria-expanded'), 'no suggestions without the app').toBe('false');

      release();
      await page.locator(HYDRATED).waitFor({ timeout: 15_000 });
      await expect.poll(() => searchBox.getAttribute('aria-expanded'), { timeout: 15_000 }).toBe('true');
      expect(await searchBox.inputValue()).toBe('kubernetes');
      await expect.poll(() => page.getByRole('option').allTextContents(), { timeout: 15_000 }).toContainEqual(expect.stringMatching(/kubernetes/i));
    }));

  it('is dropped if the app cannot start: the button is disabled again and no answer stays hidden', () =>
    withPage(async (page) => {
      await page.route(MAIN_SCRIPT, (route) => route.abort());
      await page.goto(urlFor(question.permalink), { waitUntil: 'domcontentloaded' });
      await modeSwitch(page).click();
      await expect.poll(() => appState(page), { timeout: 15_000 }).toBe('failed');
      expect(await modeSwitch(page).isDisabled()).toBe(true);
      expect(await modeSwitch(page).getAttribute('aria-busy')).toBe(null);
      expect(await modeSwitch(page).getAttribute('aria-checked')).toBe('false');
      expect(await visibleText(pageAnswer(page))).toContain(firstAnswerLine(question));
    }));
});

describe('the script that starts the app', () => {
  /** Every page Docusaurus rendered (redirect pages are the redirect plugin's own HTML, with no app), with its HTML. */
  const pages = readdirSync(buildDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(join(buildDir, file), 'utf8') }))
    .filter(({ html }) => /<div id="?__docusaurus"?>/.test(html));
  const scriptTags = (html: string) =>
    [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attributes, text]) => ({ attributes: attributes!, text: text! }));
  const attribute = (attributes: string, name: string) =>
    new RegExp(`\\b${name}=(?:"([^"]*)"|([^\\s>]+))`)
      .exec(attributes)
      ?.slice(1)
      .find((value) => value !== undefined);
  const fileOf = (url: string) => join(buildDir, url.slice(basePath.length));
  /** Text only the start script has: the attribute it marks a held press with. */
  const START_SCRIPT_TEXT = 'aria-busy';

  it('is one file every page links, not text every page repeats', () => {
    expect(pages.length, 'pages found').toBeGreaterThan(100);
    const linked = new Set<string>();
    for (const { file, html } of pages) {
      const tags = scriptTags(html).filter(({ attributes }) => /start-app\.[0-9a-f]{8}\.js/.test(attributes));
      expect(tags, `${file}: one start script`).toHaveLength(1);
      const { attributes } = tags[0]!;
      expect(attributes, `${file}: async, so it never holds back DOMContentLoaded`).toMatch(/\basync\b/);
      linked.add(attribute(attributes, 'src')!);
      for (const script of attribute(attributes, 'data-app-scripts')!.split(' ')) expect(existsSync(fileOf(script)), `${file}: ${script} is built`).toBe(true);
      const inline = scriptTags(html).filter(({ attributes }) => !/\bsrc=|application\/ld\+json/.test(attributes));
      expect(inline.filter(({ text }) => text.includes(START_SCRIPT_TEXT)).length, `${file}: no inline copy`).toBe(0);
    }
    expect([...linked], 'the same file on every page').toHaveLength(1);
    const [url] = linked;
    // Negative control: the marker that found no inline copy finds the code in the file.
    expect(readFileSync(fileOf(url!), 'utf8')).toContain(START_SCRIPT_TEXT);
  });
});
