/**
 * No search metadata. The theme's component writes six <meta> tags into every page's head (docsearch:language,
 * docsearch:version, docusaurus_tag…) for Algolia DocSearch and third-party search plugins that crawl the built
 * pages; this site's search (src/plugins/search) is built from the generated data and reads none of them. About 330
 * bytes per page. Replaces the theme's component; nothing of its code is copied.
 */
import type { ReactNode } from 'react';

export default function SearchMetadata(): ReactNode {
  return null;
}
