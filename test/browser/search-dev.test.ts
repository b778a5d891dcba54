/**
 * Search under `docusaurus start` (what `npm start` runs): the index is built
 * from the generated data, not from built HTML, so it must work in the dev
 * server too, where the common local-search plugins fail. Starts the dev
 * server under /sre/ on a free port and searches there. The share plugin's
 * files (preview images, downloads) are checked in the same dev server, as
 * starting a second one would double this file's minutes, and so are the quiz
 * pages' answers, which are files the bundler adds (src/plugins/quiz).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from './helpers/browser.ts';
import { MUST_BE_IN_TOP_3, titleOfNumber } from './helpers/search-expectations.ts';
import { firstAnswerLine, questions, visibleText, visibleTexts } from './helpers/site.ts';
import { quizPath } from '../../contract/urls.ts';
import { startApp } from './helpers/app.ts';

const repo = resolve(fileURLToPath(import.meta.url), '../../..');
const BASE_PATH = '/sre/';
/** The dev server compiles everything before it answers; this machine is slow and shared. */
const STARTUP_TIMEOUT = 240_000;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

let devServer: ChildProcess | undefined;
let output = '';
let origin = '';
const browser = useBrowser();

async function waitUntilServing(url: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT;
  while (Date.now() < deadline) {
    if (devServer?.exitCode !== null) throw new Error(`docusaurus start exited (${devServer?.exitCode}):\n${output.slice(-4000)}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 1000));
  }
  throw new Error(`docusaurus start did not serve ${url} within ${STARTUP_TIMEOUT / 1000} s:\n${output.slice(-4000)}`);
}

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // Its own process group, so that stopping it also stops the bundler it spawns.
  devServer = spawn('npx', ['docusaurus', 'start', '--port', String(port), '--host', '127.0.0.1', '--no-open'], {
    cwd: repo,
    // Vitest sets NODE_ENV=test, which the dev server would inherit (Rspack then rejects the browserslist).
    env: { ...process.env, NODE_ENV: 'development', BASE_URL: BASE_PATH, SITE_URL: origin, BROWSER: 'none' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  devServer.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  devServer.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitUntilServing(`${origin}${BASE_PATH}`);
}, STARTUP_TIMEOUT + 30_000);

afterAll(async () => {
  if (devServer?.pid !== undefined && devServer.exitCode === null) {
    const exited = new Promise((done) => devServer!.once('exit', done));
    process.kill(-devServer.pid, 'SIGTERM');
    await exited;
  }
}, 30_000);

describe('search in the dev server (docusaurus start)', () => {
  it('finds questions from the navbar box, and Enter opens the first', async () => {
    const query = 'kubernets';
    const page = await browser.session.openPage();
    try {
      await page.goto(`${origin}${BASE_PATH}`, { waitUntil: 'load' });
      await startApp(page, { timeout: 60_000 });
      await page.keyboard.press('/');
      await page.keyboard.type(query);
      const titles = () => visibleTexts(page.locator('nav [role="option"] span:first-child'));
      // Written down from the source (helpers/search-expectations.ts), not computed by the site's engine.
      const mustFind = MUST_BE_IN_TOP_3[query]!.map(titleOfNumber);
      await expect.poll(async () => (await titles()).slice(0, 3), { timeout: 60_000 }).toEqual(expect.arrayContaining(mustFind));
      const [firstTitle] = await titles();
      const first = questions.find((question) => question.title === firstTitle);
      expect(first, 'the first result is a question of the site').toBeDefined();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === `${BASE_PATH}${first!.permalink.slice(1)}`, { timeout: 60_000 });
    } finally {
      await page.close();
    }
  }, 120_000);
});

describe('link previews and downloads in the dev server (docusaurus start)', () => {
  it('a question page’s og:image answers with its PNG, and the downloads and study sheet are served', async () => {
    const question = questions[0]!;
    const page = await browser.session.openPage();
    try {
      await page.goto(`${origin}${BASE_PATH}${question.permalink.slice(1)}`, { waitUntil: 'load' });
      await startApp(page, { timeout: 60_000 });
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(image).toBe(`${origin}${BASE_PATH}${question.previewImage.slice(1)}`);
      const response = await fetch(image!);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^image\/png/);
      for (const path of ['downloads/sre-questions-anki.tsv', 'downloads/sre-questions.csv', 'robots.txt']) {
        expect((await fetch(`${origin}${BASE_PATH}${path}`)).status, path).toBe(200);
      }
      await page.goto(`${origin}${BASE_PATH}print/all`, { waitUntil: 'load' });
      await expect.poll(() => page.locator('section[id^="answer-"]').count(), { timeout: 60_000 }).toBe(questions.length);
    } finally {
      await page.close();
    }
  }, 120_000);
});

describe('quiz pages in the dev server (docusaurus start)', () => {
  it('a quiz page hides its answer, then shows it on "Reveal answer"', async () => {
    const question = questions.at(-1)!;
    const page = await browser.session.openPage();
    try {
      await page.goto(`${origin}${BASE_PATH}${quizPath(question.slug).slice(1)}`, { waitUntil: 'load' });
      await startApp(page, { timeout: 60_000 });
      const answer = page.locator('#quiz-answer');
      // Negative control: the check below reads the answer as absent before the reveal.
      expect(await visibleText(answer)).not.toContain(firstAnswerLine(question));
      await page.getByRole('button', { name: 'Reveal answer' }).click();
      await expect.poll(() => visibleText(answer), { timeout: 30_000 }).toContain(firstAnswerLine(question));
    } finally {
      await page.close();
    }
  }, 120_000);
});
