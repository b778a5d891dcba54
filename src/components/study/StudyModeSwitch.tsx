import useIsBrowser from '@docusaurus/useIsBrowser';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import { modeStore } from '@site/src/study/browser/mode-store';
import { useStudyMode } from './useStudyStores';
import styles from './StudyModeSwitch.module.css';

/**
 * The navbar's Study mode switch (its sides read "Read" and "Study"; its
 * accessible name is "Study mode"). Study mode hides answers until revealed.
 * The choice is remembered; a `?study=` link can override it for one visit,
 * which the tooltip explains. Docusaurus renders navbar items twice: in the
 * bar (hidden on small screens, like every item) and, with `mobile`, in the
 * menu that replaces the bar there.
 */
export default function StudyModeSwitch({ mobile = false }: { mobile?: boolean }): ReactNode {
  const { mode, fromLink } = useStudyMode();
  const isBrowser = useIsBrowser();
  const studying = mode === 'study';
  const button = (
    <button
      type="button"
      role="switch"
      aria-checked={studying}
      className={clsx(styles.switch, mobile ? 'menu__link' : 'navbar__item')}
      disabled={!isBrowser}
      title={fromLink ? 'This link chose the mode for this visit; switching remembers your choice.' : 'Study mode hides each answer until you reveal it.'}
      onClick={() => modeStore.choose(studying ? 'read' : 'study')}>
      <span className={styles.label} aria-hidden="true">
        Read
      </span>
      <span className={styles.track} aria-hidden="true">
        <span className={styles.thumb} />
      </span>
      <span className={styles.label}>Study</span>
      <span className="sr-only"> mode</span>
    </button>
  );
  return mobile ? <li className="menu__list-item">{button}</li> : button;
}
