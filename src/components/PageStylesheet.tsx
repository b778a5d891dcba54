import Head from '@docusaurus/Head';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { ReactNode } from 'react';

/** Set by src/plugins/page-stylesheets.ts: stylesheet name → its path under the base URL. */
declare const __PAGE_STYLESHEETS__: Readonly<Record<string, string>>;

/**
 * Links one of the site's page-specific stylesheets (see
 * src/plugins/page-stylesheets.ts) from the current page's <head>, in the
 * static HTML too, so it applies without JavaScript and without a flash.
 * Other pages never load it.
 */
export default function PageStylesheet({ name }: { name: string }): ReactNode {
  const path = __PAGE_STYLESHEETS__[name];
  if (!path) throw new Error(`<PageStylesheet name="${name}">: no such stylesheet in docusaurus.config.ts (page-stylesheets plugin)`);
  const href = useBaseUrl(path);
  return (
    <Head>
      <link rel="stylesheet" href={href} />
    </Head>
  );
}
