import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useEffect, type MouseEvent, type ReactNode } from 'react';
import { announce, ensureAnnouncer } from '@site/src/copy-link/announce';
import { copyText } from '@site/src/copy-link/clipboard';
import { absoluteUrl, sitePathOf } from '@site/src/copy-link/share-text';
import styles from './share.module.css';

interface PointLinkProps {
  /** The id of the point it links to, e.g. `point-3` (src/markdown/answer-key-points.ts adds both props). */
  readonly target: string;
  readonly point: string;
}

/**
 * The "#" after each paragraph and bullet of an answer, shown on hover and
 * focus. It is a plain link to the point's anchor, so it works without
 * JavaScript (and "Copy link address" gives the URL); with JavaScript a click
 * also copies the point's absolute URL.
 */
export default function PointLink({ target, point }: PointLinkProps): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  // The point's element is plain HTML, which Docusaurus's broken-anchor check does not see; this registers its id.
  useBrokenLinks().collectAnchor(target);
  useEffect(() => void ensureAnnouncer(), []);

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    // Without the query: a shared point link should not carry the sharer's ?study= choice.
    const path = sitePathOf(window.location.pathname, siteConfig.baseUrl);
    void copyText(absoluteUrl(siteConfig.url, siteConfig.baseUrl, `${path}#${target}`)).then((copied) => {
      if (copied) announce(`Link to point ${point} copied.`);
    });
  };

  return <a href={`#${target}`} className={styles.pointLink} aria-label={`Link to point ${point}`} onClick={onClick} />;
}
