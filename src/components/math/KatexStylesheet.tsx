import { useEffect, type ReactNode } from 'react';
import PageStylesheet from '../PageStylesheet';

/**
 * A display formula wider than the screen scrolls sideways (math.css). Such
 * a scrolling box must be reachable by keyboard, so while it overflows it is
 * focusable; formulas that fit get no extra tab stop.
 */
function useFocusableOverflowingFormulas(): void {
  useEffect(() => {
    const formulas = Array.from(document.querySelectorAll<HTMLElement>('.katex-display'));
    const update = () => {
      for (const formula of formulas) {
        if (formula.scrollWidth > formula.clientWidth) formula.tabIndex = 0;
        else formula.removeAttribute('tabindex');
      }
    };
    update();
    const observer = new ResizeObserver(update);
    for (const formula of formulas) observer.observe(formula);
    return () => observer.disconnect();
  }, []);
}

/**
 * KaTeX's CSS and fonts, served by the site, and the site's additions to it
 * (math.css). remarkKatexStylesheet (src/markdown/plugins.ts) adds this to
 * every page that contains math, and to no other page.
 */
export default function KatexStylesheet(): ReactNode {
  useFocusableOverflowingFormulas();
  return (
    <>
      <PageStylesheet name="katex" />
      <PageStylesheet name="math" />
    </>
  );
}
