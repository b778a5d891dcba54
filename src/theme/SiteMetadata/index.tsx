/**
 * The tags every page's head starts with, for a site in one language. The theme's component also writes an
 * `<link rel="alternate" hreflang>` per locale and one for `x-default`, which tell search engines where a page's
 * translations are: with one locale they only point at the page itself, about 230 bytes of every page (twice per
 * question: its page and its quiz page). Everything else is what the theme writes: the large-image card, the canonical
 * URL (Docusaurus's rule: the site URL, the page's path, the trailing-slash setting), `og:locale` and the theme
 * config's `metadata`. Search metadata is left out as src/theme/SearchMetadata explains. Replaces the theme's
 * component; nothing of its code is copied.
 */
import Head from '@docusaurus/Head';
import { useLocation } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { PageMetadata, useThemeConfig } from '@docusaurus/theme-common';
import { applyTrailingSlash } from '@docusaurus/utils-common';
import type { ReactNode } from 'react';

function useCanonicalUrl(): string {
  const {
    siteConfig: { url, baseUrl, trailingSlash },
  } = useDocusaurusContext();
  return url + applyTrailingSlash(useLocation().pathname, { trailingSlash, baseUrl });
}

export default function SiteMetadata(): ReactNode {
  const {
    i18n: { currentLocale, localeConfigs },
  } = useDocusaurusContext();
  const { metadata, image } = useThemeConfig();
  const canonicalUrl = useCanonicalUrl();
  // Open Graph spells locales with an underscore (en_GB), HTML's lang with a hyphen (en-GB).
  const openGraphLocale = localeConfigs[currentLocale]!.htmlLang.replace('-', '_');
  return (
    <>
      <Head>
        <meta name="twitter:card" content="summary_large_image" />
        <meta property="og:url" content={canonicalUrl} />
        <link rel="canonical" href={canonicalUrl} />
        <meta property="og:locale" content={openGraphLocale} />
      </Head>
      {image && <PageMetadata image={image} />}
      {/* A Head of its own, after the others, so the theme config's tags override the defaults above (react-helmet). */}
      <Head>
        {metadata.map((tag, index) => (
          <meta key={index} {...tag} />
        ))}
      </Head>
    </>
  );
}
