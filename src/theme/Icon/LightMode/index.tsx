/**
 * The colour-mode toggle's sun, drawn with strokes. The theme's own is a 1.1 KB outline path, and the toggle puts it in
 * the navbar of every page's HTML (with the moon and the system icon): about 900 bytes per page at the same look, which
 * a bank of thousands of questions pays twice per question (its page and its quiz page). Replaces the theme's
 * component; nothing of its code is copied.
 */
import type { ComponentProps, ReactNode } from 'react';

export default function IconLightMode(props: ComponentProps<'svg'>): ReactNode {
  return (
    <svg viewBox="0 0 24 24" width={24} height={24} {...props}>
      <g fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round">
        <circle cx={12} cy={12} r={4} />
        <path d="M12 2v2m0 16v2M2 12h2m16 0h2M4.9 4.9l1.4 1.4m11.4 11.4 1.4 1.4M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </g>
    </svg>
  );
}
