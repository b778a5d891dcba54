// Wraps the doc page's metadata to add link-preview tags to question and topic pages (see src/components/preview/preview-tags.ts).
import Head from '@docusaurus/Head';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Metadata from '@theme-original/DocItem/Metadata';
import type { ReactNode } from 'react';
import { previewTags } from '@site/src/components/preview/preview-tags';

export default function MetadataWrapper(): ReactNode {
  const { frontMatter, metadata } = useDoc();
  const { siteConfig } = useDocusaurusContext();
  const tags = previewTags(frontMatter, metadata.title, siteConfig.title);
  return (
    <>
      <Metadata />
      {tags.length > 0 && (
        <Head>
          {tags.map((tag) => (
            <meta key={tag.property ?? tag.name} {...tag} />
          ))}
        </Head>
      )}
    </>
  );
}
