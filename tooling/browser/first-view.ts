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
 * Loads `url` in a fresh page and records what it downloads; `path` names its HTML file in `buildDir`. Only requests
 * made until the app has hydrated count: after that the app prefetches the chunks of links in view while the browser
 * is idle, which is the next page's cost, not this one's, and how much of it lands before the count ends depended on
 * how busy the machine was (a busy run once counted 54 kB more).
 */
export async function measureFirstView(page: Page, url: string, buildDir: string, path: string): Promise<FirstView> {
  const pending: Promise<Asset | undefined>[] = [];
  const seen = new Set<string>();
  let counting = true;
  const onRequest = (request: Request) => {
    const type = request.resourceType();
    const kind = type === 'other' && /\.js$/.test(new URL(request.url()).pathname) ? 'script' : type;
    if (!counting || !KINDS.has(kind) || seen.has(request.url())) return;
    seen.add(request.url());
    pending.push(
      request.response().then(async (response) => {
        if (!response) return undefined;
        const body = await response.body();
        return {
          kind: kind as AssetKind,
          url: request.url(),
          raw: body.length,
          gzip: kind === 'font' ? body.length : gzipSync(body, { level: 9 }).length,
        };
      }),
    );
  };
  page.on('request', onRequest);
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    // A key press with no effect of its own: the first intent that starts the app.
    await page.keyboard.press('Shift');
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  } finally {
    counting = false;
    page.off('request', onRequest);
  }
  const assets = (await Promise.all(pending)).filter((asset) => asset !== undefined);
  return { htmlGzip: gzipSync(readFileSync(htmlFileFor(buildDir, path)), { level: 9 }).length, assets };
}

export function totalBytes(view: FirstView, kinds: readonly AssetKind[], key: 'raw' | 'gzip' = 'gzip'): number {
  return view.assets.filter((asset) => kinds.includes(asset.kind)).reduce((sum, asset) => sum + asset[key], 0);
}

export const countOf = (view: FirstView, kind: AssetKind): number => view.assets.filter((asset) => asset.kind === kind).length;
