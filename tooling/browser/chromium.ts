/**
 * Debian's Chromium driven by playwright-core: nothing here downloads a browser.
 * One browser per test file; `openPage` for a normal page, `openPageWithoutJavaScript`
 * for what a crawler or a no-JS reader gets (the static HTML).
 */
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
}

/** Throws a message that says how to fix it, rather than letting tests skip. */
export function assertChromiumInstalled(path = chromiumPath()): void {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(
      `Chromium not found at ${path}. The browser tests need it: run \`apt-get install chromium\` ` +
        '(or set CHROMIUM_PATH to a Chromium/Chrome executable). playwright-core does not download browsers here.',
    );
  }
}

export interface BrowserSession {
  /** The persistent context the browser was launched with (JavaScript enabled). */
  context: BrowserContext;
  browser: Browser;
  /** A new tab with JavaScript enabled. */
  openPage(): Promise<Page>;
  /** A new tab, in its own context, with JavaScript disabled: only the static HTML. */
  openPageWithoutJavaScript(): Promise<Page>;
  /**
   * A new tab in a fresh context of its own: empty storage, as in another
   * browser. Closing the page's context (`page.context().close()`) frees it early.
   */
  openIsolatedPage(options?: BrowserContextOptions): Promise<Page>;
  /** Closes every page and context, the browser, and removes the temporary profile. */
  close(): Promise<void>;
}

/**
 * Launches Chromium with a fresh temporary profile. playwright-core refuses a
 * `--user-data-dir=` argument, so the profile is passed to launchPersistentContext.
 */
export async function launchBrowser(): Promise<BrowserSession> {
  const executablePath = chromiumPath();
  assertChromiumInstalled(executablePath);
  const userDataDir = mkdtempSync(join(tmpdir(), 'sre-browser-test-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
    });
  } catch (error) {
    removeDir(userDataDir);
    throw error;
  }
  const browser = context.browser();
  if (!browser) {
    await context.close();
    removeDir(userDataDir);
    throw new Error('playwright-core returned a persistent context without a browser');
  }
  const extraContexts: BrowserContext[] = [];

  return {
    context,
    browser,
    openPage: () => context.newPage(),
    async openPageWithoutJavaScript() {
      const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
      extraContexts.push(noScript);
      return noScript.newPage();
    },
    async openIsolatedPage(options = {}) {
      const isolated = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      extraContexts.push(isolated);
      return isolated.newPage();
    },
    async close() {
      try {
        await Promise.allSettled(extraContexts.map((extra) => extra.close()));
        await context.close();
      } finally {
        removeDir(userDataDir);
      }
    },
  };
}

function removeDir(path: string): void {
  // Chromium may still be flushing its profile for a moment after exit.
  rmSync(path, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}
