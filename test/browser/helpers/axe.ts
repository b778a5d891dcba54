/**
 * axe-core, injected from node_modules into the page under test (nothing from
 * a CDN). @axe-core/playwright needs a newer Node than this project supports.
 * The one place the browser tests run axe.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export interface AxeScope {
  /** Check only inside the element this CSS selector matches (default: the whole document). */
  include?: string;
  /** Run only the rules with these tags (default: every rule axe runs by default, WCAG A/AA and best practices). */
  tags?: string[];
}

/** What axe finds wrong on the page as it is now; [] when nothing. */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async ({ include, tags }) => {
    type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: unknown, options: object) => Promise<Result> } }).axe;
    // Colours caught mid-transition (after a theme switch, Infima's buttons fade) are not what a reader sees: let finite ones end.
    const finite = document.getAnimations().filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().iterations ?? Infinity));
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
    const context = include ? { include: [[include]] } : document;
    const options = tags ? { resultTypes: ['violations'], runOnly: { type: 'tag', values: tags } } : { resultTypes: ['violations'] };
    const { violations } = await axe.run(context, options);
    return violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, scope);
}

/** One element axe's color-contrast rule reported on, with axe's reason and the colours it read. */
export interface AxeContrastNode {
  /** axe's CSS selector for the element. */
  target: string;
  /** axe's message key for why it reported the node ('bgImage', 'bgOverlap', 'pseudoContent'…); '' for a plain violation. */
  reason: string;
  /** What axe measured, when it could: "3.2:1 (#777777 on #ffffff)". */
  measured: string;
}

/**
 * axe's color-contrast rule alone, with its 'incomplete' results as well as its
 * violations: incomplete means axe could not decide (text over an image, an
 * overlapping box, a pseudo-element), and the page is not proven readable
 * until someone does.
 */
export async function axeColorContrast(page: Page): Promise<{ violations: AxeContrastNode[]; incomplete: AxeContrastNode[] }> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    type Check = { data?: { messageKey?: string; fgColor?: string; bgColor?: string; contrastRatio?: number } | null };
    type Node = { target: string[]; any: Check[] };
    type Result = { violations: { nodes: Node[] }[]; incomplete: { nodes: Node[] }[] };
    const axe = (window as unknown as { axe: { run: (context: unknown, options: object) => Promise<Result> } }).axe;
    // Colours caught mid-transition (after a theme switch, Infima's buttons fade) are not what a reader sees: let finite ones end.
    const finite = document.getAnimations().filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().iterations ?? Infinity));
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
    const result = await axe.run(document, { resultTypes: ['violations', 'incomplete'], runOnly: { type: 'rule', values: ['color-contrast'] } });
    const describe = (node: Node) => {
      const data = node.any[0]?.data ?? {};
      const measured = data.contrastRatio ? `${data.contrastRatio}:1 (${data.fgColor} on ${data.bgColor})` : '';
      return { target: node.target.join(' '), reason: data.messageKey ?? '', measured };
    };
    return {
      violations: result.violations.flatMap((rule) => rule.nodes.map(describe)),
      incomplete: result.incomplete.flatMap((rule) => rule.nodes.map(describe)),
    };
  });
}
