/** A question's page: front matter for its metadata and links, then heading, answer and related questions. */
import { MDX_COMPONENTS, type QuestionPageFrontMatter } from '../../contract/records.ts';
import { docIds, guidePath, previewImagePath, questionPath, topicPath } from '../../contract/urls.ts';
import type { SlottedQuestion, TopicDefinition } from '../document-types.ts';
import { firstSentence, truncateAtWord } from '../stages/answer-text.ts';
import { keywordsFor } from '../stages/keywords.ts';
import { answerBlock, frontMatter, jsx, text, toMdx } from './mdx.ts';
import type { SiteData } from './site-data.ts';

/**
 * A short sidebar label: the question without its interview framing ("How do
 * you…", "Tell me about a time…"), cut at its first clause.
 */
function sidebarLabel(title: string): string {
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
export interface SiteIndex {
  readonly topicById: ReadonlyMap<string, TopicDefinition>;
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
    guides: data.guides.filter((guide) => guide.questions.includes(question.id)).map((guide) => ({ title: guide.title, permalink: guidePath(guide.slug) })),
    pagination_prev: previous ? docIds.question(previous.slug) : null,
    pagination_next: next ? docIds.question(next.slug) : null,
  } satisfies QuestionPageFrontMatter);

  return (
    header +
    toMdx([
      { type: 'heading', depth: 1, children: [text(question.title)] },
      jsx(MDX_COMPONENTS.questionMeta),
      jsx(MDX_COMPONENTS.answer, question.blocks.map(answerBlock)),
      jsx(MDX_COMPONENTS.relatedQuestions),
    ])
  );
}
