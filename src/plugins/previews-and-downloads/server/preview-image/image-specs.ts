/**
 * Which preview images the site has and what each says. A question's card
 * shows the question, its topic and its kind: never its answer, so the same
 * image suits a spoiler-free quiz page.
 */
import type { ShareData } from '../generated-data.ts';
import type { PreviewCard } from './card-layout.ts';

export interface PreviewImageSpec {
  /** Site path of the PNG, as the generator named it: /img/og/<slug>.png */
  readonly path: string;
  readonly card: PreviewCard;
}

export interface SiteText {
  readonly title: string;
  readonly tagline: string;
}

const KIND_BADGE = { technical: 'Technical question', behavioural: 'Behavioural question' } as const;
const IMAGE_PATH = /^\/img\/og\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*[a-z0-9]+(?:-[a-z0-9]+)*\.png$/;

export function previewImageSpecs(data: ShareData, site: SiteText, siteImagePath: string): PreviewImageSpec[] {
  const topicTitle = new Map(data.topics.map((topic) => [topic.id, topic.title]));
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const specs: PreviewImageSpec[] = [
    {
      path: siteImagePath,
      card: { eyebrow: 'Interview practice', title: site.title, subtitle: site.tagline, footer: site.title, badge: plural(data.questions.length, 'question') },
    },
    ...data.topics.map((topic) => ({
      path: topic.previewImage,
      card: { eyebrow: 'Topic', title: topic.title, subtitle: topic.description, footer: site.title, badge: plural(topic.questionCount, 'question') },
    })),
    ...data.questions.map((question) => ({
      path: question.previewImage,
      card: { eyebrow: topicTitle.get(question.primaryTopic)!, title: question.title, footer: site.title, badge: KIND_BADGE[question.kind] },
    })),
  ];
  const seen = new Set<string>();
  for (const { path } of specs) {
    if (!IMAGE_PATH.test(path))
      throw new Error(
        `preview image path "${path}" must look like /img/og/<name>.png (lower-case words and hyphens); fix previewImagePath in contract/urls.ts or the plugin's siteImage option.`,
      );
    if (seen.has(path)) throw new Error(`two preview images would be written to ${path}; give each question, topic and the site its own path.`);
    seen.add(path);
  }
  return specs;
}
