import { isQuestionKind, type QuestionKind } from '@site/contract/records';

/**
 * The fields the generator writes into a question page's front matter
 * (generator/emit/site-files.ts), read back defensively: a page that lacks them
 * simply renders without the extras.
 */
export interface LinkedTitle {
  readonly title: string;
  readonly permalink: string;
}

export interface TopicBadge extends LinkedTitle {
  readonly id: string;
}

export interface QuestionFrontMatter {
  readonly questionId: number;
  readonly kind: QuestionKind;
  /** Primary topic first. */
  readonly topics: readonly TopicBadge[];
  readonly related: readonly LinkedTitle[];
  /** Hand-written reference pages that explain this question's background. */
  readonly guides: readonly LinkedTitle[];
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
