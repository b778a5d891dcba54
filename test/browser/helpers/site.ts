/**
 * What the study-mode browser tests share: the generated data the site was
 * built from (expectations come from it, never from hard-coded titles), URLs
 * under the test base path, and small waits.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { generatedDataFiles, readGeneratedRecords } from '../../../contract/read-records.ts';
import { SITE_DATA_DIR, type QuestionRecord } from '../../../contract/records.ts';
import { startApp } from './app.ts';

export type Question = QuestionRecord;

/** The records the site was built from, read and checked by the contract's one reader. */
export const { questions, topics } = readGeneratedRecords(generatedDataFiles(resolve(fileURLToPath(import.meta.url), '../../../..'), SITE_DATA_DIR));

export const baseUrl = inject('baseUrl');
/** The build under test (build-test/, or TEST_BUILD_DIR). */
export const buildDir = inject('buildDir');
/** "/sre/" */
export const basePath = new URL(baseUrl).pathname;
export const sitePath = (permalink: string): string => basePath + permalink.replace(/^\//, '');
export const urlFor = (permalink: string): string => new URL(sitePath(permalink), baseUrl).href;

export const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function questionById(id: number): Question {
  const question = questions.find((candidate) => candidate.id === id);
  if (!question) throw new Error(`docs/_generated/questions.json has no question with id ${id}`);
  return question;
}

export function keyPoints(question: Question): string[] {
  return question.answerBlocks.flatMap((block) => (block.kind === 'list' ? block.items : []));
}

/** A question with at least `count` key points (bullets), so self-check and anchors have something to work on. */
export function questionWithKeyPoints(count: number, other?: Question): Question {
  const found = questions.find((question) => keyPoints(question).length >= count && question.id !== other?.id);
  if (!found) throw new Error(`no question has ${count} key points`);
  return found;
}

/** The answer's first paragraph or item: text that must be visible exactly when the answer is. */
export function firstAnswerLine(question: Question): string {
  const first = question.answerBlocks[0]!;
  return first.kind === 'paragraph' ? first.text : first.items[0]!;
}

export async function visit(page: Page, permalink: string): Promise<Page> {
  const response = await page.goto(urlFor(permalink), { waitUntil: 'load' });
  expect(response?.status(), `HTTP status of ${permalink}`).toBe(200);
  await startApp(page, { timeout: 15_000 });
  return page;
}

/** Collects console errors and uncaught exceptions, so a test can prove a page did not crash. */
export function watchForErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  return problems;
}

/** The page's own answer section on a question page. */
export const pageAnswer = (page: Page): Locator => page.locator('section[aria-labelledby="model-answer"]');

/**
 * The text of `root` a reader can see, whitespace-normalised; '' when it is
 * hidden. innerText is not enough: it returns the whole text of an element
 * hidden with display:none. A text node counts only if its parent passes
 * checkVisibility (display:none, visibility:hidden, the hidden attribute,
 * content-visibility:hidden and opacity 0 on it or an ancestor all fail it)
 * and no ancestor clips it to nothing (the visually-hidden pattern).
 * Runs in the page, so it must not refer to anything outside itself.
 */
function textAsSeen(root: Element): string {
  const clippedToNothing = (element: Element): boolean => {
    const style = getComputedStyle(element);
    if (style.overflow === 'visible' && style.clip === 'auto' && style.clipPath === 'none') return false;
    const box = element.getBoundingClientRect();
    return box.width <= 1 || box.height <= 1 || /^rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)$/.test(style.clip) || style.clipPath === 'inset(50%)';
  };
  const shown = new Map<Element, boolean>();
  const isShown = (element: Element): boolean => {
    let known = shown.get(element);
    if (known === undefined) {
      known = element.checkVisibility({ checkVisibilityCSS: true, checkOpacity: true, contentVisibilityAuto: true });
      for (let ancestor: Element | null = element; known && ancestor; ancestor = ancestor.parentElement) {
        if (clippedToNothing(ancestor)) known = false;
      }
      shown.set(element, known);
    }
    return known;
  };
  const inline = /^(inline|contents)/;
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.parentElement && isShown(node.parentElement)) parts.push(node.textContent ?? '');
      return;
    }
    if (!(node instanceof Element)) return;
    // Block boxes and line breaks separate words, as they do on screen.
    const block = node.tagName === 'BR' || !inline.test(getComputedStyle(node).display);
    if (block) parts.push('\n');
    node.childNodes.forEach(walk);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts.join('');
}

/** Visible text of the element, as a reader sees it ('' when hidden): see textAsSeen. */
export async function visibleText(locator: Locator): Promise<string> {
  return normalise(await locator.evaluate(textAsSeen));
}

/** visibleText of each element the locator matches, in document order. */
export async function visibleTexts(locator: Locator): Promise<string[]> {
  const texts: string[] = [];
  for (const element of await locator.all()) texts.push(await visibleText(element));
  return texts;
}

/**
 * The namespaced localStorage key the site uses for `name`. Docusaurus adds a
 * per-site suffix to storage keys; the study-mode inline script in every page
 * names the mode key with it, so the suffix is read from there.
 */
export async function storageKey(page: Page, name: string): Promise<string> {
  const html = await page.content();
  const match = /"sre-study\.mode(-[\w-]*)?"/.exec(html);
  if (!match) throw new Error('the page has no study-mode inline script naming its storage key');
  return `${name}${match[1] ?? ''}`;
}
