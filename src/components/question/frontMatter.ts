import { isQuestionKind, type LinkedTitle, type QuestionPageFrontMatter } from '@site/contract/records';

/**
 * The fields of a question page's front matter (contract/records.ts) its
 * components use, read back defensively: a page that lacks them simply renders
 * without the extras.
 */
type TopicBadge = QuestionPageFrontMatter['topics'][number];

export interface QuestionFrontMatter extends Pick<QuestionPageFrontMatter, 'kind' | 'topics' | 'related' | 'guides'> {
  readonly questionId: QuestionPageFrontMatter['question_id'];
}

function isLinkedTitle(value: unknown): value is LinkedTitle {
  const candidate = value as LinkedTitle;
  return typeof candidate?.title === 'string' && typeof candidate.permalink === 'string';
}

export function readQuestionFrontMatter(frontMatter: Record<string, unknown>): QuestionFrontMatter | undefined {
  const { question_id: questionId, kind, topics, related, guides } = frontMatter;
  if (typeof questionId !== 'number' || !isQuestionKind(kind)) return undefined;
  return {
    questionId,
    kind,
    topics: Array.isArray(topics) ? topics.filter((topic): topic is TopicBadge => isLinkedTitle(topic) && typeof (topic as TopicBadge).id === 'string') : [],
    related: Array.isArray(related) ? related.filter(isLinkedTitle) : [],
    guides: Array.isArray(guides) ? guides.filter(isLinkedTitle) : [],
  };
}
