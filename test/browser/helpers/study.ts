/**
 * The /study page's session, as the browser tests step through it.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { visibleText } from './site.ts';

/** The heading of the card on screen. */
export const cardTitle = (page: Page) => page.locator('article h2');

/** The titles a session asks, in order, read by stepping through it with → until the summary. */
export async function sessionTitles(page: Page): Promise<string[]> {
  const titles: string[] = [];
  while ((await page.getByRole('heading', { name: 'Session summary' }).count()) === 0) {
    await cardTitle(page).waitFor();
    titles.push(await visibleText(cardTitle(page)));
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => (await cardTitle(page).count()) === 0 || (await visibleText(cardTitle(page))) !== titles.at(-1), {
        message: '→ moved to the next card',
      })
      .toBe(true);
  }
  return titles;
}
