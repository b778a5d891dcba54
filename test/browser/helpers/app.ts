/**
 * A built page starts its app on the reader's first intent (src/ssr/start-app-on-intent.ts), so a test that
 * needs the app does what a reader does first: it presses a key with no effect of its own (Shift), then waits
 * until React has hydrated the page. Pages opened with a query or a fragment have started already; the key press
 * changes nothing there.
 */
import type { Page } from 'playwright-core';

export const HYDRATED = 'html[data-has-hydrated="true"]';

export async function startApp(page: Page, options: { timeout?: number } = {}): Promise<void> {
  await page.keyboard.press('Shift');
  await page.locator(HYDRATED).waitFor(options);
}

/**
 * Holds back every request matching `pattern` until the returned function is called, then lets them through (or
 * fails them, with `then: 'abort'`): so a test can act on a page while its app, or its load event, is still to come.
 */
export async function holdBack(page: Page, pattern: string, then: 'continue' | 'abort' = 'continue'): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await released;
    await (then === 'abort' ? route.abort() : route.continue());
  });
  return release;
}
