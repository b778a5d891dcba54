/**
 * npm run bench:weight -- [--dir build] [--bytes]
 *
 * What a first visit downloads: loads the built site in Chromium through the
 * production-like static server and sums what each page type requests
 * (including chunks fetched during hydration): JavaScript and CSS, raw and
 * gzip, and web fonts (already compressed, counted as served). Pages: home, a
 * question, its quiz page, a topic, /search, /study, and every hand-written guide in
 * docs/guides/. `--bytes` prints exact byte counts instead of KB, for
 * comparing two builds. Run `npm run build` first.
 */
import { existsSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../browser/chromium.ts';
import { countOf, measureFirstView, totalBytes } from '../browser/first-view.ts';
import { pageTypes } from '../page-types.ts';
import { createStaticServer } from '../server/static-server.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'build' }, bytes: { type: 'boolean', default: false } } });
const root = resolve(values.dir);
if (!existsSync(resolve(root, 'index.html'))) {
  console.error(`${root}/index.html not found: run \`npm run build\` first.`);
  process.exit(1);
}

/** Guides are copied to docs/guides/<slug>.mdx and served at /guides/<slug>. */
const guides = existsSync('docs/guides')
  ? readdirSync('docs/guides')
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name) => name.slice(0, -'.mdx'.length))
  : [];
const pages = [...pageTypes(), ...guides.map((slug) => ({ name: `guide (${slug})`, path: `/guides/${slug}` }))];

async function main(): Promise<void> {
  const server = createStaticServer({ root, baseUrl: '/' });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const session = await launchBrowser();
  const size = (bytes: number) => (values.bytes ? String(bytes) : `${(bytes / 1024).toFixed(1)} KB`);

  console.log('| page | HTML gzip | JS files | JS gzip | CSS gzip | JS+CSS gzip | JS+CSS raw | fonts | first view (HTML+JS+CSS gzip + fonts) |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  try {
    for (const { name, path } of pages) {
      const page = await session.openPage();
      const view = await measureFirstView(page, origin + path, root, path);
      await page.close();
      const code = totalBytes(view, ['script', 'stylesheet']);
      const fonts = totalBytes(view, ['font']);
      console.log(
        `| ${name} | ${size(view.htmlGzip)} | ${countOf(view, 'script')} | ${size(totalBytes(view, ['script']))} | ${size(totalBytes(view, ['stylesheet']))} | ${size(code)} | ${size(totalBytes(view, ['script', 'stylesheet'], 'raw'))} | ${size(fonts)} (${countOf(view, 'font')} files) | ${size(view.htmlGzip + code + fonts)} |`,
      );
    }
  } finally {
    await session.close();
    server.close();
  }
}

void main();
