/**
 * The link-preview tags a generated page adds to what Docusaurus already
 * emits. Docusaurus writes og:title ("Page | Site"), og:description,
 * og:image and twitter:image (from `image` front matter), og:url,
 * canonical and twitter:card; react-helmet replaces a tag with the same
 * property or name, so each ends up in the page exactly once.
 */
import type { QuestionPageFrontMatter } from '@site/contract/records';

export interface PreviewTag {
  readonly property?: string;
  readonly name?: string;
  readonly content: string;
}

const firstTopic = (topics: unknown): string | undefined => {
  const first = Array.isArray(topics) ? (topics[0] as Partial<QuestionPageFrontMatter['topics'][number]> | undefined) : undefined;
  return typeof first?.title === 'string' ? first.title : undefined;
};

const imageTags = (alt: string): PreviewTag[] => [
  { property: 'og:image:alt', content: alt },
  { name: 'twitter:image:alt', content: alt },
];

/** Tags for a question page (front matter `question_id`) or a topic page (`topic_id`); none for other pages. */
export function previewTags(frontMatter: Record<string, unknown>, title: string, siteTitle: string): PreviewTag[] {
  if (typeof frontMatter.question_id === 'number') {
    const topic = firstTopic(frontMatter.topics);
    return [
      { property: 'og:type', content: 'article' },
      // The question alone: chat apps show the site's name from og:site_name.
      { property: 'og:title', content: title },
      ...(topic ? [{ property: 'article:section', content: topic }] : []),
      ...imageTags(`${title}${topic ? ` (${topic})` : ''}, a question on ${siteTitle}`),
    ];
  }
  if (typeof frontMatter.topic_id === 'string') {
    return [{ property: 'og:title', content: title }, ...imageTags(`${title}: questions and model answers on ${siteTitle}`)];
  }
  return [];
}
