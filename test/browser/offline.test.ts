/**
 * Offline after one visit, and installable (src/plugins/offline): a reader opens one page, and with the network gone
 * every question, topic, guide and quiz page still opens, search finds, and a /study session grades and saves. Without
 * the worker the same offline navigation fails. A new deployment is offered as a reload, and the reload shows it.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guidePath, previewImagePath, printSheetPath, DOWNLOADS, SEARCH_PATH, STUDY_PATH, quizPath, SITE_PREVIEW_IMAGE } from '../../contract/urls.ts';
import { DEFAULT_OPTIONS } from '../../src/plugins/offline/options.ts';
import { writeOfflineWorker } from '../../src/plugins/offline/server/write-offline-worker.ts';
import { createStaticServer } from '../../tooling/server/static-server.ts';
import { axeViolations } from './helpers/axe.ts';
import { useBrowser } from './helpers/browser.ts';
import { basePath, buildDir, firstAnswerLine, pageAnswer, questions, storageKey, topics, urlFor, visibleText, visit, watchForErrors } from './helpers/site.ts';
import { startApp } from './helpers/app.ts';

const browser = useBrowser();
const TEST_TIMEOUT = 240_000;
const WIRE_BUDGET_BYTES = 1_500_000;

/** The site's one guide page with math, by its file in content/guides/. */
const guideSlug = readdirSync(join(buildDir, 'guides'))
  .find((file) => file.endsWith('.html'))!
  .replace(/\.html$/, '');

/** Waits until the worker is active, which is once every precached file is stored. */
async function waitUntilOfflineReady(page: Page): Promise<void> {
  await page.locator('html[data-offline-ready="true"]').waitFor({ state: 'attached', timeout: 180_000 });
}

/** The URLs the built worker precaches, read from sw.js: worker-source.ts writes each entry as {url:"…",revision:…}. */
function precachedUrls(sw: string): string[] {
  return [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]!);
}

async function withOfflineContext<T>(
  test: (page: Page, context: BrowserContext) => Promise<T>,
  options: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<T> {
  return browser.withIsolatedPage((page) => test(page, page.context()), options);
}

describe('the precache of the built site', () => {
  const sw = readFileSync(join(buildDir, 'sw.js'), 'utf8');
  const urls = precachedUrls(sw);

  it('holds every question, topic, guide and quiz page, search, /study and the search index', () => {
    const pages = [
      ...questions.flatMap((question) => [question.permalink, quizPath(question.slug)]),
      ...topics.map((topic) => topic.permalink),
      guidePath(guideSlug),
      SEARCH_PATH,
      STUDY_PATH,
    ].map((path) => `${path.slice(1)}.html`);
    expect(
      pages.filter((page) => !urls.includes(page)),
      'pages missing from the precache',
    ).toEqual([]);
    expect(urls).toContain('index.html');
    expect(urls.filter((url) => /^assets\/js\/search-(engine|questions|answers)\./.test(url))).toHaveLength(3);
  });

  it('never holds preview images, downloads or print sheets', () => {
    const never = [previewImagePath(questions[0]!.slug), SITE_PREVIEW_IMAGE, DOWNLOADS.anki.path, DOWNLOADS.csv.path, printSheetPath()].map((path) =>
      path.slice(1, path.lastIndexOf('/') + 1),
    );
    expect(urls.filter((url) => never.some((folder) => url.startsWith(folder)))).toEqual([]);
    // The check sees those folders: they are in the build.
    for (const folder of never) expect(readdirSync(join(buildDir, folder)).length, folder).toBeGreaterThan(0);
  });

  it(`weighs at most ${WIRE_BUDGET_BYTES.toLocaleString('en-US')} bytes on the wire (gzip for text)`, () => {
    let raw = 0;
    let wire = 0;
    for (const url of urls) {
      const body = readFileSync(join(buildDir, url));
      raw += body.length;
      wire += /\.(png|woff2)$/.test(url) ? body.length : gzipSync(body, { level: 9 }).length;
    }
    console.log(`[offline] precache: ${urls.length} files, ${raw.toLocaleString('en-US')} B raw, ${wire.toLocaleString('en-US')} B gzip`);
    expect(wire).toBeLessThanOrEqual(WIRE_BUDGET_BYTES);
    expect(urls.length, 'the worker lists its precache').toBeGreaterThan(questions.length * 2);
  });
});

describe('the worker as served', () => {
  it('is JavaScript, revalidated on every check (no-cache), under the base URL; a hashed asset is cached for good', async () => {
    const worker = await fetch(urlFor('/sw.js'));
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-type')).toMatch(/^(text|application)\/javascript\b/);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    // The check tells the two apart: hashed assets are immutable.
    const sw = readFileSync(join(buildDir, 'sw.js'), 'utf8');
    const hashedAsset = precachedUrls(sw).find((url) => url.startsWith('assets/js/'))!;
    expect((await fetch(urlFor(`/${hashedAsset}`))).headers.get('cache-control')).toMatch(/immutable/);
  });
});

describe('after one visit, with the network gone', () => {
  const [question, otherQuestion] = questions.slice(-2) as [(typeof questions)[0], (typeof questions)[0]];
  const topic = topics.at(-1)!;

  it(
    'opens pages never visited: a question, a topic, a guide, a quiz page and its answer, and a question in study mode without a flash of its answer',
    () =>
      withOfflineContext(async (page, context) => {
        const errors = watchForErrors(page);
        await visit(page, '/');
        await waitUntilOfflineReady(page);
        await context.setOffline(true);

        for (const [path, heading] of [
          [question.permalink, question.title],
          [topic.permalink, topic.title],
          [quizPath(otherQuestion.slug), otherQuestion.title],
        ] as const) {
          const response = await page.goto(urlFor(path), { waitUntil: 'load' });
          expect(response?.fromServiceWorker(), `${path} came from the worker`).toBe(true);
          await startApp(page, { timeout: 30_000 });
          expect(await visibleText(page.locator('h1'))).toContain(heading);
        }
        // The quiz page (the last one above) fetches its answer on reveal: a precached file too.
        expect(await visibleText(page.locator('#quiz-answer')), 'hidden before the reveal').not.toContain(firstAnswerLine(otherQuestion));
        await page.getByRole('button', { name: 'Reveal answer' }).click();
        await expect.poll(() => visibleText(page.locator('#quiz-answer')), { timeout: 30_000 }).toContain(firstAnswerLine(otherQuestion));
        await visit(page, guidePath(guideSlug));
        expect(await page.locator('h1').count()).toBe(1);

        await page.goto(urlFor(`${otherQuestion.permalink}?study=1`), { waitUntil: 'domcontentloaded' });
        expect(await visibleText(pageAnswer(page)), 'the answer is hidden before the app starts').not.toContain(firstAnswerLine(otherQuestion));
        await startApp(page, { timeout: 30_000 });
        await pageAnswer(page).getByRole('button', { name: 'Reveal answer' }).waitFor();
        expect(await visibleText(pageAnswer(page))).not.toContain(firstAnswerLine(otherQuestion));
        expect(errors).toEqual([]);
      }),
    TEST_TIMEOUT,
  );

  it(
    'searches on the search page and grades in a /study session, saving the grade',
    () =>
      withOfflineContext(async (page, context) => {
        await visit(page, '/');
        await waitUntilOfflineReady(page);
        await context.setOffline(true);

        await visit(page, SEARCH_PATH);
        await page.locator('main input[type="search"]').fill(question.title.split(/\s+/).slice(0, 4).join(' '));
        await expect
          .poll(async () => (await page.locator('main ol h2').allInnerTexts()).map((title) => title.trim()), { timeout: 30_000 })
          .toContain(question.title);

        await visit(page, topic.permalink);
        await page.getByRole('link', { name: 'Practice this topic' }).click();
        await page.waitForURL((url) => url.pathname.endsWith(STUDY_PATH) && url.searchParams.get('topics') === topic.id);
        const card = page.locator('article h2');
        await card.waitFor({ timeout: 30_000 });
        const asked = await visibleText(card);
        await page.keyboard.press('Space');
        await page.keyboard.press('1');
        const key = await storageKey(page, 'sre-study.progress');
        const askedId = questions.find((candidate) => candidate.title === asked)!.id;
        await expect
          .poll(
            async () =>
              Object.keys((JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key)) ?? '{"questions":{}}') as { questions: object }).questions),
            {
              message: 'the grade is saved',
              timeout: 10_000,
            },
          )
          .toContain(String(askedId));
      }),
    TEST_TIMEOUT,
  );

  it(
    'fails to open a page without the worker (serviceWorkers: "block"): the pages above came from the worker',
    () =>
      withOfflineContext(
        async (page, context) => {
          await visit(page, '/');
          await context.setOffline(true);
          await expect(page.goto(urlFor(question.permalink))).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
          expect(await page.locator('html[data-offline-ready]').count()).toBe(0);
        },
        { serviceWorkers: 'block' },
      ),
    TEST_TIMEOUT,
  );
});

describe('installing', () => {
  it(
    'meets Chromium’s installability criteria (manifest, icons, worker), and not with a manifest that is missing',
    // The persistent context: Chromium never offers to install from an incognito one (the isolated contexts are).
    () =>
      browser.withPage(async (page) => {
        await visit(page, '/');
        await waitUntilOfflineReady(page);
        const cdp = await page.context().newCDPSession(page);
        const installabilityErrors = async (): Promise<string[]> =>
          ((await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] }).installabilityErrors.map(
            (error) => error.errorId,
          );
        expect(await installabilityErrors()).toEqual([]);

        const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.webmanifest'), 'utf8')) as { icons: { src: string; sizes: string }[] };
        expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));

        await page.evaluate((href) => document.querySelector('link[rel="manifest"]')?.setAttribute('href', href), `${basePath}missing.webmanifest`);
        await expect.poll(installabilityErrors, { message: 'a page whose manifest is missing is not installable', timeout: 30_000 }).not.toEqual([]);
      }),
    TEST_TIMEOUT,
  );
});

describe('a new deployment', () => {
  let liveDir = '';
  let server: ReturnType<typeof createStaticServer>;
  let origin = '';

  beforeAll(async () => {
    liveDir = mkdtempSync(join(tmpdir(), 'sre-offline-live-'));
    cpSync(buildDir, liveDir, { recursive: true });
    server = createStaticServer({ root: liveDir, baseUrl: basePath });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((closed) => server.close(() => closed()));
    rmSync(liveDir, { recursive: true, force: true });
  });

  /** Deployment B: the home page with a marker, and the worker with that page's new revision, as a rebuild would write it. */
  function deployNewVersion(): void {
    const home = join(liveDir, 'index.html');
    const before = readFileSync(home);
    const after = Buffer.from(before.toString('utf8').replace('</head>', '<meta name="deployment" content="B"></head>'));
    const md5 = (body: Buffer): string => createHash('md5').update(body).digest('hex');
    const sw = readFileSync(join(liveDir, 'sw.js'), 'utf8');
    expect(sw.split(md5(before)).length - 1, 'sw.js lists the home page with its revision once').toBe(1);
    writeFileSync(home, after);
    writeFileSync(join(liveDir, 'sw.js'), sw.replace(md5(before), md5(after)));
  }

  it(
    'is offered with a polite "A new version is available · Reload" prompt, and the reload shows it',
    () =>
      withOfflineContext(async (page) => {
        await page.goto(`${origin}${basePath}`, { waitUntil: 'load' });
        await startApp(page, { timeout: 30_000 });
        await waitUntilOfflineReady(page);
        await page.reload({ waitUntil: 'load' });
        await startApp(page, { timeout: 30_000 });
        expect(await page.locator('meta[name="deployment"]').count()).toBe(0);
        const prompt = page.getByRole('status').filter({ hasText: 'A new version is available' });
        expect(await prompt.count(), 'no prompt while nothing new is deployed').toBe(0);

        deployNewVersion();
        await page.reload({ waitUntil: 'load' });
        // The prompt is the app's: it shows once the reader's first intent has started it.
        await startApp(page, { timeout: 30_000 });
        expect(await page.locator('meta[name="deployment"]').count(), 'the old worker still serves the old version').toBe(0);
        await prompt.waitFor({ timeout: 120_000 });
        expect(await visibleText(prompt)).toBe('A new version is available · Reload');
        expect(await prompt.getAttribute('role')).toBe('status');
        expect(await axeViolations(page, { include: '#offline-reload-prompt' }), 'the prompt, light theme').toEqual([]);
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
        expect(await axeViolations(page, { include: '#offline-reload-prompt' }), 'the prompt, dark theme').toEqual([]);

        await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), prompt.getByRole('button', { name: 'Reload' }).click()]);
        await page.locator('meta[name="deployment"][content="B"]').waitFor({ state: 'attached', timeout: 30_000 });
        expect(await page.getByRole('status').filter({ hasText: 'A new version is available' }).count()).toBe(0);
      }),
    TEST_TIMEOUT,
  );
});

const visitedQuestion = questions.at(-1)!;

describe('a very large bank (more pages than maxPrecachedPages)', () => {
  let shellDir = '';
  let server: ReturnType<typeof createStaticServer>;
  let origin = '';
  let precached: readonly string[] = [];

  beforeAll(async () => {
    shellDir = mkdtempSync(join(tmpdir(), 'sre-offline-shell-'));
    cpSync(buildDir, shellDir, { recursive: true });
    // The same build, its worker rewritten with a threshold below its page count: the shell mode a 5,000-question bank gets.
    const pages = readdirSync(shellDir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.html'))
      .map((file) => basePath + file.replace(/(index)?\.html$/, ''));
    const report = await writeOfflineWorker(shellDir, basePath, pages, { ...DEFAULT_OPTIONS, maxPrecachedPages: 10 });
    expect(report.selection.mode).toBe('shell');
    precached = report.selection.files;
    server = createStaticServer({ root: shellDir, baseUrl: basePath });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, TEST_TIMEOUT);
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((closed) => server.close(() => closed()));
    rmSync(shellDir, { recursive: true, force: true });
  });

  it(
    'precaches the shell and the search index only; offline, search works, a visited page opens, an unvisited one does not',
    () =>
      withOfflineContext(async (page, context) => {
        expect(precached.filter((file) => file.endsWith('.html')).sort()).toEqual(['index.html', 'search.html', 'study.html']);
        expect(precached.some((file) => /^assets\/js\/main\./.test(file))).toBe(true);
        const at = (path: string): string => `${origin}${basePath}${path.replace(/^\//, '')}`;
        await page.goto(at('/'), { waitUntil: 'load' });
        // Shell mode caches the shell pages' chunks through the app, so the first visit starts it.
        await startApp(page, { timeout: 30_000 });
        await waitUntilOfflineReady(page);
        await page.goto(at(visitedQuestion.permalink), { waitUntil: 'load' });
        await startApp(page, { timeout: 30_000 });
        await context.setOffline(true);

        await page.goto(at(SEARCH_PATH), { waitUntil: 'load' });
        await startApp(page, { timeout: 30_000 });
        await page.locator('main input[type="search"]').fill(visitedQuestion.title.split(/\s+/).slice(0, 4).join(' '));
        await expect
          .poll(async () => (await page.locator('main ol h2').allInnerTexts()).map((title) => title.trim()), { timeout: 30_000 })
          .toContain(visitedQuestion.title);

        await page.goto(at(visitedQuestion.permalink), { waitUntil: 'load' });
        expect(await visibleText(page.locator('h1'))).toContain(visitedQuestion.title);
        await expect(page.goto(at(topics[0]!.permalink))).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_FAILED/);
      }),
    TEST_TIMEOUT,
  );
});
