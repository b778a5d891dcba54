/**
 * What a first visit to a page downloads: every script, stylesheet and font
 * it requests until the network is idle, then what starting the app adds
 * (the reader's first intent starts it: src/ssr/start-app-on-intent.ts; the
 * chunks fetched during hydration included), with raw and gzip sizes, and its
 * HTML's gzip size. A script fetched ahead as a prefetch counts once, as a
 * script. Shared by
 * `npm run bench:weight` (prints the figures) and the byte-budget test
 * (test/browser/budgets.test.ts, which fails CI over the budgets).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { APP_SCRIPTS_ATTRIBUTE } from '../../src/ssr/start-app-file.ts';

export type AssetKind = 'script' | 'stylesheet' | 'font';
const KINDS = new Set<string>(['script', 'stylesheet', 'font']);

export interface Asset {
  readonly kind: AssetKind;
  readonly url: string;
  readonly raw: number;
  /** gzip -9 of the body; a font (woff2, compressed already) counts as served. */
  readonly gzip: number;
}

export interface FirstView {
  readonly htmlGzip: number;
  readonly assets: readonly Asset[];
}

/** Site path → the file the static server answers it with (`trailingSlash: false`). */
export function htmlFileFor(buildDir: string, path: string): string {
  const relative = path.replace(/^\/+|\/+$/g, '');
  return join(buildDir, relative === '' ? 'index.html' : `${relative}.html`);
}

/**
 * Loads `url` in a fresh page and records what it downloads; `path` names its HTML file in `buildDir`. Counted: every
 * script, stylesheet and font the page requests until the app has hydrated, and of the scripts it fetches ahead
 * (`<link rel="prefetch">`), the app's own, which its start script lists. The chunks of linked pages that the app
 * prefetches while the browser is idle are the next page's cost, not this one's, and how many of them were requested
 * before the count ended depended on how busy the machine was (busy runs counted 7.5 and 54 kB more).
 */
export async function measureFirstView(page: Page, url: string, buildDir: string, path: string): Promise<FirstView> {
  const requested: { request: Request; kind: AssetKind; prefetch: boolean }[] = [];
  let counting = true;
  const onRequest = (request: Request) => {
    const type = request.resourceType();
    const prefetch = type === 'other' && /\.js$/.test(new URL(request.url()).pathname);
    const kind = prefetch ? 'script' : type;
    if (counting && KINDS.has(kind)) requested.push({ request, kind: kind as AssetKind, prefetch });
  };
  page.on('request', onRequest);
  let appScripts: string[];
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    // A key press with no effect of its own: the first intent that starts the app.
    await page.keyboard.press('Shift');
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    appScripts = await page.evaluate((attribute) => {
      const list = document.querySelector(`script[${attribute}]`)?.getAttribute(attribute) ?? '';
      return list.split(' ').map((script) => new URL(script, document.baseURI).href);
    }, APP_SCRIPTS_ATTRIBUTE);
  } finally {
    counting = false;
    page.off('request', onRequest);
  }
  const seen = new Set<string>();
  const counted = requested.filter(({ request, prefetch }) => {
    if ((prefetch && !appScripts.includes(request.url())) || seen.has(request.url())) return false;
    seen.add(request.url());
    return true;
  });
  const assets = await Promise.all(
    counted.map(async ({ request, kind }): Promise<Asset | undefined> => {
      const response = await request.response();
      if (!response) return undefined;
      const body = await response.body();
      return { kind, url: request.url(), raw: body.length, gzip: kind === 'font' ? body.length : gzipSync(body, { level: 9 }).length };
    }),
  );
  return { htmlGzip: gzipSync(readFileSync(htmlFileFor(buildDir, path)), { level: 9 }).length, assets: assets.filter((asset) => asset !== undefined) };
}

export function totalBytes(view: FirstView, kinds: readonly AssetKind[], key: 'raw' | 'gzip' = 'gzip'): number {
  return view.assets.filter((asset) => kinds.includes(asset.kind)).reduce((sum, asset) => sum + asset[key], 0);
}

export const countOf = (view: FirstView, kind: AssetKind): number => view.assets.filter((asset) => asset.kind === kind).length;
