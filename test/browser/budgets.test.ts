/**
 * Issue 6's byte budgets, on the site built under /sre/ and served like a real
 * host (global-setup.ts). Byte counts are deterministic, so they are tests,
 * not benchmarks; each test prints its figures as well. Nothing timed is
 * asserted here (npm run bench:weight and bench:lighthouse print timings).
 *
 * - A question page's first view loads at most 185 kB gzip of JS and CSS
 *   (stock Docusaurus with its local search: 177 kB), plus KaTeX's stylesheet
 *   on a page whose answer has a formula: math is content the site must render
 *   (remark-math + rehype-katex), and that stylesheet loads only on such pages.
 * - None of it is search-engine, study-session or scheduler (ts-fsrs) code:
 *   those load on demand (the scheduler when a reader reveals an answer to grade).
 * - A question page's HTML is at most 12 kB gzip.
 *
 * kB here is 1,000 bytes, the stricter reading of the budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { htmlFileFor, measureFirstView, totalBytes, type FirstView } from '../../tooling/browser/first-view.ts';
import { useBrowser } from './helpers/browser.ts';
import { buildDir, questions, sitePath, urlFor } from './helpers/site.ts';
import { startApp } from './helpers/app.ts';

const FIRST_VIEW_BUDGET = 185_000;
const HTML_BUDGET = 12_000;
/** KaTeX's stylesheet, which src/plugins/page-stylesheets.ts links on pages with math only. */
const KATEX_STYLESHEET = /\/assets\/katex\.[0-9a-f]+\/katex\.min\.css$/;

/** The page's HTML as built (the bytes the server sends), gzip -9 as first-view.ts measures it. */
const gzipOfHtml = (permalink: string) => gzipSync(readFileSync(htmlFileFor(buildDir, permalink)), { level: 9 }).length;

/** flexsearch's own text: wherever it appears, the search engine's code is there. */
const SEARCH_ENGINE_MARKER = 'Default storage space was used';
const SEARCH_CHUNK = /\/assets\/js\/search-(engine|questions|answers)\.[0-9a-f]+\.js$/;
const STUDY_SESSION_CHUNK = /\/assets\/js\/study-session\.[0-9a-f]+\.js$/;
/** ts-fsrs's own text (an error message): wherever it appears, the scheduler's code is there. */
const SCHEDULER_MARKER = 'expected m/h/d';
const SCHEDULER_CHUNK = /\/assets\/js\/study-scheduler\.[0-9a-f]+\.js$/;

const browser = useBrowser();

async function firstView(permalink: string): Promise<{ view: FirstView; page: Page }> {
  const page = await browser.session.openIsolatedPage();
  const view = await measureFirstView(page, urlFor(permalink), buildDir, permalink);
  return { view, page };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Question 7 (a typical answer) and the question whose page is heaviest. */
const heaviestQuestion = questions.reduce((heaviest, question) => (gzipOfHtml(question.permalink) > gzipOfHtml(heaviest.permalink) ? question : heaviest));
const measured = [
  ...new Map([questions.find((question) => question.number === 7)!, heaviestQuestion].map((question) => [question.permalink, question])).values(),
];

describe('a question page’s first view', () => {
  it.each(measured.map((question) => [question.number, question.permalink] as const))(
    `question %i loads at most ${kB(FIRST_VIEW_BUDGET)} gzip of JS and CSS, and no search-engine, study-session or scheduler code`,
    async (_number, permalink) => {
      const { view, page } = await firstView(permalink);
      await page.context().close();
      const js = totalBytes(view, ['script']);
      const css = totalBytes(view, ['stylesheet']);
      const katexCss = view.assets
        .filter((asset) => asset.kind === 'stylesheet' && KATEX_STYLESHEET.test(asset.url))
        .reduce((sum, asset) => sum + asset.gzip, 0);
      const budget = FIRST_VIEW_BUDGET + katexCss;
      console.log(
        `[budgets] ${sitePath(permalink)}: JS ${kB(js)} + CSS ${kB(css)} = ${kB(js + css)} gzip (budget ${kB(FIRST_VIEW_BUDGET)}${katexCss ? ` + KaTeX CSS ${kB(katexCss)}` : ''}), HTML ${kB(view.htmlGzip)}`,
      );
      expect(js + css, 'JS + CSS gzip bytes on first view').toBeLessThanOrEqual(budget);

      const scripts = view.assets.filter((asset) => asset.kind === 'script');
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.map((script) => script.url).filter((url) => SEARCH_CHUNK.test(url) || STUDY_SESSION_CHUNK.test(url) || SCHEDULER_CHUNK.test(url))).toEqual(
        [],
      );
      const bodies = await Promise.all(scripts.map(async (script) => ({ url: script.url, text: await (await fetch(script.url)).text() })));
      expect(bodies.filter((body) => body.text.includes(SEARCH_ENGINE_MARKER)).map((body) => body.url)).toEqual([]);
      expect(bodies.filter((body) => body.text.includes(SCHEDULER_MARKER)).map((body) => body.url)).toEqual([]);
    },
  );

  it('the markers above find the code where it does load: a reveal in study mode (the scheduler), the first search and /study', async () => {
    const studying = await browser.session.openIsolatedPage();
    const scripts: string[] = [];
    studying.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.url());
    });
    await studying.goto(urlFor(`${questions[0]!.permalink}?study=1`));
    await startApp(studying);
    await studying.waitForLoadState('networkidle');
    expect(
      scripts.filter((url) => SCHEDULER_CHUNK.test(url)),
      'study mode alone does not load the scheduler',
    ).toEqual([]);
    await studying.getByRole('button', { name: 'Reveal answer' }).click();
    await expect.poll(() => scripts.filter((url) => SCHEDULER_CHUNK.test(url)).length, { timeout: 15_000 }).toBe(1);
    const schedulerBodies = await Promise.all(scripts.map(async (url) => (await fetch(url)).text()));
    expect(
      schedulerBodies.some((text) => text.includes(SCHEDULER_MARKER)),
      'ts-fsrs loads with the reveal',
    ).toBe(true);
    await studying.context().close();

    const { page } = await firstView(questions[0]!.permalink);
    const later: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') later.push(response.url());
    });
    await startApp(page);
    await page.locator('nav input[role="combobox"]').fill('kubernetes');
    await expect.poll(() => later.filter((url) => SEARCH_CHUNK.test(url)).length, { timeout: 15_000 }).toBe(3);
    const searchBodies = await Promise.all(later.map(async (url) => (await fetch(url)).text()));
    expect(
      searchBodies.some((text) => text.includes(SEARCH_ENGINE_MARKER)),
      'flexsearch loads with the first search',
    ).toBe(true);

    const study: string[] = [];
    page.on('response', (response) => study.push(response.url()));
    await page.goto(urlFor('/study'), { waitUntil: 'networkidle' });
    await startApp(page);
    await expect.poll(() => study.filter((url) => STUDY_SESSION_CHUNK.test(url)).length, { timeout: 15_000 }).toBe(1);
    await page.context().close();
  });
});

describe('a question page’s HTML', () => {
  it(`is at most ${kB(HTML_BUDGET)} gzip, for every question`, () => {
    const sizes = questions.map((question) => ({ path: sitePath(question.permalink), gzip: gzipOfHtml(question.permalink) })).sort((a, b) => b.gzip - a.gzip);
    console.log(
      `[budgets] question HTML gzip: largest ${sizes[0]!.path} ${kB(sizes[0]!.gzip)}, smallest ${kB(sizes.at(-1)!.gzip)} (budget ${kB(HTML_BUDGET)})`,
    );
    expect(sizes.filter((size) => size.gzip > HTML_BUDGET).map((size) => `${size.path}: ${kB(size.gzip)}`)).toEqual([]);
  });
});

describe('a question page’s content chunk', () => {
  /** Each built script, read once: the chunk of a question is the one whose doc metadata names its source file. */
  const scripts = readdirSync(join(buildDir, 'assets/js'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, text: readFileSync(join(buildDir, 'assets/js', name), 'utf8') }));
  // The doc's metadata is an object literal in the doc's own module (src/plugins/lean-docs/server/inline-doc-metadata.ts).
  const chunkOf = (slug: string) => scripts.filter(({ text }) => text.includes(`source:"@site/docs/questions/${slug}.mdx"`));

  it('carries the question’s front matter once: in its export, not again in the doc’s metadata', () => {
    const copies = questions.map((question) => {
      const chunks = chunkOf(question.slug);
      expect(
        chunks.map(({ name }) => name),
        `one chunk for ${question.slug}`,
      ).toHaveLength(1);
      const { text } = chunks[0]!;
      // The export the theme reads (useDoc().frontMatter) holds the question's data...
      expect(text, question.slug).toContain(`question_id:${question.id}`);
      // ...and the metadata's copy, which nothing reads, is empty. Negative control: the export itself is not empty.
      expect(text.match(/frontMatter:\{\}/g), question.slug).toHaveLength(1);
      return gzipSync(text).length;
    });
    console.log(`[budgets] question content chunks, gzip: ${kB(Math.min(...copies))} to ${kB(Math.max(...copies))}`);
  });
});
