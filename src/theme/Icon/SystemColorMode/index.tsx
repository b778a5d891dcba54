/**
 * The colour-mode toggle's "system" icon: a disc, its right half hollow. The same shape as the theme's, in a path of
 * 60 bytes instead of 220 (arcs instead of Bézier curves, and even-odd filling for the hollow half); the toggle puts it
 * in the navbar of every page. Replaces the theme's component; nothing of its code is copied.
 */
import type { ComponentProps, ReactNode } from 'react';

export default function IconSystemColorMode(props: ComponentProps<'svg'>): ReactNode {
  return (
    <svg viewBox="0 0 24 24" width={24} height={24} {...props}>
      <path fill="currentColor" fillRule="evenodd" d="M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 2v14a7 7 0 0 0 0-14z" />
    </svg>
  );
}
