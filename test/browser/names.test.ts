/**
 * One name per thing. The page at /study (practice sessions and mock
 * interviews) is called the same in the navbar, its <title> and its H1; the
 * switch that hides answers is called the same by its accessible name, its
 * tooltip and the home page that tells readers to turn it on. The names
 * themselves are the decision of issue 12 ("Practice" and "Study mode"), and
 * the two things never share a word, which is how readers confused them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './helpers/browser.ts';
import { normalise, sitePath, visibleText, visit } from './helpers/site.ts';

const PRACTICE_PAGE = 'Practice';
const STUDY_MODE_SWITCH = 'Study mode';

interface NameUse {
  /** Where the name appears, for the failure message. */
  readonly where: string;
  readonly name: string;
}

/** The uses that call the thing something other than the first use does; [] when every use agrees. */
function disagreements(uses: readonly NameUse[]): string[] {
  const [first, ...rest] = uses;
  if (!first) return [];
  return rest.filter((use) => use.name !== first.name).map((use) => `${use.where} says “${use.name}”, ${first.where} says “${first.name}”`);
}

/** The accessible name Chromium computes, read from Playwright's ARIA snapshot: `- switch "Study mode"`. */
async function accessibleName(page: Page, role: 'switch'): Promise<string> {
  const snapshot = await page.locator('.navbar').getByRole(role).ariaSnapshot();
  const name = new RegExp(`^- ${role} "([^"]*)"`).exec(snapshot)?.[1];
  if (name === undefined) throw new Error(`no ${role} with a name in the navbar: ${snapshot}`);
  return name;
}

const { withPage } = useBrowser();

describe('disagreements, the comparison the checks below use', () => {
  it('rejects the three names the practice page had (Practise, Study, Study)', () => {
    expect(
      disagreements([
        { where: 'navbar', name: 'Practise' },
        { where: 'H1', name: 'Study' },
        { where: 'title', name: 'Study' },
      ]),
    ).toEqual(['H1 says “Study”, navbar says “Practise”', 'title says “Study”, navbar says “Practise”']);
  });

  it('accepts one name used everywhere', () => {
    expect(
      disagreements([
        { where: 'a', name: 'Practice' },
        { where: 'b', name: 'Practice' },
      ]),
    ).toEqual([]);
  });
});

describe('the practice page', () => {
  it('is called the same in the navbar, its title and its H1', () =>
    withPage(async (page) => {
      await visit(page, '/');
      const navbarLink = page.locator(`.navbar a[href="${sitePath('/study')}"]`);
      const navbar = await visibleText(navbarLink);
      await navbarLink.click();
      await page.waitForURL((url) => url.pathname === sitePath('/study'));
      await page.locator('h1').waitFor();
      const uses = [
        { where: 'the navbar link', name: navbar },
        { where: 'the H1', name: await visibleText(page.locator('h1')) },
        { where: 'the <title>', name: (await page.title()).split(' | ')[0]! },
      ];
      expect(disagreements(uses)).toEqual([]);
      expect(navbar).toBe(PRACTICE_PAGE);
    }));
});

describe('the study mode switch', () => {
  it('is called the same by its accessible name, its tooltip and the home page', () =>
    withPage(async (page) => {
      await visit(page, '/');
      const name = await accessibleName(page, 'switch');
      const tooltip = (await page.locator('.navbar').getByRole('switch').getAttribute('title')) ?? '';
      const instruction = normalise(await visibleText(page.getByText(/Turn on .+ in the top bar/)));
      const homePage = /Turn on (.+?) in the top bar/.exec(instruction)?.[1] ?? `(no name in “${instruction}”)`;
      const uses = [
        { where: 'its accessible name', name },
        { where: 'its tooltip', name: tooltip.slice(0, name.length) },
        { where: 'the home page', name: homePage },
      ];
      expect(disagreements(uses)).toEqual([]);
      expect(name).toBe(STUDY_MODE_SWITCH);
      expect(name.toLowerCase().split(' '), 'the switch and the page share no word').not.toContain(PRACTICE_PAGE.toLowerCase());
    }));
});
