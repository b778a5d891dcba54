/**
 * Whole-site health on the /sre/ build: every internal link and anchor
 * resolves, each page type loads without console errors, failed requests or
 * requests to other origins, and axe finds no violations in either theme.
 */
import { describe, expect, it } from 'vitest';
import { missingAnchors } from './helpers/anchors.ts';
import { axeViolations } from './helpers/axe.ts';
import { useBrowser } from './helpers/browser.ts';
import { basePath, baseUrl, questions, topics } from './helpers/site.ts';
import { startApp } from './helpers/app.ts';

const origin = new URL(baseUrl).origin;
/** Quiz pages (src/plugins/quiz) are linked from nowhere in the static HTML: "Copy quiz link" copies them. */
const quizPaths = questions.map(({ permalink }) => permalink.replace(/^\/questions\//, 'quiz/'));

const NOT_FOUND_PATH = 'questions/no-such-question';

/** One page of each type a reader meets. */
const PAGE_TYPES: [string, string][] = [
  ['home', ''],
  ['question', questions[0]!.permalink.slice(1)],
  ['quiz', quizPaths[0]!],
  ['topic', topics[0]!.permalink.slice(1)],
  ['guide', 'guides/slo-math'],
  ['search', 'search?q=error%20budget'],
  ['print sheet', 'print/all'],
  ['404', NOT_FOUND_PATH],
];

const browser = useBrowser();

/** "<page> → #hash" for a link with a fragment (how the crawl records its sources), '' for one without. */
const hashOf = (source: string): string => / → (#.+)$/.exec(source)?.[1] ?? '';

/** Each link among `sources` whose #fragment names no element of `target`'s HTML, as a message. */
function brokenAnchors(target: string, html: string, sources: Iterable<string>): string[] {
  const linked = [...sources];
  const missing = new Set(missingAnchors(html, linked.map(hashOf).filter(Boolean)));
  return linked.filter((source) => missing.has(hashOf(source))).map((source) => `${source}: no element with id "${hashOf(source).slice(1)}" on ${target}`);
}

describe('anchors are matched whole', () => {
  const html = '<main><h2 id="point-10">Ten</h2><p id=point-2>Two</p><a name="legacy">old</a><p data-id="point-3">no</p></main>';

  it('#point-1 is missing from a page that has only id="point-10", and so is a name or data-id that merely contains it', () => {
    expect(missingAnchors(html, ['#point-1', '#point-10', '#point-2', '#legacy', '#point-3', '#oint-10'])).toEqual(['#point-1', '#point-3', '#oint-10']);
  });

  it('the crawl reports a link to #point-1 on a page that has only id="point-10", and not the links that resolve', () => {
    expect(brokenAnchors('/sre/questions/x', html, ['/sre/ → #point-1', '/sre/topics/y → #point-10', '/sre/topics/y'])).toEqual([
      '/sre/ → #point-1: no element with id "point-1" on /sre/questions/x',
    ]);
  });

  it('a page with every target reports nothing, with percent-encoding decoded', () => {
    expect(missingAnchors('<p id="a b">x</p><p id="point-1">y</p>', ['#a%20b', '#point-1'])).toEqual([]);
  });
});

describe('links', () => {
  it('every internal link and anchor on every page resolves', async () => {
    const pages = new Map<string, string>();
    // Quiz pages are reached through copied links, so the crawl starts from them too.
    const queue = [basePath, ...quizPaths.map((path) => basePath + path)];
    const broken: string[] = [];
    const linksTo = new Map<string, Set<string>>();
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (pages.has(path)) continue;
      const response = await fetch(origin + path);
      if (response.status !== 200) {
        broken.push(`${path} answers ${response.status} (linked from ${[...(linksTo.get(path) ?? [])].slice(0, 3).join(', ')})`);
        pages.set(path, '');
        continue;
      }
      const html = await response.text();
      pages.set(path, html);
      for (const [, href] of html.matchAll(/<a [^>]*?href="?([^"\s>]+)"?/g)) {
        const url = new URL(href!.replace(/&amp;/g, '&'), origin + path);
        if (url.origin !== origin || !url.pathname.startsWith(basePath)) continue;
        const target = url.pathname;
        if (!linksTo.has(target)) linksTo.set(target, new Set());
        linksTo.get(target)!.add(path + (url.hash ? ` → ${url.hash}` : ''));
        if (!pages.has(target) && !/\.\w+$/.test(target)) queue.push(target);
      }
    }
    for (const [target, sources] of linksTo) {
      const html = pages.get(target);
      if (html === undefined) {
        // A file such as a download: not crawled, but it must be there.
        const { status } = await fetch(origin + target);
        if (status !== 200) broken.push(`${target} answers ${status} (linked from ${[...sources].slice(0, 3).join(', ')})`);
        continue;
      }
      broken.push(...brokenAnchors(target, html, sources));
    }
    expect(broken).toEqual([]);
    // The crawl reached every question, topic and study sheet page and the downloads, so nothing is orphaned.
    for (const { permalink } of [...questions, ...topics]) expect(pages.has(basePath + permalink.slice(1)), permalink).toBe(true);
    for (const { id } of [...topics, { id: 'all' }]) expect(pages.has(`${basePath}print/${id}`), `print/${id}`).toBe(true);
    for (const file of ['downloads/sre-questions-anki.tsv', 'downloads/sre-questions.csv']) expect(linksTo.has(basePath + file), file).toBe(true);
    for (const path of quizPaths) expect(pages.get(basePath + path), path).toBeTruthy();
  });
});

async function load(path: string, theme: 'light' | 'dark' = 'light') {
  const page = await browser.session.openPage();
  await page.emulateMedia({ colorScheme: theme });
  const problems: string[] = [];
  const documentUrl = baseUrl + path;
  // Only the 404 page's own document may answer 404; Chromium logs that as a console error too.
  const expectedNotFound = (url: string) => path === NOT_FOUND_PATH && url === documentUrl;
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (path === NOT_FOUND_PATH && /status of 404/.test(message.text()) && message.location().url === documentUrl) return;
    problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !expectedNotFound(response.url())) problems.push(`${response.status()}: ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) problems.push(`left the site: ${request.url()}`);
  });
  await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
  await startApp(page, { timeout: 15_000 });
  return { page, problems };
}

describe.each(PAGE_TYPES)('%s page', (_name, path) => {
  it('loads with no console errors, failed requests or requests to other origins', async () => {
    const { page, problems } = await load(path);
    await page.close();
    expect(problems).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('has no axe violations in the %s theme', async (theme) => {
    const { page } = await load(path, theme);
    expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
    const violations = await axeViolations(page);
    await page.close();
    expect(violations).toEqual([]);
  });
});
