/**
 * The double chevron of the docs sidebar's "Collapse sidebar" button (and of the button that expands it again), drawn
 * as two strokes: the theme's is two outline paths of 600 bytes, on every page with a sidebar, so every question page.
 * Same size, colour and direction (the theme's CSS turns it to point left). Replaces the theme's component; nothing
 * of its code is copied.
 */
import type { ComponentProps, ReactNode } from 'react';

export default function IconArrow(props: ComponentProps<'svg'>): ReactNode {
  return (
    <svg width={20} height={20} aria-hidden="true" {...props}>
      <path d="M3 3.5 8.3 10 3 16.5m10-13 5.3 6.5-5.3 6.5" fill="none" stroke="#7a7a7a" strokeWidth={3.5} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
