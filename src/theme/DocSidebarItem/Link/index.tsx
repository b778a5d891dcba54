/**
 * Ejected from @docusaurus/theme-classic 3.10.2 (src/theme/DocSidebarItem/Link), because a wrapper cannot take
 * markup away: a sidebar link is the markup a question page repeats most (about 25 links in an open sub-group), so
 * each byte it drops is about 25 bytes of every question page. Changes are marked `CHANGED:`; the rest is the theme's,
 * formatted by the site's Prettier and without React's default import (the JSX runtime needs none).
 */
import { type ReactNode } from 'react';
import clsx from 'clsx';
import { isActiveSidebarItem } from '@docusaurus/plugin-content-docs/client';
import Link from '@docusaurus/Link';
import isInternalUrl from '@docusaurus/isInternalUrl';
import IconExternalLink from '@theme/Icon/ExternalLink';
import type { Props } from '@theme/DocSidebarItem/Link';

import styles from './styles.module.css';

function LinkLabel({ label }: { label: string }) {
  return <span className={styles.linkLabel}>{label}</span>;
}

export default function DocSidebarItemLink({ item, onItemClick, activePath, level: _level, index: _index, tabIndex, ...props }: Props): ReactNode {
  const { href, label, className, autoAddBaseUrl } = item;
  const isActive = isActiveSidebarItem(item, activePath);
  const isInternalLink = isInternalUrl(href);
  return (
    <li
      // CHANGED: without the theme's `theme-doc-sidebar-item-link` and `theme-doc-sidebar-item-link-level-N` classes,
      // which no style of the theme's, Infima's or the site's uses (about 65 bytes a link).
      className={clsx('menu__list-item', className)}
      key={label}>
      <Link
        className={clsx('menu__link', !isInternalLink && styles.menuExternalLink, {
          'menu__link--active': isActive,
        })}
        autoAddBaseUrl={autoAddBaseUrl}
        aria-current={isActive ? 'page' : undefined}
        to={href}
        // CHANGED: `tabindex="0"`, a link's own default, is left out; `-1` (a link inside a closed category) is kept.
        tabIndex={tabIndex === 0 ? undefined : tabIndex}
        {...(isInternalLink && {
          onClick: onItemClick ? () => onItemClick(item) : undefined,
        })}
        {...props}>
        <LinkLabel label={label} />
        {!isInternalLink && <IconExternalLink />}
      </Link>
    </li>
  );
}
