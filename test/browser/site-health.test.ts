/**
 * Whole-site health on the /sre/ build: every internal link and anchor
 * resolves, each page type loads without console errors, failed requests or
 * requests to other origins, and axe finds no violations in either theme.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type BrowserSession } from '../../tooling/browser/chromium.ts';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const basePath = new URL(baseUrl).pathname;
const generated = (name: string) => JSON.parse(readFileSync(`docs/_generated/${name}`, 'utf8'));
const questions = generated('questions.json') as { permalink: string; number: number }[];
/** Quiz pages (src/plugins/quiz) are linked from nowhere in the static HTML: "Copy quiz link" copies them. */
const quizPaths = questions.map(({ permalink }) => permalink.replace(/^\/questions\//, 'quiz/'));
const topics = generated('topics.json') as { id: string; permalink: string }[];

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

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let session: BrowserSession;
beforeAll(async () => {
  session = await launchBrowser();
});
afterAll(async () => {
  await session?.close();
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
      for (const source of sources) {
        const hash = /→ #(.+)$/.exec(source)?.[1];
        if (hash && !html.includes(`id="${decodeURIComponent(hash)}"`) && !html.includes(`id=${decodeURIComponent(hash)}`)) {
          broken.push(`${source}: no element with id "${hash}" on ${target}`);
        }
      }
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
  const page = await session.openPage();
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
  await page.locator('html[data-has-hydrated="true"]').waitFor({ timeout: 15_000 });
  return { page, problems };
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const results = (await page.evaluate(() => (window as unknown as { axe: { run: () => Promise<unknown> } }).axe.run())) as {
    violations: { id: string; nodes: { target: string[] }[] }[];
  };
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
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
