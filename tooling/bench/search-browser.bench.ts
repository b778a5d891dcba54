/**
 * npm run bench:search:browser -- [--dir build] [--runs 9]
 *
 * The navbar search in Chromium, on the built site served by the
 * production-like static server (run `npm run build` first):
 *
 * - shortcut to first results: from pressing "/" on a question page with an
 *   empty browser cache, through downloading and starting the engine, to the
 *   first results on screen (the server has compressed the files already, as
 *   a real host serves them pre-compressed);
 * - warm query: from a keystroke to the updated results once loaded;
 * - what the first search downloads, gzip.
 *
 * Medians over several runs; a figure, not a pass/fail (the machine is shared).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../browser/chromium.ts';
import { createStaticServer } from '../server/static-server.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'build' }, runs: { type: 'string', default: '9' } } });
const root = resolve(values.dir);
const runs = Number(values.runs);
if (!existsSync(resolve(root, 'index.html'))) {
  console.error(`${root}/index.html not found: run \`npm run build\` first.`);
  process.exit(1);
}
const questions = JSON.parse(readFileSync('docs/_generated/questions.json', 'utf8')) as { permalink: string }[];
const WARM_QUERIES = ['canary', 'error budget', 'kubernets', 'rto rpo', 'on-call culture', 'postmortem', 'crashloop', 'chaos engineering'];

/** Runs in the page: presses "/", types the query, and resolves with the milliseconds until a result option is shown. */
const SHORTCUT_TO_RESULTS = `(async () => {
  const started = performance.now();
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
  const input = document.activeElement;
  if (!input || input.getAttribute('role') !== 'combobox') throw new Error('"/" did not focus the search box');
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, 'kubernetes');
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return new Promise((done) => {
    const check = () => (document.querySelector('[role="option"]') ? done(performance.now() - started) : setTimeout(check, 0));
    check();
  });
})()`;

/** Types a whole new query and resolves when the first option shows its result. */
const warmQuery = (query: string) => `(async () => {
  const input = document.querySelector('nav input[role="combobox"]');
  const before = document.querySelector('[role="listbox"]').textContent;
  const started = performance.now();
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(query)});
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return new Promise((done) => {
    const check = () => (document.querySelector('[role="listbox"]').textContent !== before ? done(performance.now() - started) : setTimeout(check, 0));
    check();
  });
})()`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const server = createStaticServer({ root, baseUrl: '/' });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const session = await launchBrowser();
  const page = questions[Math.floor(questions.length / 2)]!.permalink;
  const shortcut: number[] = [];
  const warm: number[] = [];
  let downloaded = 0;
  try {
    for (let run = 0; run <= runs; run++) {
      const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const tab = await context.newPage();
      const bodies: Promise<Buffer>[] = [];
      let measuring = false;
      tab.on('response', (response) => {
        if (measuring && response.request().resourceType() === 'script') bodies.push(response.body());
      });
      await tab.goto(origin + page, { waitUntil: 'networkidle' });
      // The app starts on the reader's first intent (src/ssr/start-app-on-intent.ts): a key press with no effect of its own.
      await tab.keyboard.press('Shift');
      await tab.locator('html[data-has-hydrated="true"]').waitFor();
      measuring = true;
      const answersArrived = tab.waitForResponse((response) => response.url().includes('/search-answers.'));
      const elapsed = await tab.evaluate<number>(SHORTCUT_TO_RESULTS);
      await answersArrived;
      const bytes = (await Promise.all(bodies.map(async (body) => gzipSync(await body, { level: 9 }).length))).reduce((sum, size) => sum + size, 0);
      // Run 0 warms the server's compression cache and is not counted.
      if (run > 0) {
        shortcut.push(elapsed);
        downloaded = bytes;
        for (const query of WARM_QUERIES) warm.push(await tab.evaluate<number>(warmQuery(query)));
      }
      await context.close();
    }
  } finally {
    await session.close();
    server.close();
  }
  console.log(
    `Chromium, ${runs} runs, load average ${loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')}\n`,
  );
  console.log('| measure | median | best | worst |');
  console.log('|---|---:|---:|---:|');
  const row = (name: string, values: number[]) =>
    console.log(`| ${name} | ${median(values).toFixed(0)} ms | ${Math.min(...values).toFixed(0)} ms | ${Math.max(...values).toFixed(0)} ms |`);
  row('"/" to first results, empty cache', shortcut);
  row('warm query, keystroke to results', warm);
  console.log(`\nFirst search downloaded ${(downloaded / 1024).toFixed(1)} KB gzip of JavaScript (engine, flexsearch, both index files).`);
}

void main();
