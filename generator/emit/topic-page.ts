/** A topic's page: its description, progress, downloads, guides, and its own questions with their answers. */
import type { List, ListItem, PhrasingContent, RootContent } from 'mdast';
import { MDX_COMPONENTS, type TopicPageFrontMatter } from '../../contract/records.ts';
import { topicPreviewImagePath } from '../../contract/urls.ts';
import type { SlottedQuestion, TopicDefinition } from '../document-types.ts';
import type { Guide } from '../stages/guides.ts';
import { answerBlock, frontMatter, jsx, paragraph, text, toMdx } from './mdx.ts';

export function serializeTopic(
  topic: TopicDefinition,
  primary: readonly SlottedQuestion[],
  secondary: readonly SlottedQuestion[],
  guides: readonly Guide[],
): string {
  const linkedTitle = (question: SlottedQuestion): PhrasingContent[] => [
    { type: 'link', url: `../questions/${question.slug}.mdx`, children: [text(question.title)] },
    ...(question.classification.kind === 'behavioural' ? [text(' · '), { type: 'emphasis' as const, children: [text('Behavioural')] }] : []),
  ];
  const entry = (question: SlottedQuestion): ListItem => ({
    type: 'listItem',
    spread: false,
    children: [{ type: 'paragraph', children: linkedTitle(question) }],
  });
  // The topic's own questions carry their answers, so the topic page can be studied (or printed) on its own.
  const withAnswer = (question: SlottedQuestion): RootContent[] => [
    { type: 'heading', depth: 3, children: linkedTitle(question) },
    jsx(MDX_COMPONENTS.answer, question.blocks.map(answerBlock), { questionId: question.id }),
  ];
  const list = (questions: readonly SlottedQuestion[]): List => ({
    type: 'list',
    ordered: false,
    spread: false,
    children: questions.map(entry),
  });

  return (
    frontMatter({
      title: topic.title,
      sidebar_label: `About ${topic.title}`,
      description: topic.description,
      image: topicPreviewImagePath(topic.id),
      topic_id: topic.id,
      pagination_prev: null,
      pagination_next: null,
    } satisfies TopicPageFrontMatter) +
    toMdx([
      { type: 'heading', depth: 1, children: [text(topic.title)] },
      paragraph(topic.description),
      paragraph(topicCountLine(primary.length, secondary.length)),
      jsx(MDX_COMPONENTS.topicProgress, [], { questionIds: primary.map((question) => question.id) }),
      jsx(MDX_COMPONENTS.topicDownloads),
      ...(guides.length > 0
        ? [
            { type: 'heading' as const, depth: 2 as const, children: [text('Reference')] },
            {
              type: 'list' as const,
              ordered: false,
              spread: false,
              children: guides.map((guide): ListItem => ({
                type: 'listItem',
                spread: false,
                children: [{ type: 'paragraph', children: [{ type: 'link', url: `../guides/${guide.slug}.mdx`, children: [text(guide.title)] }] }],
              })),
            },
          ]
        : []),
      { type: 'heading', depth: 2, children: [text('Questions')] },
      jsx(MDX_COMPONENTS.revealAllAnswers),
      ...primary.flatMap(withAnswer),
      ...(secondary.length > 0 ? [{ type: 'heading' as const, depth: 2 as const, children: [text('Also touches on this topic')] }, list(secondary)] : []),
    ])
  );
}

/** Says the same count as the home page (questions whose main topic this is), then the extras. */
function topicCountLine(primary: number, secondary: number): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return secondary === 0
    ? `${plural(primary, 'question')}.`
    : `${plural(primary, 'question')}, and ${plural(secondary, 'more question')} from other topics that also touch on it.`;
}
