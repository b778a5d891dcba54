import type { MarketingPatterns, MarketingRule } from '../stages/clean.ts';

/**
 * Text from the scraped web page that is not interview content and must never
 * reach the site. This is the one place to review or extend it.
 *
 * - Everything before question 1 (the page header) is always dropped.
 * - `blockLines` drop single lines wherever they appear between answers.
 *   Each must match the whole line, so an answer that merely mentions a
 *   mentor or a free trial is never cut.
 * - `trailerStarts` mark the start of the page footer: that line and every
 *   line after it are dropped.
 *
 * Run `npm run generate -- --verbose` to see every dropped line and the rule
 * that dropped it.
 */
export const blockLines: readonly MarketingRule[] = [
  { name: 'free-trial pitch', pattern: /^No strings attached, free trial, fully vetted\.?$/i },
  { name: 'free-trial pitch', pattern: /^Try your first call for free with every mentor you['’]re meeting\..*$/i },
  { name: 'image alt text', pattern: /^[A-Z][\w-]* illustration$/ },
  { name: 'icon alt text', pattern: /^User Check$/i },
  { name: 'mentor-match pitch', pattern: /^Find your perfect mentor match$/i },
  { name: 'mentor-match pitch', pattern: /^Get personalized mentor recommendations\b.*$/i },
  { name: 'call to action', pattern: /^Start matching$/i },
];

export const trailerStarts: readonly MarketingRule[] = [
  { name: 'coaching footer', pattern: /^Get Interview Coaching from SRE Experts$/i },
  { name: 'coaching footer', pattern: /^Complete your SRE interview preparation$/i },
  { name: 'testimonials footer', pattern: /^Still not convinced\?/i },
];

/** Both lists together, as `generate()` takes them. */
export const marketingPatterns: MarketingPatterns = { blockLines, trailerStarts };
