/**
 * npm run bench:weight -- [--dir build] [--bytes]
 *
 * What a first visit downloads: loads the built site in Chromium through the
 * production-like static server and sums what each page type requests
 * (including chunks fetched during hydration): JavaScript and CSS, raw and
 * gzip, and web fonts (already compressed, counted as served). Pages: home, a
 * question, its quiz page, a topic, /study, and every hand-written guide in docs/guides/.
 * `--bytes` prints exact byte counts instead of KB, for comparing two builds.
 * Run `npm run build` first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Response } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../lib/chromium.ts';
import { createStaticServer } from '../lib/static-server.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'build' }, bytes: { type: 'boolean', default: false } } });
const root = resolve(values.dir!);
if (!existsSync(resolve(root, 'index.html'))) {
  console.error(`${root}/index.html not found: run \`npm run build\` first.`);
  process.exit(1);
}

const questions = JSON.parse(readFileSync('docs/_generated/questions.json', 'utf8')) as { permalink: string; number: number }[];
const topics = JSON.parse(readFileSync('docs/_generated/topics.json', 'utf8')) as { permalink: string }[];
/** Guides are copied to docs/guides/<slug>.mdx and served at /guides/<slug>. */
const guides = existsSync('docs/guides')
  ? readdirSync('docs/guides').filter((name) => name.endsWith('.mdx')).sort().map((name) => name.slice(0, -'.mdx'.length))
  : [];
const pages: [string, string][] = [
  ['home', '/'],
  ['question (q7)', questions.find((question) => question.number === 7)!.permalink],
  // Its quiz page (src/plugins/quiz): the question only; the answer's chunk loads on reveal.
  ['quiz (q7)', questions.find((question) => question.number === 7)!.permalink.replace(/^\/questions\//, '/quiz/')],
  ['topic', topics[0]!.permalink],
  ['study session', '/study'],
  ...guides.map((slug): [string, string] => [`guide (${slug})`, `/guides/${slug}`]),
];

type Kind = 'script' | 'stylesheet' | 'font';
const KINDS = new Set<string>(['script', 'stylesheet', 'font']);

async function main(): Promise<void> {
  const server = createStaticServer({ root, baseUrl: '/' });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const session = await launchBrowser();
  const size = (bytes: number) => (values.bytes ? String(bytes) : `${(bytes / 1024).toFixed(1)} KB`);

  console.log('| page | HTML gzip | JS files | JS gzip | CSS gzip | JS+CSS gzip | JS+CSS raw | fonts | first view (HTML+JS+CSS gzip + fonts) |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  try {
    for (const [name, path] of pages) {
      const page = await session.openPage();
      const pending: Promise<void>[] = [];
      const assets: { kind: Kind; raw: number; gzip: number }[] = [];
      const onResponse = (response: Response) => {
        const kind = response.request().resourceType();
        if (!KINDS.has(kind)) return;
        pending.push(
          response.body().then((body) => {
            // Fonts (woff2) are compressed already and served as they are.
            assets.push({ kind: kind as Kind, raw: body.length, gzip: kind === 'font' ? body.length : gzipSync(body, { level: 9 }).length });
          }),
        );
      };
      page.on('response', onResponse);
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      // Read every body before the page closes, including responses that arrived meanwhile.
      for (let read = -1; read !== pending.length; ) {
        read = pending.length;
        await Promise.all(pending);
      }
      page.off('response', onResponse);
      const html = gzipSync(readFileSync(resolve(root, path === '/' ? 'index.html' : `${path.slice(1)}.html`)), { level: 9 }).length;
      const sum = (kinds: Kind[], key: 'raw' | 'gzip') =>
        assets.filter((asset) => kinds.includes(asset.kind)).reduce((total, asset) => total + asset[key], 0);
      const code = sum(['script', 'stylesheet'], 'gzip');
      const fonts = sum(['font'], 'raw');
      console.log(
        `| ${name} | ${size(html)} | ${assets.filter((asset) => asset.kind === 'script').length} | ${size(sum(['script'], 'gzip'))} | ${size(sum(['stylesheet'], 'gzip'))} | ${size(code)} | ${size(sum(['script', 'stylesheet'], 'raw'))} | ${size(fonts)} (${assets.filter((asset) => asset.kind === 'font').length} files) | ${size(html + code + fonts)} |`,
      );
      await page.close();
    }
  } finally {
    await session.close();
    server.close();
  }
}

void main();
