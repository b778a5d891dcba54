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
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import remarkMath from 'remark-math';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type BrowserSession } from '../../tooling/browser/chromium.ts';
import { calculate, EXAMPLE_INPUT, presentReport, type CalculatorInput, type Field } from '../../src/components/guides/errorBudget.ts';
import { ninesTable } from '../../src/components/guides/nines.ts';

interface Question {
  id: number;
  number: number;
  permalink: string;
  title: string;
}

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const GUIDE = 'slo-math';
const guideSource = readFileSync(join(repoRoot, 'docs/guides', `${GUIDE}.mdx`), 'utf8');
const guideFront = matter(guideSource).data as { title: string; questions: number[] };
const questions = JSON.parse(readFileSync(join(repoRoot, 'docs/_generated/questions.json'), 'utf8')) as Question[];
/** Question 3 (SLIs, SLOs and error budgets) links to the guide; the unrelated one does not. */
const linkedQuestion = questions.find((question) => question.id === 3)!;
if (!guideFront.questions.includes(3)) throw new Error(`content/guides/${GUIDE}.mdx must name question 3 in \`questions\``);
const unrelatedQuestion = questions.find((question) => !guideFront.questions.includes(question.id))!;

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const basePath = new URL(baseUrl).pathname; // "/sre/"
const sitePath = (permalink: string): string => basePath + permalink.replace(/^\//, '');
const urlFor = (permalink: string): string => new URL(sitePath(permalink), baseUrl).href;
const guidePermalink = `/guides/${GUIDE}`;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

let session: BrowserSession;
let phone: BrowserContext;

beforeAll(async () => {
  session = await launchBrowser();
  phone = await session.browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
});

afterAll(async () => {
  await phone?.close();
  await session?.close();
});

/** Loads a page, waits until React has hydrated it, and fails on any console error or failed request. */
async function open(permalink: string, page?: Page): Promise<Page> {
  const tab = page ?? (await session.openPage());
  const problems: string[] = [];
  tab.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  tab.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  tab.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  const response = await tab.goto(urlFor(permalink), { waitUntil: 'load' });
  expect(response?.status(), `HTTP status of ${sitePath(permalink)}`).toBe(200);
  await tab.locator('html[data-has-hydrated="true"]').waitFor({ timeout: 15_000 });
  await tab.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
  return tab;
}

/** Runs axe-core (injected from node_modules, no CDN) on the page; returns its violations, readable. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
  return violations;
}

/** The TeX source of every formula in the guide, in order. */
function formulasInSource(): string[] {
  const tree = createProcessor({ remarkPlugins: [remarkMath] }).parse(matter(guideSource).content) as MdastRoot;
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
  const html = readFileSync(join(inject('buildDir'), `${guidePermalink.slice(1)}.html`), 'utf8');
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
    const links = elements(tree, (element) => element.tagName === 'link' && String(element.properties.rel) === 'stylesheet').map((link) => String(link.properties.href));
    expect(links).toContainEqual(expect.stringMatching(new RegExp(`^${basePath}assets/katex\\.[0-9a-f]{8}/katex\\.min\\.css$`)));
    expect(links.every((href) => href.startsWith(basePath))).toBe(true);
  });
});

describe('the SLO math guide in the browser', () => {
  it('loads KaTeX’s CSS and fonts from the site, and makes no request that leaves it', async () => {
    const page = await session.openPage();
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
      expect(katexFiles.filter((path) => path.endsWith('/katex.min.css')), 'KaTeX’s CSS').toHaveLength(1);
      const fonts = katexFiles.filter((path) => /\/fonts\/KaTeX_[\w-]+\.woff2$/.test(path));
      expect(fonts.length, 'KaTeX fonts (woff2) loaded from the site').toBeGreaterThan(0);
      for (const path of katexFiles) {
        expect(path.startsWith(`${basePath}assets/`)).toBe(true);
        expect(responses.get(origin + path), path).toBe(200);
      }
      expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);

      // The CSS applies: formulas use KaTeX's fonts, and the MathML copy is visually hidden.
      const styles = await page.locator('.katex').first().evaluate((katex) => ({
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
      const page = await session.openPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      try {
        await open(question.permalink, page);
        expect(requests.filter((path) => /katex|\/assets\/guides\./i.test(path)), question.permalink).toEqual([]);
        const katexRules = await page.evaluate(() =>
          Array.from(document.styleSheets).flatMap((sheet) => Array.from(sheet.cssRules).map((rule) => rule.cssText)).filter((text) => text.includes('.katex')),
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
      await expect.poll(() => page.locator('.katex-mathml').first().evaluate((mathml) => getComputedStyle(mathml).position)).toBe('absolute');
    } finally {
      await page.close();
    }
  });

  it('without JavaScript: the computed nines table, the explanation, styled math and a note about the calculator', async () => {
    const page = await session.openPageWithoutJavaScript();
    try {
      const response = await page.goto(urlFor(guidePermalink), { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(await page.locator('html[data-has-hydrated="true"]').count(), 'JavaScript did not run').toBe(0);

      const table = page.locator('table', { has: page.locator('caption', { hasText: 'Downtime each target allows' }) });
      const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? '')));
      expect(rows).toEqual(ninesTable().map((row) => [`${row.target}(${row.budget})`, ...row.cells.map((cell) => cell.text)]));
      const row999 = rows.find((row) => row[0]!.startsWith('99.9%('))!;
      expect(row999.slice(1)).toEqual(['1.44 min', '10.1 min', '43.2 min', '8.76 h']);

      const text = normalise(await page.locator('article').innerText());
      expect(text).toContain('The burn rate compares how fast you are spending the budget');
      expect(text).toContain('This calculator needs JavaScript, which is turned off');
      // The example's results are in the static HTML too.
      expect(text).toContain(presentReport((calculate(EXAMPLE_INPUT) as { ok: true; report: never }).report).summary);
      expect(await page.locator('.katex-mathml').first().evaluate((mathml) => getComputedStyle(mathml).position)).toBe('absolute');
    } finally {
      await page.close();
    }
  });
});

describe('the error-budget calculator', () => {
  const calculator = (page: Page) => page.locator('.guide-calculator');
  const result = async (page: Page, name: string) => normalise(await calculator(page).locator(`[data-result="${name}"]`).innerText());
  const field = (page: Page, label: string) => calculator(page).getByLabel(label, { exact: true });

  /** What the page should show for these inputs, worded by the same pure module. */
  function expected(input: CalculatorInput) {
    const computed = calculate(input);
    if (!computed.ok) throw new Error(JSON.stringify(computed.errors));
    return presentReport(computed.report);
  }

  async function expectResults(page: Page, input: CalculatorInput): Promise<void> {
    const shown = expected(input);
    expect(await result(page, 'budget')).toBe(shown.budgetTotal);
    expect(await result(page, 'used')).toBe(shown.used);
    expect(await result(page, 'remaining')).toBe(shown.remaining);
    expect(await result(page, 'burn-rate')).toBe(shown.burnRate);
    expect(await result(page, 'exhaustion')).toBe(shown.exhaustion);
    expect(await result(page, 'meter')).toBe(shown.meterText);
    expect(Number(await calculator(page).locator('meter').getAttribute('value'))).toBeCloseTo(shown.meterValue, 6);
    expect(normalise(await calculator(page).locator('[aria-live="polite"]').innerText())).toBe(shown.summary);
  }

  async function expectNoNumbersGoneWrong(page: Page): Promise<void> {
    expect(await calculator(page).innerText()).not.toMatch(/NaN|Infinity|undefined/);
  }

  it('opens with the worked example and recomputes as you type', async () => {
    const page = await open(guidePermalink);
    try {
      await expectResults(page, EXAMPLE_INPUT);
      expect(await result(page, 'budget')).toBe('3,000 bad events');
      expect(await result(page, 'burn-rate')).toBe('1.2×');
      expect(await result(page, 'exhaustion')).toBe('15 days');

      await field(page, 'Bad events').fill('3000');
      await expectResults(page, { ...EXAMPLE_INPUT, bad: '3000' });
      expect(await result(page, 'burn-rate')).toBe('3×');
      expect(await result(page, 'exhaustion')).toBe('Already spent');

      await field(page, 'SLO target').fill('99.5');
      await expectResults(page, { ...EXAMPLE_INPUT, bad: '3000', slo: '99.5' });
      expect(await result(page, 'budget')).toBe('15,000 bad events');
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
      const input: CalculatorInput = { ...EXAMPLE_INPUT, measure: 'downtime', elapsed: '15', downtime: '30' };
      await expectResults(page, input);
      expect(await result(page, 'budget')).toBe('43.2 min of downtime');
      expect(await result(page, 'used')).toBe('30 min (69.4%)');
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
        const error = normalise(await page.locator(`[id="${errorId}"]`).innerText());
        expect(error).toMatch(message);
        expect(await calculator(page).locator('[data-result]').count(), 'no results while an input is invalid').toBe(0);
        expect(normalise(await calculator(page).locator('[aria-live="polite"]').innerText())).toBe(`No results yet. ${error}`);
        await expectNoNumbersGoneWrong(page);
      } finally {
        // Correcting it brings the results back (and leaves the page ready for the next case).
        await input.fill(EXAMPLE_INPUT[key]);
      }
      expect(await input.getAttribute('aria-invalid')).toBeNull();
      await expectResults(page, EXAMPLE_INPUT);
    });
  });

  it('refuses negative downtime', async () => {
    const page = await open(guidePermalink);
    try {
      await calculator(page).getByLabel('Minutes of downtime').check();
      await field(page, 'Downtime').fill('-10');
      expect(normalise(await calculator(page).locator('[aria-live="polite"]').innerText())).toBe('No results yet. The downtime cannot be negative.');
      await expectNoNumbersGoneWrong(page);
    } finally {
      await page.close();
    }
  });

  it('fits a 375 px phone: no sideways scrolling, every field visible and usable', async () => {
    const page = await phone.newPage();
    try {
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
      await expectResults(page, { ...EXAMPLE_INPUT, total: '2000000' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    } finally {
      await page.close();
    }
  });

  it('passes axe: as it opens, showing errors, in dark mode and on a phone', async () => {
    const page = await open(guidePermalink);
    try {
      expect(await axeViolations(page)).toEqual([]);
      await field(page, 'SLO target').fill('100');
      await field(page, 'Total events').fill('0');
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.reload({ waitUntil: 'networkidle' });
      expect(await page.locator('html[data-theme="dark"]').count()).toBe(1);
      await field(page, 'SLO target').fill('100');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
    const small = await phone.newPage();
    try {
      await open(guidePermalink, small);
      expect(await axeViolations(small)).toEqual([]);
    } finally {
      await small.close();
    }
  });
});
