/**
 * The docs sidebar, built from the theme's own two parts instead of the theme's switch between them. The theme's
 * DocSidebar renders the desktop sidebar while hydrating and, on a phone, swaps it for the mobile one right after
 * (a window-size state set in an effect): a blocking re-render that removed the whole sidebar and filled the navbar's
 * menu just after hydration. Filling the menu alone is a 50–60 ms task on Lighthouse's 4× slower phone (its first
 * localeCompare starts the browser's collator). Here the desktop sidebar stays mounted (the theme's CSS hides its
 * container below 997 px, as before: nothing moves), and the mobile part, which only puts the sidebar into the
 * navbar's menu, mounts on narrow screens at the reader's first touch, click or key press (so before the menu can
 * open), or when the screen crosses the breakpoint.
 */
import DocSidebarDesktop from '@theme/DocSidebar/Desktop';
import DocSidebarMobile from '@theme/DocSidebar/Mobile';
import type { Props } from '@theme/DocSidebar';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { onFirstInteraction } from '@site/src/components/hydration/first-interaction';
import { trimCollapsedCategories } from '@site/src/components/sidebar/trim-collapsed-categories';

/** Infima's and the theme's breakpoint: the mobile navbar and menu below it. */
const NARROW_SCREEN = '(max-width: 996px)';

function useNarrowScreenOnceTouched(): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const query = window.matchMedia(NARROW_SCREEN);
    const update = () => setNarrow(query.matches);
    const cancel = onFirstInteraction(update);
    query.addEventListener('change', update);
    return () => {
      cancel();
      query.removeEventListener('change', update);
    };
  }, []);
  return narrow;
}

export default function DocSidebar(props: Props): ReactNode {
  const narrow = useNarrowScreenOnceTouched();
  // On the server only: the same HTML from a sidebar whose closed categories are trimmed (see the module).
  const { sidebar, path } = props;
  const rendered = useMemo(() => (ExecutionEnvironment.canUseDOM ? sidebar : trimCollapsedCategories(sidebar, path)), [sidebar, path]);
  return (
    <>
      <DocSidebarDesktop {...props} sidebar={rendered} />
      {narrow && <DocSidebarMobile {...props} />}
    </>
  );
}
