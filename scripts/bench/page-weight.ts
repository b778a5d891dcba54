/**
 * npm run bench:weight -- [--dir build]
 *
 * What a first visit downloads: loads the built site in Chromium through the
 * production-like static server and sums the JavaScript and CSS each page type
 * requests (including chunks fetched during hydration), raw and gzip.
 * Run `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../lib/chromium.ts';
import { createStaticServer } from '../lib/static-server.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'build' } } });
const root = resolve(values.dir!);
if (!existsSync(resolve(root, 'index.html'))) {
  console.error(`${root}/index.html not found: run \`npm run build\` first.`);
  process.exit(1);
}

const questions = JSON.parse(readFileSync('docs/_generated/questions.json', 'utf8')) as { permalink: string; number: number }[];
const topics = JSON.parse(readFileSync('docs/_generated/topics.json', 'utf8')) as { permalink: string }[];
const pages: [string, string][] = [
  ['home', '/'],
  ['question (q7)', questions.find((question) => question.number === 7)!.permalink],
  ['topic', topics[0]!.permalink],
  ['study session', '/study'],
];

async function main(): Promise<void> {
  const server = createStaticServer({ root, baseUrl: '/' });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const session = await launchBrowser();

  console.log('| page | HTML gzip | JS files | JS gzip | CSS gzip | JS+CSS gzip | JS+CSS raw |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  try {
    for (const [name, path] of pages) {
      const page = await session.openPage();
      const assets: { type: string; raw: number; gzip: number }[] = [];
      // Bodies are read before the page closes: a lazily loaded chunk can finish after 'networkidle'.
      const reading: Promise<void>[] = [];
      page.on('response', (response) => {
        const type = response.request().resourceType();
        if (type !== 'script' && type !== 'stylesheet') return;
        reading.push(
          response.body().then((body) => {
            assets.push({ type, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
          }),
        );
      });
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      await Promise.all(reading);
      const html = readFileSync(resolve(root, path === '/' ? 'index.html' : `${path.slice(1)}.html`));
      const sum = (type: string | undefined, key: 'raw' | 'gzip') =>
        assets.filter((asset) => !type || asset.type === type).reduce((total, asset) => total + asset[key], 0);
      // Exact bytes too: budgets such as "at most 15 KB added" are checked against differences.
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB (${bytes} B)`;
      console.log(
        `| ${name} | ${kb(gzipSync(html, { level: 9 }).length)} | ${assets.filter((asset) => asset.type === 'script').length} | ${kb(sum('script', 'gzip'))} | ${kb(sum('stylesheet', 'gzip'))} | ${kb(sum(undefined, 'gzip'))} | ${kb(sum(undefined, 'raw'))} |`,
      );
      await page.close();
    }
  } finally {
    await session.close();
    server.close();
  }
}

void main();
