/**
 * The colour-mode toggle's moon, as one stroked arc: a third of the theme's outline path, in every page's navbar (see
 * ../LightMode). Replaces the theme's component; nothing of its code is copied.
 */
import type { ComponentProps, ReactNode } from 'react';

export default function IconDarkMode(props: ComponentProps<'svg'>): ReactNode {
  return (
    <svg viewBox="0 0 24 24" width={24} height={24} {...props}>
      <path d="M19.5 14.2A7.5 7.5 0 0 1 9.8 4.5a8 8 0 1 0 9.7 9.7z" fill="none" stroke="currentColor" strokeWidth={2} strokeLinejoin="round" />
    </svg>
  );
}
