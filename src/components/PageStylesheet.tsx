import useBaseUrl from '@docusaurus/useBaseUrl';
import type { ReactNode } from 'react';

/** Set by src/plugins/page-stylesheets.ts: stylesheet name → its path under the base URL. */
declare const __PAGE_STYLESHEETS__: Readonly<Record<string, string>>;

/**
 * Links one of the site's page-specific stylesheets (see
 * src/plugins/page-stylesheets.ts) where it is rendered, in the static HTML
 * too, so it applies without JavaScript and without a flash. Other pages
 * never load it.
 *
 * The <link> stays in the page's body (HTML allows a stylesheet there), not
 * in <head> through <Head>: react-helmet-async rewrites <head> on hydration
 * from the Helmet instances rendered so far, and with React's time-sliced
 * hydration it removed the server-rendered link and added it back a moment
 * later. For that moment the page lost its styles: /study's footer jumped
 * (a layout shift of 0.06 on a phone) and the guide's formulas lost KaTeX's.
 * React hydrates an element in the body in place, so it is never removed.
 */
export default function PageStylesheet({ name }: { name: string }): ReactNode {
  const path = __PAGE_STYLESHEETS__[name];
  if (!path) throw new Error(`<PageStylesheet name="${name}">: no such stylesheet in docusaurus.config.ts (page-stylesheets plugin)`);
  const href = useBaseUrl(path);
  return <link rel="stylesheet" href={href} />;
}
