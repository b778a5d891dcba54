/**
 * One Chromium per test file (tooling/browser/chromium.ts), started before the
 * file's tests and closed after them, and the ways a test borrows a page from
 * it: every page a helper opens is closed again, even when the test fails.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type BrowserSession } from '../../../tooling/browser/chromium.ts';

export interface TestBrowser {
  /** The running browser; only valid inside a test or hook. */
  readonly session: BrowserSession;
  /** A tab of the shared context (shared storage), closed after `test`. */
  readonly withPage: <T>(test: (page: Page) => Promise<T>) => Promise<T>;
  /** A tab in a fresh context of its own (empty storage, as in another browser), closed with its context after `test`. */
  readonly withIsolatedPage: <T>(test: (page: Page) => Promise<T>, options?: BrowserContextOptions) => Promise<T>;
  /** A tab with JavaScript disabled (the static HTML a crawler reads), closed after `test`. */
  readonly withPageWithoutJavaScript: <T>(test: (page: Page) => Promise<T>) => Promise<T>;
}

/** Call once at the top of a test file: registers the hooks that start and stop its browser. */
export function useBrowser(): TestBrowser {
  let running: BrowserSession | undefined;
  beforeAll(async () => {
    running = await launchBrowser();
  });
  afterAll(async () => {
    await running?.close();
  });
  const session = (): BrowserSession => {
    if (!running)
      throw new Error('test/browser/helpers/browser.ts: the browser is not running; use it inside a test or hook of the file that called useBrowser()');
    return running;
  };
  const borrow = async <T>(open: Promise<Page>, test: (page: Page) => Promise<T>, close: (page: Page) => Promise<void>): Promise<T> => {
    const page = await open;
    try {
      return await test(page);
    } finally {
      await close(page);
    }
  };
  return {
    get session() {
      return session();
    },
    withPage: (test) => borrow(session().openPage(), test, (page) => page.close()),
    withIsolatedPage: (test, options) => borrow(session().openIsolatedPage(options), test, (page) => page.context().close()),
    withPageWithoutJavaScript: (test) => borrow(session().openPageWithoutJavaScript(), test, (page) => page.context().close()),
  };
}
