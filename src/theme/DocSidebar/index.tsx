/**
 * The docs sidebar, built from the theme's own two parts instead of the theme's switch between them. The theme's
 * DocSidebar renders the desktop sidebar while hydrating and, on a phone, swaps it for the mobile one right after
 * (a window-size state set in an effect): one blocking task that re-rendered the layout, removed the whole sidebar
 * and filled the navbar menu, just after the page became interactive. Here the desktop sidebar stays mounted (its
 * container is hidden below 997 px by the theme's CSS, as before: nothing moves), and the mobile part, which only
 * puts the sidebar into the navbar's menu, mounts on narrow screens once the browser is idle or the reader first
 * touches the page (so it is there before the menu opens), and follows the screen across the breakpoint after that.
 */
import DocSidebarDesktop from '@theme/DocSidebar/Desktop';
import DocSidebarMobile from '@theme/DocSidebar/Mobile';
import type { Props } from '@theme/DocSidebar';
import { type ReactNode, useEffect, useState } from 'react';
import { whenIdleOrInteracting } from '@site/src/components/hydration/when-idle';

/** Infima's and the theme's breakpoint: the mobile navbar and menu below it. */
const NARROW_SCREEN = '(max-width: 996px)';

function useNarrowScreenOnceIdle(): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const query = window.matchMedia(NARROW_SCREEN);
    const update = () => setNarrow(query.matches);
    const cancel = whenIdleOrInteracting(update);
    query.addEventListener('change', update);
    return () => {
      cancel();
      query.removeEventListener('change', update);
    };
  }, []);
  return narrow;
}

export default function DocSidebar(props: Props): ReactNode {
  const narrow = useNarrowScreenOnceIdle();
  return (
    <>
      <DocSidebarDesktop {...props} />
      {narrow && <DocSidebarMobile {...props} />}
    </>
  );
}
