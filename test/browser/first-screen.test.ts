/**
 * The first screen of a question page (issue 12). On a 375×667 phone the
 * answer's first line (read mode), or the "Reveal answer" button (study mode),
 * is on the first screen for at least 90% of the 52 questions; at 1280×900 the
 * question's H1 takes at most three lines on every page. Each measure has a
 * negative control: CSS injected into one page breaks that page on purpose,
 * and the same measuring function must report it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './helpers/browser.ts';
import { firstAnswerLine, normalise, pageAnswer, questions, visit, type Question } from './helpers/site.ts';

/** A common phone: the iPhone SE / 8 screen. Its height is the "first screen". */
const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const DESKTOP = { viewport: { width: 1280, height: 900 } };
/** The issue's goals. */
const REQUIRED_SHARE_ON_FIRST_SCREEN = 0.9;
const MAX_H1_LINES = 3;
/** Long enough for the whole sweep of 52 pages on a busy machine; a cap, not a measure. */
const SWEEP_TIMEOUT_MS = 600_000;

/** The longest title: the page most likely to break the H1 limit, so the control uses it. */
const longestTitle = [...questions].sort((a, b) => b.title.length - a.title.length)[0]!;

/** Breaks the layout on purpose, for the negative controls. */
const H1_AT_THREE_REM = 'h1 { font-size: 3rem !important; }';
const SPACER_ABOVE_ANSWER = 'section[aria-labelledby="model-answer"]::before { content: ""; display: block; height: 700px; }';

const browser = useBrowser();

/** The page as a reader first sees it: fonts loaded (they change line breaks), scrolled to the top. */
async function settle(page: Page, css?: string): Promise<void> {
  if (css) await page.addStyleTag({ content: css });
  await page.evaluate(async () => {
    await document.fonts.ready;
    window.scrollTo(0, 0);
  });
}

/** The answer's first few words, from the record the page was built from (the page's own text is not trusted to say where it starts). */
const openingWords = (question: Question): string => normalise(firstAnswerLine(question)).split(' ').slice(0, 3).join(' ');

/**
 * Bottom (CSS px from the top of the viewport) of the first line box of the
 * answer's text: a Range over the first text node of the answer section that
 * starts the answer's opening words, and its first client rect. undefined when
 * there is no such text or it draws no box (hidden).
 */
async function firstAnswerLineBottom(page: Page, question: Question): Promise<number | undefined> {
  return pageAnswer(page).evaluate((section, opening) => {
    const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const text = node.data.replace(/\s+/g, ' ').trim();
      if (!text || !(opening.startsWith(text) || text.startsWith(opening))) continue;
      const range = document.createRange();
      // From the first visible character: collapsed leading white space draws no box of its own.
      range.setStart(node, node.data.search(/\S/));
      range.setEnd(node, node.data.length);
      const first = range.getClientRects()[0];
      return first && first.height > 0 ? first.bottom : undefined;
    }
    return undefined;
  }, openingWords(question));
}

/** Bottom of the page answer's "Reveal answer" button, or undefined when it is not shown. */
async function revealButtonBottom(page: Page): Promise<number | undefined> {
  const button = pageAnswer(page).getByRole('button', { name: 'Reveal answer' });
  if ((await button.count()) !== 1 || !(await button.isVisible())) return undefined;
  return button.evaluate((element) => element.getBoundingClientRect().bottom);
}

/** The H1's line count: its height over its computed line height. */
async function h1Lines(page: Page): Promise<number> {
  const { height, lineHeight } = await page.locator('h1').evaluate((h1) => ({
    height: h1.getBoundingClientRect().height,
    lineHeight: Number.parseFloat(getComputedStyle(h1).lineHeight),
  }));
  expect(lineHeight, 'the H1 has a line height in px ("normal" cannot be measured)').toBeGreaterThan(0);
  return Math.round(height / lineHeight);
}

interface Placement {
  readonly slug: string;
  /** undefined: not drawn at all. */
  readonly bottom: number | undefined;
}

const onFirstScreen = ({ bottom }: Placement): boolean => bottom !== undefined && bottom <= PHONE.viewport.height;

/** Prints the share on the first screen and the pages that miss it (or come closest to missing it). */
function report(what: string, placements: readonly Placement[]): number {
  const share = placements.filter(onFirstScreen).length / placements.length;
  const worst = [...placements].sort((a, b) => (b.bottom ?? Infinity) - (a.bottom ?? Infinity)).slice(0, 5);
  console.log(
    `[first screen] ${what}: ${(share * 100).toFixed(1)}% of ${placements.length} pages within ${PHONE.viewport.height} px; worst: ` +
      worst.map(({ slug, bottom }) => `${slug} ${bottom === undefined ? 'not drawn' : `${Math.round(bottom)} px`}`).join(', '),
  );
  return share;
}

/** Visits every question page on a phone in one fresh browser context and measures each. */
function sweepOnPhone(query: string, measure: (page: Page, question: Question) => Promise<number | undefined>): Promise<Placement[]> {
  return browser.withIsolatedPage(async (page) => {
    const placements: Placement[] = [];
    for (const question of questions) {
      await visit(page, question.permalink + query);
      await settle(page);
      placements.push({ slug: question.slug, bottom: await measure(page, question) });
    }
    return placements;
  }, PHONE);
}

describe('on a 375×667 phone, the first screen of a question page', () => {
  it(
    `shows the answer's first line in read mode on at least ${REQUIRED_SHARE_ON_FIRST_SCREEN * 100}% of questions`,
    async () => {
      const placements = await sweepOnPhone('?study=0', firstAnswerLineBottom);
      expect(placements).toHaveLength(questions.length);
      expect(report('answer’s first line (read mode)', placements)).toBeGreaterThanOrEqual(REQUIRED_SHARE_ON_FIRST_SCREEN);
    },
    SWEEP_TIMEOUT_MS,
  );

  it(
    `shows "Reveal answer" in study mode on at least ${REQUIRED_SHARE_ON_FIRST_SCREEN * 100}% of questions`,
    async () => {
      const placements = await sweepOnPhone('?study=1', (page) => revealButtonBottom(page));
      expect(placements).toHaveLength(questions.length);
      expect(report('"Reveal answer" (study mode)', placements)).toBeGreaterThanOrEqual(REQUIRED_SHARE_ON_FIRST_SCREEN);
    },
    SWEEP_TIMEOUT_MS,
  );

  it('is measured truly: a 700 px spacer above the answer pushes both below the first screen (negative control)', () =>
    browser.withIsolatedPage(async (page) => {
      const question = questions[0]!;
      await visit(page, `${question.permalink}?study=0`);
      await settle(page);
      const unbroken = await firstAnswerLineBottom(page, question);
      expect(unbroken, 'the measure finds the first line on an unbroken page').toBeGreaterThan(0);
      await settle(page, SPACER_ABOVE_ANSWER);
      const broken = { slug: question.slug, bottom: await firstAnswerLineBottom(page, question) };
      expect(broken.bottom, 'the spacer moves the first line down by at least its height').toBeGreaterThanOrEqual(unbroken! + 700);
      expect(onFirstScreen(broken), 'read mode: reported off the first screen').toBe(false);

      await visit(page, `${question.permalink}?study=1`);
      await settle(page, SPACER_ABOVE_ANSWER);
      const reveal = { slug: question.slug, bottom: await revealButtonBottom(page) };
      expect(reveal.bottom, '"Reveal answer" is still drawn, only lower').toBeGreaterThan(0);
      expect(onFirstScreen(reveal), 'study mode: reported off the first screen').toBe(false);
      // And the answer itself stays hidden in study mode, so its first line is not drawn at all.
      expect(await firstAnswerLineBottom(page, question)).toBeUndefined();
    }, PHONE));
});

describe('at 1280×900, the question H1', () => {
  it(
    `takes at most ${MAX_H1_LINES} lines on every question page`,
    () =>
      browser.withIsolatedPage(async (page) => {
        const lines: { slug: string; lines: number }[] = [];
        for (const question of questions) {
          await visit(page, question.permalink);
          await settle(page);
          lines.push({ slug: question.slug, lines: await h1Lines(page) });
        }
        const most = Math.max(...lines.map((entry) => entry.lines));
        console.log(
          `[first screen] H1 lines at 1280 px: max ${most}; pages over ${MAX_H1_LINES}: ${
            lines
              .filter((entry) => entry.lines > MAX_H1_LINES)
              .map((entry) => `${entry.slug} (${entry.lines})`)
              .join(', ') || 'none'
          }`,
        );
        expect(lines).toHaveLength(questions.length);
        for (const entry of lines) expect(entry.lines, entry.slug).toBeLessThanOrEqual(MAX_H1_LINES);
      }, DESKTOP),
    SWEEP_TIMEOUT_MS,
  );

  it('is measured truly: at 3rem the longest title takes more than three lines (negative control)', () =>
    browser.withIsolatedPage(async (page) => {
      await visit(page, longestTitle.permalink);
      await settle(page, H1_AT_THREE_REM);
      expect(await h1Lines(page), longestTitle.slug).toBeGreaterThan(MAX_H1_LINES);
    }, DESKTOP));
});
