/**
 * The SLO math guide (content/guides/slo-math.mdx) in the site built under
 * /sre/ (see global-setup.ts): KaTeX rendered at build time and styled by
 * files the site serves itself, the computed nines table in the static HTML,
 * and the error-budget calculator driven by keyboard, on a phone, and
 * checked with axe.
 */
import { createProcessor } from '@mdx-js/mdx';
import matter from 'gray-matter';
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Root as MdastRoot, RootContent as MdastContent } from 'mdast';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import remarkMath from 'remark-math';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './helpers/axe.ts';
import { useBrowser } from './helpers/browser.ts';
import { basePath, baseUrl, buildDir, questions, sitePath, urlFor, visibleText } from './helpers/site.ts';
import { startApp } from './helpers/app.ts';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const GUIDE = 'slo-math';
const guideSource = readFileSync(join(repoRoot, 'docs/guides', `${GUIDE}.mdx`), 'utf8');
const guideFront = matter(guideSource).data as { title: string; questions: number[] };
/** Question 3 (SLIs, SLOs and error budgets) links to the guide; the unrelated one does not. */
const linkedQuestion = questions.find((question) => question.id === 3)!;
if (!guideFront.questions.includes(3)) throw new Error(`content/guides/${GUIDE}.mdx must name question 3 in \`questions\``);
const unrelatedQuestion = questions.find((question) => !guideFront.questions.includes(question.id))!;

const origin = new URL(baseUrl).origin;
const guidePermalink = `/guides/${GUIDE}`;
const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/**
 * Downtime each target allows, worked out by hand: budget × period, with a day
 * of 86,400 s, a week of 604,800 s, 30 days of 2,592,000 s and a year of 365
 * days (31,536,000 s), shown to three significant figures. For 99.9% (0.1%):
 * 86.4 s = 1.44 min; 604.8 s = 10.08 min ≈ 10.1 min; 2,592 s = 43.2 min;
 * 31,536 s = 525.6 min = 8.76 h. (A calendar month of 30.44 days would give
 * 43.8 min; the guide's column is 30 days.)
 */
const NINES_TABLE = [
  ['99%(1%)', '14.4 min', '1.68 h', '7.2 h', '3.65 days'],
  ['99.5%(0.5%)', '7.2 min', '50.4 min', '3.6 h', '43.8 h'],
  ['99.9%(0.1%)', '1.44 min', '10.1 min', '43.2 min', '8.76 h'],
  ['99.95%(0.05%)', '43.2 s', '5.04 min', '21.6 min', '4.38 h'],
  ['99.99%(0.01%)', '8.64 s', '1.01 min', '4.32 min', '52.6 min'],
  ['99.999%(0.001%)', '864 ms', '6.05 s', '25.9 s', '5.26 min'],
];

type Field = 'slo' | 'window' | 'elapsed' | 'bad' | 'total';
/** The worked example the calculator opens with, as its fields show it. */
const EXAMPLE: Record<Field, string> = { slo: '99.9', window: '30', elapsed: '10', bad: '1200', total: '1000000' };

interface Shown {
  budget: string;
  used: string;
  remaining: string;
  'burn-rate': string;
  exhaustion: string;
  meter: string;
  meterValue: number;
  summary: string;
}

/**
 * Results worked out by hand. Total events so far are scaled to the window
 * (×30/elapsed); the budget is (100% − SLO) of that; the burn rate is the bad
 * fraction over the budget fraction; exhaustion is what is left over the bad
 * events per day so far.
 */
const CASES = {
  /** 99.9%, 10 of 30 days, 1,200 bad of 1,000,000: 3,000,000 × 0.1% = 3,000; 1,200/3,000 = 40%; 0.12%/0.1% = 1.2×; 1,800 left at 120 a day = 15 days. */
  example: {
    budget: '3,000 bad events',
    used: '1,200 events (40%)',
    remaining: '1,800 events (60%)',
    'burn-rate': '1.2×',
    exhaustion: '15 days',
    meter: '40% used, 60% left',
    meterValue: 0.4,
    summary: '40% of the error budget used, 60% left. Burn rate 1.2×; at this rate it runs out in 15 days, before the window ends.',
  },
  /** 3,000 bad: all 3,000 used; 0.3%/0.1% = 3×. */
  spent: {
    budget: '3,000 bad events',
    used: '3,000 events (100%)',
    remaining: '0 events (0%)',
    'burn-rate': '3×',
    exhaustion: 'Already spent',
    meter: '100% used, 0% left',
    meterValue: 1,
    summary: 'The error budget is spent: 100% used, burning at 3×.',
  },
  /** 3,000 bad at 99.5%: 3,000,000 × 0.5% = 15,000; 20% used; 0.3%/0.5% = 0.6×; 12,000 left at 300 a day = 40 days, past the 20 days left. */
  looserSlo: {
    budget: '15,000 bad events',
    used: '3,000 events (20%)',
    remaining: '12,000 events (80%)',
    'burn-rate': '0.6×',
    exhaustion: '40 days',
    meter: '20% used, 80% left',
    meterValue: 0.2,
    summary: '20% of the error budget used, 80% left. Burn rate 0.6×; at this rate it runs out in 40 days, after the window ends.',
  },
  /** 1,200 bad of 2,000,000: 6,000,000 × 0.1% = 6,000; 20% used; 0.06%/0.1% = 0.6×; 4,800 left at 120 a day = 40 days. */
  doubleTraffic: {
    budget: '6,000 bad events',
    used: '1,200 events (20%)',
    remaining: '4,800 events (80%)',
    'burn-rate': '0.6×',
    exhaustion: '40 days',
    meter: '20% used, 80% left',
    meterValue: 0.2,
    summary: '20% of the error budget used, 80% left. Burn rate 0.6×; at this rate it runs out in 40 days, after the window ends.',
  },
  /** 30 min down in 15 of 30 days at 99.9%: 43,200 min × 0.1% = 43.2 min; 30/43.2 = 69.4%; 30/21,600 = 0.139%, /0.1% = 1.39×; 13.2 min left at 2 a day = 6.6 days. */
  downtime: {
    budget: '43.2 min of downtime',
    used: '30 min (69.4%)',
    remaining: '13.2 min (30.6%)',
    'burn-rate': '1.39×',
    exhaustion: '6.6 days',
    meter: '69.4% used, 30.6% left',
    meterValue: 30 / 43.2,
    summary: '69.4% of the error budget used, 30.6% left. Burn rate 1.39×; at this rate it runs out in 6.6 days, before the window ends.',
  },
} satisfies Record<string, Shown>;

const browser = useBrowser();

/** Loads a page, waits until React has hydrated it, and fails on any console error or failed request. */
async function open(permalink: string, page?: Page): Promise<Page> {
  const tab = page ?? (await browser.session.openPage());
  const problems: string[] = [];
  tab.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  tab.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  tab.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  const response = await tab.goto(urlFor(permalink), { waitUntil: 'load' });
  expect(response?.status(), `HTTP status of ${sitePath(permalink)}`).toBe(200);
  await startApp(tab, { timeout: 15_000 });
  await tab.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
  return tab;
}

/** The TeX source of every formula in the guide, in order. */
function formulasInSource(): string[] {
  const tree = createProcessor({ remarkPlugins: [remarkMath] }).parse(matter(guideSource).content);
  const found: string[] = [];
  const walk = (node: MdastRoot | MdastContent): void => {
    if (node.type === 'math' || node.type === 'inlineMath') found.push(node.value.trim());
    if ('children' in node) for (const child of node.children as MdastContent[]) walk(child);
  };
  walk(tree);
  return found;
}

function elements(node: HastRoot | HastContent, match: (element: Element) => boolean, found: Element[] = []): Element[] {
  if (node.type === 'element' && match(node)) found.push(node);
  if ('children' in node) for (const child of node.children) elements(child, match, found);
  return found;
}
const hasClass = (name: string) => (element: Element) => ([] as unknown[]).concat(element.properties.className ?? []).includes(name);

describe('the SLO math guide, as built', () => {
  const html = readFileSync(join(buildDir, `${guidePermalink.slice(1)}.html`), 'utf8');
  const tree = fromHtml(html);

  it('has KaTeX markup for each formula of its source, and no KaTeX error', () => {
    const formulas = formulasInSource();
    expect(formulas.length).toBeGreaterThanOrEqual(10);
    const rendered = elements(tree, hasClass('katex'));
    expect(rendered, 'one class="katex" element per formula').toHaveLength(formulas.length);
    // KaTeX keeps each formula's TeX in its MathML annotation: the built page has exactly the source's formulas.
    const annotations = rendered.map((katex) => toText(elements(katex, (element) => element.tagName === 'annotation')[0]!).trim());
    expect(annotations).toEqual(formulas);
    expect(elements(tree, hasClass('katex-error'))).toEqual([]);
  });

  it('links KaTeX’s stylesheet, served from the site, in its static HTML', () => {
    const links = elements(tree, (element) => element.tagName === 'link' && String(element.properties.rel) === 'stylesheet').map((link) =>
      String(link.properties.href),
    );
    expect(links).toContainEqual(expect.stringMatching(new RegExp(`^${basePath}assets/katex\\.[0-9a-f]{8}/katex\\.min\\.css$`)));
    expect(links.every((href) => href.startsWith(basePath))).toBe(true);
  });
});

describe('the SLO math guide in the browser', () => {
  it('loads KaTeX’s CSS and fonts from the site, and makes no request that leaves it', async () => {
    const page = await browser.session.openPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const responses = new Map<string, number>();
    page.on('response', (response) => responses.set(response.url(), response.status()));
    try {
      await open(guidePermalink, page);
      // Every font the page uses has loaded (KaTeX fetches its fonts only when a formula needs them).
      await page.evaluate(() => document.fonts.ready);
      expect(requests.length).toBeGreaterThan(5);
      const elsewhere = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
      expect(elsewhere, 'requests to anywhere but the site').toEqual([]);
      expect(requests.every((url) => url.startsWith('data:') || new URL(url).hostname === '127.0.0.1')).toBe(true);

      const katexFiles = requests.map((url) => new URL(url).pathname).filter((path) => /\/assets\/katex\.[0-9a-f]{8}\//.test(path));
      expect(
        katexFiles.filter((path) => path.endsWith('/katex.min.css')),
        'KaTeX’s CSS',
      ).toHaveLength(1);
      const fonts = katexFiles.filter((path) => /\/fonts\/KaTeX_[\w-]+\.woff2$/.test(path));
      expect(fonts.length, 'KaTeX fonts (woff2) loaded from the site').toBeGreaterThan(0);
      for (const path of katexFiles) {
        expect(path.startsWith(`${basePath}assets/`)).toBe(true);
        expect(responses.get(origin + path), path).toBe(200);
      }
      expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);

      // The CSS applies: formulas use KaTeX's fonts, and the MathML copy is visually hidden.
      const styles = await page
        .locator('.katex')
        .first()
        .evaluate((katex) => ({
          font: getComputedStyle(katex).fontFamily,
          mathml: getComputedStyle(katex.querySelector('.katex-mathml')!).position,
        }));
      expect(styles.font).toContain('KaTeX_Main');
      expect(styles.mathml).toBe('absolute');
    } finally {
      await page.close();
    }
  });

  it(`question pages load no KaTeX CSS, not even one that links to the guide (${unrelatedQuestion.permalink}, ${linkedQuestion.permalink})`, async () => {
    for (const question of [unrelatedQuestion, linkedQuestion]) {
      const page = await browser.session.openPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      try {
        await open(question.permalink, page);
        expect(
          requests.filter((path) => /katex|\/assets\/guides\./i.test(path)),
          question.permalink,
        ).toEqual([]);
        const katexRules = await page.evaluate(() =>
          Array.from(document.styleSheets)
            .flatMap((sheet) => Array.from(sheet.cssRules).map((rule) => rule.cssText))
            .filter((text) => text.includes('.katex')),
        );
        expect(katexRules, `${question.permalink}: CSS rules for .katex`).toEqual([]);
        expect(await page.locator('link[rel="stylesheet"][href*="katex"]').count()).toBe(0);
      } finally {
        await page.close();
      }
    }
  });

  it(`question ${linkedQuestion.number} links to it, and following the link styles its math`, async () => {
    const page = await open(linkedQuestion.permalink);
    try {
      const link = page.locator('nav[aria-labelledby="further-reading"] a', { hasText: guideFront.title });
      expect(await link.getAttribute('href')).toBe(sitePath(guidePermalink));
      await link.click();
      await page.waitForURL((url) => url.pathname === sitePath(guidePermalink));
      await page.locator('.katex').first().waitFor();
      // Client-side navigation added the stylesheet too.
      await expect
        .poll(() =>
          page
            .locator('.katex-mathml')
            .first()
            .evaluate((mathml) => getComputedStyle(mathml).position),
        )
        .toBe('absolute');
    } finally {
      await page.close();
    }
  });

  it('without JavaScript: the computed nines table, the explanation, styled math and a note about the calculator', async () => {
    const page = await browser.session.openPageWithoutJavaScript();
    try {
      const response = await page.goto(urlFor(guidePermalink), { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(await page.locator('html[data-has-hydrated="true"]').count(), 'JavaScript did not run').toBe(0);

      const table = page.locator('table', { has: page.locator('caption', { hasText: 'Downtime each target allows' }) });
      const rows = await table
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? '')));
      expect(rows).toEqual(NINES_TABLE);

      const text = await visibleText(page.locator('article'));
      expect(text).toContain('The burn rate compares how fast you are spending the budget');
      expect(text).toContain('This calculator needs JavaScript, which is turned off');
      // The example's results are in the static HTML too.
      expect(text).toContain(CASES.example.summary);
      expect(
        await page
          .locator('.katex-mathml')
          .first()
          .evaluate((mathml) => getComputedStyle(mathml).position),
      ).toBe('absolute');
    } finally {
      await page.close();
    }
  });
});

describe('the error-budget calculator', () => {
  const calculator = (page: Page) => page.locator('.guide-calculator');
  const result = (page: Page, name: string) => visibleText(calculator(page).locator(`[data-result="${name}"]`));
  const field = (page: Page, label: string) => calculator(page).getByLabel(label, { exact: true });
  const summary = (page: Page) => visibleText(calculator(page).locator('[aria-live="polite"]'));

  async function expectResults(page: Page, shown: Shown): Promise<void> {
    for (const name of ['budget', 'used', 'remaining', 'burn-rate', 'exhaustion', 'meter'] as const) expect(await result(page, name), name).toBe(shown[name]);
    expect(Number(await calculator(page).locator('meter').getAttribute('value'))).toBeCloseTo(shown.meterValue, 6);
    expect(await summary(page)).toBe(shown.summary);
  }

  async function expectNoNumbersGoneWrong(page: Page): Promise<void> {
    expect(await visibleText(calculator(page))).not.toMatch(/NaN|Infinity|undefined/);
  }

  it('opens with the worked example and recomputes as you type', async () => {
    const page = await open(guidePermalink);
    try {
      await expectResults(page, CASES.example);
      await expect(expectResults(page, CASES.looserSlo), 'the check rejects results the page does not show').rejects.toThrow();
      await field(page, 'Bad events').fill('3000');
      await expectResults(page, CASES.spent);
      await field(page, 'SLO target').fill('99.5');
      await expectResults(page, CASES.looserSlo);
    } finally {
      await page.close();
    }
  });

  it('works by keyboard: tab through the fields, arrow keys switch to downtime', async () => {
    const page = await open(guidePermalink);
    try {
      await field(page, 'SLO target').focus();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('99.9');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('30'); // the window
      await page.keyboard.press('Tab');
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('15');
      await page.keyboard.press('Tab'); // to the checked radio button
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('events');
      await page.keyboard.press('ArrowRight');
      expect(await calculator(page).getByLabel('Minutes of downtime').isChecked()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(await field(page, 'Downtime').getAttribute('id'));
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('30');
      await page.keyboard.press('Enter'); // submitting does nothing harmful: no reload
      await expectResults(page, CASES.downtime);
      expect(await page.locator('html[data-has-hydrated="true"]').count()).toBe(1);
    } finally {
      await page.close();
    }
  });

  describe('invalid input', () => {
    /** One page for all the cases below: each restores the example values when done. */
    let invalidInputPage: Page;
    beforeAll(async () => {
      invalidInputPage = await open(guidePermalink);
    });
    afterAll(async () => {
      await invalidInputPage?.close();
    });

    it.each<[string, string, Field, string, RegExp]>([
      ['an SLO of 100%', 'SLO target', 'slo', '100', /^An SLO of 100% leaves no error budget/],
      ['text', 'SLO target', 'slo', 'abc', /^“abc” is not a number/],
      ['a negative number', 'Bad events', 'bad', '-5', /^The number of bad events cannot be negative\.$/],
      ['more bad than total events', 'Bad events', 'bad', '2000000', /^Bad events \(2,000,000\) cannot be more than total events \(1,000,000\)/],
      ['zero total events', 'Total events', 'total', '0', /^Total events must be at least 1/],
      ['a decimal comma', 'SLO target', 'slo', '99,9', /^Write decimals with a point: 99\.9, not 99,9\.$/],
      ['more time observed than the window', 'Time observed so far', 'elapsed', '45', /cannot be longer than the window \(30 days\)/],
    ])('refuses %s with a message next to the field, and shows no results', async (_name, label, key, value, message) => {
      const page = invalidInputPage;
      const input = field(page, label);
      try {
        await input.fill(value);
        expect(await input.getAttribute('aria-invalid')).toBe('true');
        const errorId = (await input.getAttribute('aria-describedby'))!.split(' ').find((id) => id.endsWith('-error'))!;
        const error = await visibleText(page.locator(`[id="${errorId}"]`));
        expect(error).toMatch(message);
        expect(await calculator(page).locator('[data-result]').count(), 'no results while an input is invalid').toBe(0);
        expect(await summary(page)).toBe(`No results yet. ${error}`);
        await expectNoNumbersGoneWrong(page);
      } finally {
        // Correcting it brings the results back (and leaves the page ready for the next case).
        await input.fill(EXAMPLE[key]);
      }
      expect(await input.getAttribute('aria-invalid')).toBeNull();
      await expectResults(page, CASES.example);
    });
  });

  it('refuses negative downtime', async () => {
    const page = await open(guidePermalink);
    try {
      await calculator(page).getByLabel('Minutes of downtime').check();
      await field(page, 'Downtime').fill('-10');
      expect(await summary(page)).toBe('No results yet. The downtime cannot be negative.');
      await expectNoNumbersGoneWrong(page);
    } finally {
      await page.close();
    }
  });

  it('fits a 375 px phone: no sideways scrolling, every field visible and usable', () =>
    browser.withIsolatedPage(async (page) => {
      await open(guidePermalink, page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width').toBeLessThanOrEqual(375);
      const inputs = calculator(page).locator('input');
      for (let index = 0; index < (await inputs.count()); index += 1) {
        const box = (await inputs.nth(index).boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(375);
        expect(box.height, 'touch target height').toBeGreaterThanOrEqual(20);
      }
      await field(page, 'Total events').tap();
      await field(page, 'Total events').fill('2000000');
      await expectResults(page, CASES.doubleTraffic);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    }, PHONE));

  it('passes axe: as it opens, showing errors, in dark mode and on a phone', async () => {
    const page = await open(guidePermalink);
    try {
      await expectResults(page, CASES.example);
      expect(await axeViolations(page), 'as it opens').toEqual([]);
      await field(page, 'SLO target').fill('100');
      await field(page, 'Total events').fill('0');
      for (const label of ['SLO target', 'Total events'])
        expect(await field(page, label).getAttribute('aria-invalid'), `${label} shows its error`).toBe('true');
      expect(await axeViolations(page), 'showing errors').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.reload({ waitUntil: 'networkidle' });
      await startApp(page);
      expect(await page.locator('html[data-theme="dark"]').count()).toBe(1);
      await field(page, 'SLO target').fill('100');
      expect(await field(page, 'SLO target').getAttribute('aria-invalid'), 'the SLO field shows its error').toBe('true');
      expect(await axeViolations(page), 'dark, showing an error').toEqual([]);
    } finally {
      await page.close();
    }
    await browser.withIsolatedPage(async (small) => {
      await open(guidePermalink, small);
      await expectResults(small, CASES.example);
      expect(await axeViolations(small), 'on a phone').toEqual([]);
    }, PHONE);
  });
});
