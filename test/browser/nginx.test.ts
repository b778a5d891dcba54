/**
 * The site behind a real host: Debian's nginx running the deploy
 * configuration (deploy/nginx/) over the browser tests' /sre/ build, prepared
 * as `npm run build` prepares it (deploy/prepare-build.ts). Checked at the
 * HTTP level (status, cache rules, security headers, precompressed bodies, for
 * the sub-path and the root configuration) and in Chromium: every page type
 * runs under the Content-Security-Policy without a violation, and search, study
 * mode and the error-budget calculator work there.
 *
 * nginx serves a copy of the build in which one .br file is replaced by a
 * recognisable payload, so the test can tell nginx's precompressed file from
 * anything nginx could have compressed itself.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quizPath } from '../../contract/urls.ts';
import { cspScriptHashesMap, inlineScriptHashes } from '../../deploy/build-files/csp-script-hashes.ts';
import { useBrowser } from './helpers/browser.ts';
import { startNginx, type RunningNginx } from './helpers/nginx.ts';
import { basePath, buildDir, firstAnswerLine, pageAnswer, questionById, questionWithKeyPoints, sitePath, topics, visibleText } from './helpers/site.ts';
import { startApp } from './helpers/app.ts';

const question = questionWithKeyPoints(3);
const topic = topics.find((candidate) => candidate.questionIds.length >= 2)!;
const topicQuestions = topic.questionIds.map(questionById);

/** One page of each type, as the site links to them (site-relative). */
const PAGES = {
  home: '/',
  question: question.permalink,
  topic: topic.permalink,
  guide: '/guides/slo-math',
  quiz: quizPath(question.slug),
  search: `/search?q=${encodeURIComponent('error budget')}`,
  study: '/study',
};
/** The file whose .br copy the test replaces, and what it replaces it with. */
const MARKED_FILE = 'downloads/sre-questions.csv';
const MARKER = 'This is the .br file on disk, sent by brotli_static as it is.';

let site: RunningNginx;
let rootSite: RunningNginx;
let workDir: string;
/** The served copy of the build (what /sre/ maps to). */
let served: string;

beforeAll(async () => {
  if (!existsSync(join(buildDir, `${MARKED_FILE}.br`)))
    throw new Error(`${buildDir}/${MARKED_FILE}.br is missing: the build was not prepared by deploy/prepare-build.ts (see global-setup.ts)`);
  workDir = await mkdtemp(join(tmpdir(), 'sre-nginx-site-'));
  served = join(workDir, 'www', basePath);
  await cp(buildDir, served, { recursive: true });
  await writeFile(join(served, `${MARKED_FILE}.br`), brotliCompressSync(MARKER));
  await writeFile(join(served, 'test.webmanifest'), JSON.stringify({ name: 'SRE Interview Questions', start_url: basePath }));
  site = await startNginx({ config: 'sre-site-subpath.conf', root: join(workDir, 'www'), cspMap: join(served, '.nginx/csp-script-hashes.conf') });

  // The root configuration serves the same files at /; its hash map needs keys without /sre/.
  const pages = new Map<string, string[]>();
  for (const entry of await readdir(served, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    pages.set(relative(served, file), inlineScriptHashes(await readFile(file, 'utf8')));
  }
  await writeFile(join(workDir, 'root-csp.conf'), cspScriptHashesMap(pages, '/'));
  rootSite = await startNginx({ config: 'sre-site-root.conf', root: served, cspMap: join(workDir, 'root-csp.conf') });
}, 120_000);

afterAll(async () => {
  await site?.stop();
  await rootSite?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as sent, not decompressed. */
  body: Buffer;
}

/** A GET that keeps the body as nginx sent it (fetch would decompress it). */
function rawGet(url: string, acceptEncoding = ''): Promise<RawResponse> {
  return new Promise((done, fail) => {
    get(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', fail);
    }).on('error', fail);
  });
}

const header = (response: RawResponse, name: string): string => String(response.headers[name] ?? '');

/** The CSP's directives by name. */
function cspDirectives(response: RawResponse): Map<string, string[]> {
  const policy = header(response, 'content-security-policy');
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...values]) => [name, values]),
  );
}

/** The SHA-256 of each inline script of an HTML file, worked out here with a parser of the test's own. */
function expectedScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? '';
    if (/\bsrc=/.test(attributes) || /\btype=["']?application\/ld\+json/.test(attributes)) continue;
    hashes.push(
      `'sha256-${createHash('sha256')
        .update(match[2] ?? '')
        .digest('base64')}'`,
    );
  }
  return hashes;
}

function expectSecurityHeaders(response: RawResponse, what: string): void {
  const csp = cspDirectives(response);
  expect(csp.get('script-src'), `${what}: script-src`).toBeDefined();
  expect(csp.get('script-src'), `${what}: no inline scripts but hashed ones`).not.toContain("'unsafe-inline'");
  expect(csp.get('default-src'), what).toEqual(["'self'"]);
  expect(csp.get('object-src'), what).toEqual(["'none'"]);
  expect(csp.get('base-uri'), what).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(header(response, 'x-content-type-options'), what).toBe('nosniff');
  expect(header(response, 'referrer-policy'), what).toBe('strict-origin-when-cross-origin');
}

const mainScript = async (): Promise<string> => {
  const name = (await readdir(join(buildDir, 'assets/js'))).find((file) => /^main\.[0-9a-f]{8}\.js$/.test(file));
  if (!name) throw new Error(`${buildDir}/assets/js has no main.<hash>.js`);
  return `assets/js/${name}`;
};

describe('nginx under the sub-path (deploy/nginx/sre-site-subpath.conf)', () => {
  const url = (permalink: string) => site.origin + sitePath(permalink);

  it.each(Object.entries(PAGES))(
    'answers the %s page 200, revalidated (no-cache), with the security headers and its own script hashes',
    async (_type, permalink) => {
      const response = await rawGet(url(permalink), 'br, gzip');
      expect(response.status).toBe(200);
      expect(header(response, 'content-type')).toBe('text/html; charset=utf-8');
      expect(header(response, 'cache-control')).toBe('no-cache');
      expectSecurityHeaders(response, permalink);
      const html = brotliDecompressSync(response.body).toString('utf8');
      const scriptSrc = cspDirectives(response).get('script-src')!;
      for (const hash of expectedScriptHashes(html)) expect(scriptSrc, `the CSP allows the page's inline script ${hash}`).toContain(hash);
    },
  );

  it('answers an unknown path with the site’s own 404 page and status 404, and never serves the build’s .nginx folder', async () => {
    const notFoundPage = await readFile(join(buildDir, '404.html'), 'utf8');
    for (const path of [`${basePath}no-such-page`, `${basePath}questions/`, `${basePath}.nginx/csp-script-hashes.conf`]) {
      const response = await rawGet(site.origin + path, 'gzip');
      expect(response.status, path).toBe(404);
      expect(gunzipSync(response.body).toString('utf8'), `${path} shows the site's 404 page`).toBe(notFoundPage);
      expectSecurityHeaders(response, path);
    }
  });

  it('caches hashed assets for a year as immutable, and nothing else; names the web manifest’s type', async () => {
    const main = await mainScript();
    const hashed = await rawGet(site.origin + basePath + main, 'br');
    expect(hashed.status).toBe(200);
    expect(header(hashed, 'cache-control')).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(hashed, main);
    const css = (await readdir(join(buildDir, 'assets/css')))[0]!;
    expect(header(await rawGet(`${site.origin}${basePath}assets/css/${css}`), 'cache-control')).toBe('public, max-age=31536000, immutable');
    // A web app manifest gets its media type, which Debian's mime.types lacks (the file is the test's own).
    const manifest = await rawGet(`${site.origin}${basePath}test.webmanifest`);
    expect(manifest.status).toBe(200);
    expect(header(manifest, 'content-type')).toBe('application/manifest+json; charset=utf-8');
    expect(header(manifest, 'cache-control')).toBe('no-cache');
    expectSecurityHeaders(manifest, 'test.webmanifest');
    // Negative control: a file without a content hash in its name is revalidated.
    for (const unhashed of ['img/favicon.svg', 'robots.txt', MARKED_FILE]) {
      const response = await rawGet(site.origin + basePath + unhashed);
      expect(response.status, unhashed).toBe(200);
      expect(header(response, 'cache-control'), unhashed).toBe('no-cache');
    }
  });

  it('sends the precompressed .br and .gz files from disk, as the request accepts them', async () => {
    const main = await mainScript();
    const onDisk = (suffix: string) => readFile(join(served, main + suffix));
    const brotli = await rawGet(site.origin + basePath + main, 'gzip, deflate, br');
    expect(header(brotli, 'content-encoding')).toBe('br');
    expect(header(brotli, 'vary')).toBe('Accept-Encoding');
    expect(brotli.body.equals(await onDisk('.br')), 'the body is the .br file').toBe(true);
    const gzip = await rawGet(site.origin + basePath + main, 'gzip');
    expect(header(gzip, 'content-encoding')).toBe('gzip');
    expect(gzip.body.equals(await onDisk('.gz')), 'the body is the .gz file').toBe(true);
    const plain = await rawGet(site.origin + basePath + main);
    expect(header(plain, 'content-encoding')).toBe('');
    expect(plain.body.equals(await onDisk('')), 'no Accept-Encoding: the file itself').toBe(true);

    // The replaced .br file comes back as it is on disk: nginx sends the file, it does not compress.
    const marked = await rawGet(site.origin + basePath + MARKED_FILE, 'br');
    expect(header(marked, 'content-encoding')).toBe('br');
    expect(brotliDecompressSync(marked.body).toString('utf8')).toBe(MARKER);
    const markedGzip = await rawGet(site.origin + basePath + MARKED_FILE, 'gzip');
    expect(gunzipSync(markedGzip.body).equals(await readFile(join(buildDir, MARKED_FILE))), 'the .gz copy is the real file').toBe(true);
  });
});

describe('nginx at the root (deploy/nginx/sre-site-root.conf)', () => {
  it('serves the home page, hashed assets and the 404 page with the same rules', async () => {
    const home = await rawGet(`${rootSite.origin}/`, 'br');
    expect(home.status).toBe(200);
    expect(header(home, 'content-encoding')).toBe('br');
    expect(header(home, 'cache-control')).toBe('no-cache');
    expectSecurityHeaders(home, '/');
    const scriptSrc = cspDirectives(home).get('script-src')!;
    const expected = expectedScriptHashes(await readFile(join(buildDir, 'index.html'), 'utf8'));
    expect(expected.length, 'the home page has inline scripts').toBeGreaterThan(0);
    for (const hash of expected) expect(scriptSrc).toContain(hash);

    const questionPage = await rawGet(rootSite.origin + question.permalink, 'gzip');
    expect(questionPage.status).toBe(200);
    expect(header(questionPage, 'content-encoding')).toBe('gzip');

    const main = await rawGet(`${rootSite.origin}/${await mainScript()}`, 'br');
    expect(header(main, 'cache-control')).toBe('public, max-age=31536000, immutable');

    const missing = await rawGet(`${rootSite.origin}/no-such-page`, 'gzip');
    expect(missing.status).toBe(404);
    expect(gunzipSync(missing.body).toString('utf8')).toBe(await readFile(join(buildDir, '404.html'), 'utf8'));
    expect((await rawGet(`${rootSite.origin}/.nginx/csp-script-hashes.conf`)).status).toBe(404);
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// In Chromium, under the Content-Security-Policy.

const browser = useBrowser();

interface Watched {
  /** CSP violations the page reported (securitypolicyviolation events) and the console's CSP messages. */
  readonly violations: () => Promise<string[]>;
}

/** Records CSP violations from the first byte of every document the page loads. */
async function watchCsp(page: Page): Promise<Watched> {
  const consoleMessages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleMessages.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return {
    violations: async () => [...consoleMessages, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))],
  };
}

async function open(page: Page, permalink: string, status = 200): Promise<void> {
  const response = await page.goto(site.origin + sitePath(permalink), { waitUntil: 'load' });
  expect(response?.status(), `HTTP status of ${permalink}`).toBe(status);
  await startApp(page, { timeout: 20_000 });
}

describe('the site in Chromium, served by nginx', () => {
  it.each([...Object.entries(PAGES), ['404', '/no-such-page']])('the %s page loads and runs with no CSP violation', (type, permalink) =>
    browser.withIsolatedPage(async (page) => {
      const watched = await watchCsp(page);
      await open(page, permalink, type === '404' ? 404 : 200);
      // Give late scripts (prefetches, idle callbacks) their turn before reading the record.
      await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 2000 })));
      expect(await watched.violations()).toEqual([]);
    }),
  );

  it('reports an injected inline script and does not run it (negative control)', () =>
    browser.withIsolatedPage(async (page) => {
      const watched = await watchCsp(page);
      await page.route(site.origin + sitePath(question.permalink), async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace('</body>', '<script>window.injectedScriptRan = true</script></body>');
        await route.fulfill({ response, body: html });
      });
      await open(page, question.permalink);
      await expect.poll(async () => (await watched.violations()).join('\n')).toMatch(/script-src/);
      expect(await page.evaluate(() => (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan)).toBeUndefined();
    }));

  it('a short link’s redirect page runs its script (it keeps the query, which the meta refresh would drop)', () =>
    browser.withIsolatedPage(async (page) => {
      const watched = await watchCsp(page);
      await page.goto(`${site.origin}${basePath}q/${question.id}?study=1`);
      await page.waitForURL((target) => target.pathname === sitePath(question.permalink) && target.searchParams.get('study') === '1', { timeout: 20_000 });
      expect(await watched.violations()).toEqual([]);
    }));

  it('search finds questions as the reader types', () =>
    browser.withIsolatedPage(async (page) => {
      const watched = await watchCsp(page);
      await open(page, question.permalink);
      const box = page.locator('nav input[role="combobox"]');
      await box.focus();
      await box.fill(topicQuestions[0]!.title);
      const titles = page.locator('nav [role="listbox"] [role="option"] span:first-child');
      await expect.poll(async () => (await titles.allTextContents()).map((text) => text.trim()), { timeout: 15_000 }).toContain(topicQuestions[0]!.title);
      expect(await watched.violations()).toEqual([]);
    }));

  it('study mode hides the answer before first paint (the hashed inline script ran), reveals it, and a session grades', () =>
    browser.withIsolatedPage(async (page) => {
      const watched = await watchCsp(page);
      // Whether <html data-study-mode="study"> was set while the document was still being parsed, i.e. by the inline script
      // (React sets it only after parsing). The init script runs before <html> exists, so it watches the document.
      await page.addInitScript(() => {
        new MutationObserver(() => {
          if (document.documentElement.getAttribute('data-study-mode') === 'study')
            (window as unknown as { studyModeSetWhile?: string }).studyModeSetWhile ??= document.readyState;
        }).observe(document, { attributes: true, attributeFilter: ['data-study-mode'], subtree: true });
      });
      await open(page, `${question.permalink}?study=1`);
      expect(await page.evaluate(() => (window as unknown as { studyModeSetWhile?: string }).studyModeSetWhile)).toBe('loading');
      expect(await visibleText(pageAnswer(page))).not.toContain(firstAnswerLine(question));
      await pageAnswer(page).getByRole('button', { name: 'Reveal answer' }).click();
      await expect.poll(() => visibleText(pageAnswer(page))).toContain(firstAnswerLine(question));

      await open(page, topic.permalink);
      await page.getByRole('link', { name: 'Practice this topic' }).click();
      const card = page.locator('article h2');
      await expect.poll(() => visibleText(card), { timeout: 15_000 }).toBe(topicQuestions[0]!.title);
      await page.keyboard.press('Space');
      await page.keyboard.press('2');
      await expect.poll(() => visibleText(card)).toBe(topicQuestions[1]!.title);
      expect(await watched.violations()).toEqual([]);
    }));

  it('the error-budget calculator recomputes as you type', () =>
    browser.withIsolatedPage(async (page) => {
      const watched = await watchCsp(page);
      await open(page, PAGES.guide);
      const calculator = page.locator('.guide-calculator');
      // Worked by hand (see slo-math.test.ts): 99.9% over 30 days, 10 days in, 1,000,000 events: 3,000,000 × 0.1% = 3,000 allowed; 3,000 bad spend it all.
      await calculator.getByLabel('Bad events', { exact: true }).fill('3000');
      await expect.poll(() => visibleText(calculator.locator('[data-result="used"]'))).toBe('3,000 events (100%)');
      expect(await watched.violations()).toEqual([]);
    }));

  it(
    'the offline worker installs under the CSP and serves a page never opened once the network is gone',
    () =>
      browser.withIsolatedPage(async (page) => {
        const watched = await watchCsp(page);
        await open(page, PAGES.home);
        // src/plugins/offline sets this once the worker is active, which is once every precached file is stored.
        await page.locator('html[data-offline-ready="true"]').waitFor({ state: 'attached', timeout: 180_000 });
        await page.context().setOffline(true);
        const response = await page.goto(site.origin + sitePath(topicQuestions[1]!.permalink), { waitUntil: 'load' });
        expect(response?.status()).toBe(200);
        expect(await visibleText(pageAnswer(page))).toContain(firstAnswerLine(topicQuestions[1]!));
        await page.context().setOffline(false);
        expect(await watched.violations()).toEqual([]);
      }),
    240_000,
  );

  it('without the worker the same offline page fails to load (negative control)', () =>
    browser.withIsolatedPage(
      async (page) => {
        await open(page, PAGES.home);
        await page.context().setOffline(true);
        await expect(page.goto(site.origin + sitePath(topicQuestions[1]!.permalink))).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
        await page.context().setOffline(false);
      },
      { serviceWorkers: 'block' },
    ));
});
