import type { BlockContent, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { directiveToMarkdown } from 'mdast-util-directive';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mathToMarkdown } from 'mdast-util-math';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Guide } from '../stages/guides.ts';
import type { AnswerBlock, SlottedQuestion, Topic } from '../document-types.ts';
import type { Redirect } from '../stages/assign-slugs.ts';
import { previewImagePath, questionPath, topicPath, topicPreviewImagePath } from '../stages/assign-slugs.ts';
import { answerText, firstSentence, truncateAtWord } from '../stages/answer-text.ts';

/** Generated files, keyed by path relative to the output folder. */
export type OutputFiles = Map<string, string>;

export interface SiteData {
  readonly questions: readonly SlottedQuestion[];
  readonly guides: readonly Guide[];
  readonly topics: readonly Topic[];
  readonly related: ReadonlyMap<number, readonly number[]>;
  readonly redirects: readonly Redirect[];
}

/** Names of the MDX components the theme registers (src/theme/MDXComponents.tsx). */
export const COMPONENTS = {
  questionMeta: 'QuestionMeta',
  answer: 'Answer',
  relatedQuestions: 'RelatedQuestions',
  revealAllAnswers: 'RevealAllAnswers',
  topicProgress: 'TopicProgress',
  topicDownloads: 'TopicDownloads',
} as const;

export const DATA_DIR = '_generated';

/**
 * Markdown is produced from an mdast tree, never by string concatenation, so
 * every character of the source is escaped by the same rules the MDX parser
 * reads it back with: text that looks like JSX, an expression, math, a
 * directive or markdown syntax stays literal text.
 */
const SYNTAX_EXTENSIONS = [mdxToMarkdown(), mathToMarkdown(), directiveToMarkdown(), gfmToMarkdown()];

export function toMdx(children: RootContent[]): string {
  const tree: Root = { type: 'root', children };
  return toMarkdown(tree, {
    extensions: SYNTAX_EXTENSIONS,
    bullet: '-',
    emphasis: '_',
    rule: '-',
    listItemIndent: 'one',
    fences: true,
    // The directive extension relies on an escaped preceding character to break
    // a `:name` directive, but `\<:a` still parses as one (found by the
    // property test). Escaping every colon before a letter is always safe.
    unsafe: [{ character: ':', after: '[A-Za-z]', inConstruct: 'phrasing' }],
  });
}

/** Front matter as YAML. JSON is valid YAML, and JSON.stringify escapes every string safely. */
function frontMatter(fields: Record<string, unknown>): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n\n`;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const paragraph = (value: string): BlockContent => ({ type: 'paragraph', children: [text(value)] });

/** Attribute values are numbers only: text from the source never goes into an attribute, where no escaping proof covers it. */
type NumericProps = Record<string, number | readonly number[]>;

function jsx(name: string, children: MdxJsxFlowElement['children'] = [], props: NumericProps = {}): MdxJsxFlowElement {
  const attributes: MdxJsxFlowElement['attributes'] = Object.entries(props).map(([key, value]) => ({
    type: 'mdxJsxAttribute',
    name: key,
    value: { type: 'mdxJsxAttributeValueExpression', value: JSON.stringify(value) },
  }));
  return { type: 'mdxJsxFlowElement', name, attributes, children };
}

function answerBlock(block: AnswerBlock): BlockContent {
  if (block.kind === 'paragraph') return paragraph(block.text);
  const list: List = {
    type: 'list',
    ordered: block.ordered,
    start: block.ordered ? block.start : undefined,
    spread: false,
    children: block.items.map((item): ListItem => ({ type: 'listItem', spread: false, children: [paragraph(item.text)] })),
  };
  return list;
}

/**
 * A short sidebar label: the question without its interview framing ("How do
 * you…", "Tell me about a time…"), cut at its first clause.
 */
export function sidebarLabel(title: string): string {
  const subject = title
    .replace(
      /^(?:how (?:do|would|have|did) you|tell me about a time(?: when)?(?: you)?(?: had to)?|tell me about|describe a time(?: when)?(?: you had to)?|describe(?: how you would)?|explain how you would|explain how|walk me through|what is your (?:approach to|experience with)|what are the|if you joined our team and found that)\s+/i,
      '',
    )
    .split(/[?.](?:\s|$)|,\s+(?:(?:and|but)\s+(?=(?:how|what|when|why|do|did|is)\b)|including\b|such as\b)/)[0]!
    .trim();
  return truncateAtWord(subject.charAt(0).toUpperCase() + subject.slice(1), 56);
}

/** Lookups every page needs, built once per site rather than once per page. */
interface SiteIndex {
  readonly topicById: ReadonlyMap<string, Topic>;
  readonly questionByNumber: ReadonlyMap<number, SlottedQuestion>;
}

export function serializeQuestion(
  question: SlottedQuestion,
  data: SiteData,
  index: SiteIndex,
  neighbours: { previous: SlottedQuestion | undefined; next: SlottedQuestion | undefined },
): string {
  const { primary, secondary, kind } = question.classification;
  const { topicById, questionByNumber } = index;
  const { previous, next } = neighbours;
  const related = (data.related.get(question.number) ?? []).map((number) => questionByNumber.get(number)!);

  const header = frontMatter({
    title: question.title,
    sidebar_label: sidebarLabel(question.title),
    description: firstSentence(question),
    image: previewImagePath(question.slug),
    keywords: keywordsFor(question, data.topics),
    question_id: question.id,
    topics: [primary, ...secondary].map((id) => ({ id, title: topicById.get(id)!.title, permalink: topicPath(id) })),
    kind,
    related: related.map((other) => ({ title: other.title, permalink: questionPath(other.slug) })),
    guides: data.guides
      .filter((guide) => guide.questions.includes(question.id))
      .map((guide) => ({ title: guide.title, permalink: guidePath(guide.slug) })),
    pagination_prev: previous ? `questions/${previous.slug}` : null,
    pagination_next: next ? `questions/${next.slug}` : null,
  });

  return (
    header +
    toMdx([
      { type: 'heading', depth: 1, children: [text(question.title)] },
      jsx(COMPONENTS.questionMeta),
      jsx(COMPONENTS.answer, question.blocks.map(answerBlock)),
      jsx(COMPONENTS.relatedQuestions),
    ])
  );
}

/** Topic keywords the question's title mentions first, then those its answer does; at most 12. */
function keywordsFor(question: SlottedQuestion, topics: readonly Topic[]): string[] {
  const keywords = [...new Set(topics.flatMap((topic) => topic.keywords.map((keyword) => keyword.toLowerCase())))].filter(
    (keyword) => keyword.length > 2,
  );
  const title = question.title.toLowerCase();
  const answer = answerText(question).toLowerCase();
  const inTitle = keywords.filter((keyword) => title.includes(keyword)).sort();
  const inAnswer = keywords.filter((keyword) => !inTitle.includes(keyword) && answer.includes(keyword)).sort();
  return [...inTitle, ...inAnswer].slice(0, 12);
}

export function guidePath(slug: string): string {
  return `/guides/${slug}`;
}

export function serializeTopic(
  topic: Topic,
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
    jsx(COMPONENTS.answer, question.blocks.map(answerBlock), { questionId: question.id }),
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
    }) +
    toMdx([
      { type: 'heading', depth: 1, children: [text(topic.title)] },
      paragraph(topic.description),
      paragraph(topicCountLine(primary.length, secondary.length)),
      jsx(COMPONENTS.topicProgress, [], { questionIds: primary.map((question) => question.id) }),
      jsx(COMPONENTS.topicDownloads),
      ...(guides.length > 0
        ? [
            { type: 'heading' as const, depth: 2 as const, children: [text('Reference')] },
            {
              type: 'list' as const,
              ordered: false,
              spread: false,
              children: guides.map(
                (guide): ListItem => ({
                  type: 'listItem',
                  spread: false,
                  children: [{ type: 'paragraph', children: [{ type: 'link', url: `../guides/${guide.slug}.mdx`, children: [text(guide.title)] }] }],
                }),
              ),
            },
          ]
        : []),
      { type: 'heading', depth: 2, children: [text('Questions')] },
      jsx(COMPONENTS.revealAllAnswers),
      ...primary.flatMap(withAnswer),
      ...(secondary.length > 0
        ? [{ type: 'heading' as const, depth: 2 as const, children: [text('Also touches on this topic')] }, list(secondary)]
        : []),
    ])
  );
}

/** Says the same count as the home page (questions whose main topic this is), then the extras. */
export function topicCountLine(primary: number, secondary: number): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return secondary === 0
    ? `${plural(primary, 'question')}.`
    : `${plural(primary, 'question')}, and ${plural(secondary, 'more question')} from other topics that also touch on it.`;
}

/** Questions of one topic in sidebar order: the order they appear in the source. */
export function questionsByPrimaryTopic(data: SiteData): Map<string, SlottedQuestion[]> {
  const byTopic = new Map<string, SlottedQuestion[]>(data.topics.map((topic) => [topic.id, []]));
  for (const question of data.questions) byTopic.get(question.classification.primary)!.push(question);
  return byTopic;
}

export function serializeSite(data: SiteData): OutputFiles {
  const files: OutputFiles = new Map();
  const byTopic = questionsByPrimaryTopic(data);
  const topicsInOrder = [...data.topics].sort((a, b) => a.order - b.order);

  const index: SiteIndex = {
    topicById: new Map(data.topics.map((topic) => [topic.id, topic])),
    questionByNumber: new Map(data.questions.map((question) => [question.number, question])),
  };
  for (const inTopic of byTopic.values()) {
    inTopic.forEach((question, position) => {
      const neighbours = { previous: inTopic[position - 1], next: inTopic[position + 1] };
      files.set(`questions/${question.slug}.mdx`, serializeQuestion(question, data, index, neighbours));
    });
  }
  for (const topic of topicsInOrder) {
    const secondary = data.questions.filter((question) => question.classification.secondary.includes(topic.id));
    const guides = data.guides.filter((guide) => guide.topic === topic.id);
    files.set(`topics/${topic.id}.mdx`, serializeTopic(topic, byTopic.get(topic.id)!, secondary, guides));
  }

  const sidebar = topicsInOrder.map((topic) => ({
    type: 'category',
    label: topic.title,
    link: { type: 'doc', id: `topics/${topic.id}` },
    items: [
      ...data.guides.filter((guide) => guide.topic === topic.id).map((guide) => `guides/${guide.slug}`),
      ...byTopic.get(topic.id)!.map((question) => `questions/${question.slug}`),
    ],
  }));
  const topicSummaries = topicsInOrder.map((topic) => ({
    id: topic.id,
    title: topic.title,
    description: topic.description,
    permalink: topicPath(topic.id),
    previewImage: topicPreviewImagePath(topic.id),
    questionCount: byTopic.get(topic.id)!.length,
    behaviouralCount: byTopic.get(topic.id)!.filter((question) => question.classification.kind === 'behavioural').length,
    questionIds: byTopic.get(topic.id)!.map((question) => question.id),
  }));
  const questionRecords = data.questions.map((question) => ({
    id: question.id,
    number: question.number,
    slug: question.slug,
    permalink: questionPath(question.slug),
    previewImage: previewImagePath(question.slug),
    title: question.title,
    primaryTopic: question.classification.primary,
    secondaryTopics: question.classification.secondary,
    kind: question.classification.kind,
    answer: answerText(question),
    keywords: keywordsFor(question, data.topics),
    // The study session renders answers from this data rather than from the pages, with the lists intact.
    answerBlocks: question.blocks.map((block) =>
      block.kind === 'paragraph'
        ? { kind: 'paragraph', text: block.text }
        : { kind: 'list', ordered: block.ordered, start: block.start, items: block.items.map((item) => item.text) },
    ),
  }));

  for (const guide of data.guides) files.set(`guides/${guide.slug}.mdx`, guide.text);
  files.set(`${DATA_DIR}/sidebar.json`, json(sidebar));
  files.set(`${DATA_DIR}/topics.json`, json(topicSummaries));
  files.set(`${DATA_DIR}/questions.json`, json(questionRecords));
  files.set(`${DATA_DIR}/redirects.json`, json(data.redirects));
  return files;
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
