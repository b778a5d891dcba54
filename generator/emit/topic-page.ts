/**
 * A topic's page: its description, progress, downloads, guides, and its own
 * questions with their answers. A topic longer than PAGING.topicPage
 * (contract/urls.ts) is cut into pages: the first at the topic's own URL,
 * the rest at `/topics/<id>/<n>`, each linking to every other.
 */
import { posix } from 'node:path';
import type { List, ListItem, PhrasingContent, RootContent } from 'mdast';
import { MDX_COMPONENTS, type TopicNextPageFrontMatter, type TopicPageFrontMatter } from '../../contract/records.ts';
import { docIds, PAGING, pages, SIDEBAR_ID, topicPath, topicPreviewImagePath } from '../../contract/urls.ts';
import type { SlottedQuestion, TopicDefinition } from '../document-types.ts';
import type { Guide } from '../stages/guides.ts';
import { answerBlock, frontMatter, jsx, paragraph, text, toMdx } from './mdx.ts';

/** A generated file's link to another doc, relative to the linking file, as the docs plugin resolves it. */
function docLink(fromDocId: string, toDocId: string): string {
  return posix.relative(posix.dirname(fromDocId), `${toDocId}.mdx`);
}

/**
 * The topic's pages, first to last, keyed by doc id (the file is `<doc id>.mdx`).
 * A topic that fits on one page gives exactly the page it always had.
 */
export function serializeTopicPages(
  topic: TopicDefinition,
  primary: readonly SlottedQuestion[],
  secondary: readonly SlottedQuestion[],
  guides: readonly Guide[],
  perPage: number = PAGING.topicPage,
): Map<string, string> {
  const slices = pages(primary, perPage);
  const files = new Map<string, string>();
  slices.forEach((questions, index) => {
    const page = index + 1;
    files.set(docIds.topic(topic.id, page), serializeTopicPage({ topic, primary, secondary, guides, questions, page, pageTotal: slices.length, perPage }));
  });
  return files;
}

interface TopicPage {
  readonly topic: TopicDefinition;
  readonly primary: readonly SlottedQuestion[];
  readonly secondary: readonly SlottedQuestion[];
  readonly guides: readonly Guide[];
  /** This page's share of `primary`. */
  readonly questions: readonly SlottedQuestion[];
  readonly page: number;
  readonly pageTotal: number;
  readonly perPage: number;
}

function serializeTopicPage({ topic, primary, secondary, guides, questions, page, pageTotal, perPage }: TopicPage): string {
  const self = docIds.topic(topic.id, page);
  const linkedTitle = (question: SlottedQuestion): PhrasingContent[] => [
    { type: 'link', url: docLink(self, docIds.question(question.slug)), children: [text(question.title)] },
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
  const list = (items: readonly SlottedQuestion[]): List => ({
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map(entry),
  });
  const pager = pageTotal > 1 ? [pagerParagraph(topic, self, page, pageTotal, questions.length, primary.length, perPage)] : [];
  const isLast = page === pageTotal;
  const alsoTouches =
    isLast && secondary.length > 0 ? [{ type: 'heading' as const, depth: 2 as const, children: [text('Also touches on this topic')] }, list(secondary)] : [];

  const fields: TopicPageFrontMatter = {
    title: page === 1 ? topic.title : `${topic.title}, page ${page} of ${pageTotal}`,
    sidebar_label: `About ${topic.title}`,
    description: topic.description,
    image: topicPreviewImagePath(topic.id),
    topic_id: topic.id,
    pagination_prev: null,
    pagination_next: null,
  };
  if (page > 1) {
    return (
      frontMatter({ ...fields, slug: topicPath(topic.id, page), displayed_sidebar: SIDEBAR_ID } satisfies TopicNextPageFrontMatter) +
      toMdx([
        { type: 'heading', depth: 1, children: [text(fields.title)] },
        ...pager,
        jsx(MDX_COMPONENTS.revealAllAnswers),
        ...questions.flatMap(withAnswer),
        ...pager,
        ...alsoTouches,
      ])
    );
  }
  return (
    frontMatter({ ...fields } satisfies TopicPageFrontMatter) +
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
                children: [{ type: 'paragraph', children: [{ type: 'link', url: docLink(self, docIds.guide(guide.slug)), children: [text(guide.title)] }] }],
              })),
            },
          ]
        : []),
      { type: 'heading', depth: 2, children: [text('Questions')] },
      ...pager,
      jsx(MDX_COMPONENTS.revealAllAnswers),
      ...questions.flatMap(withAnswer),
      ...pager,
      ...alsoTouches,
    ])
  );
}

/** "Questions 51–100 of 1,460 · ← Previous · 1 · 2 · 3 … · Next →": every page linked, the current one in bold. */
function pagerParagraph(topic: TopicDefinition, self: string, page: number, pageTotal: number, onPage: number, total: number, perPage: number): RootContent {
  const first = (page - 1) * perPage + 1;
  const link = (target: number, label: string): PhrasingContent => ({
    type: 'link',
    url: docLink(self, docIds.topic(topic.id, target)),
    children: [text(label)],
  });
  const parts: PhrasingContent[][] = [];
  if (page > 1) parts.push([link(page - 1, '← Previous page')]);
  for (let target = 1; target <= pageTotal; target++) {
    parts.push([target === page ? { type: 'strong', children: [text(String(target))] } : link(target, String(target))]);
  }
  if (page < pageTotal) parts.push([link(page + 1, 'Next page →')]);
  const count = (value: number) => value.toLocaleString('en-GB');
  return {
    type: 'paragraph',
    children: [
      text(`Questions ${count(first)}–${count(first + onPage - 1)} of ${count(total)}, page ${page} of ${pageTotal}: `),
      ...parts.flatMap((part, index) => (index === 0 ? part : [text(' · '), ...part])),
    ],
  };
}

/** Says the same count as the home page (questions whose main topic this is), then the extras. */
function topicCountLine(primary: number, secondary: number): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return secondary === 0
    ? `${plural(primary, 'question')}.`
    : `${plural(primary, 'question')}, and ${plural(secondary, 'more question')} from other topics that also touch on it.`;
}
