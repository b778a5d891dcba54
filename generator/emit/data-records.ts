/**
 * The records of docs/_generated/, checked against the contract the site
 * reads them with (contract/records.ts). Field order is the file's order.
 */
import type { AnswerBlock, QuestionRecord, SidebarCategoryRecord, SidebarGroupRecord, TopicRecord } from '../../contract/records.ts';
import { docIds, pages, previewImagePath, questionPath, sidebarGrouping, topicPath, topicPreviewImagePath, type SidebarGrouping } from '../../contract/urls.ts';
import type { SlottedQuestion, TopicDefinition } from '../document-types.ts';
import { answerText } from '../stages/answer-text.ts';
import type { Guide } from '../stages/guides.ts';
import { keywordsFor } from '../stages/keywords.ts';

/**
 * A topic's category: its guides, then its questions; past one sub-group, the questions in collapsed sub-groups, and
 * past SIDEBAR_GROUPS_BEFORE_SECTIONS sub-groups, those in collapsed sections (sidebarGrouping, contract/urls.ts).
 * Every label names the questions it holds by their place in the topic ("Questions 26–50").
 */
export function sidebarCategory(
  topic: TopicDefinition,
  questions: readonly SlottedQuestion[],
  guides: readonly Guide[],
  grouping: SidebarGrouping = sidebarGrouping(questions.length),
): SidebarCategoryRecord {
  const questionIds = questions.map((question) => docIds.question(question.slug));
  const count = (value: number) => value.toLocaleString('en-GB');
  const group = (first: number, items: readonly (string | SidebarGroupRecord)[], questionTotal: number): SidebarGroupRecord => ({
    type: 'category',
    label: `Questions ${count(first)}–${count(first + questionTotal - 1)}`,
    collapsed: true,
    items,
  });
  const { perGroup, groupsPerSection } = grouping;
  const groups = pages(questionIds, perGroup);
  const subGroups = groups.map((items, index) => group(index * perGroup + 1, items, items.length));
  const topLevel =
    groupsPerSection === undefined
      ? subGroups
      : pages(subGroups, groupsPerSection).map((members, index) => {
          const questionTotal = members.reduce((sum, member) => sum + member.items.length, 0);
          return group(index * groupsPerSection * perGroup + 1, members, questionTotal);
        });
  return {
    type: 'category',
    label: topic.title,
    link: { type: 'doc', id: docIds.topic(topic.id) },
    items: [...guides.map((guide) => docIds.guide(guide.slug)), ...(groups.length === 1 ? questionIds : topLevel)],
  } satisfies SidebarCategoryRecord;
}

/** `questions` are the topic's own (it is their primary topic), in sidebar order. */
export function topicRecord(topic: TopicDefinition, questions: readonly SlottedQuestion[]): TopicRecord {
  return {
    id: topic.id,
    title: topic.title,
    description: topic.description,
    permalink: topicPath(topic.id),
    previewImage: topicPreviewImagePath(topic.id),
    questionCount: questions.length,
    behaviouralCount: questions.filter((question) => question.classification.kind === 'behavioural').length,
    questionIds: questions.map((question) => question.id),
  } satisfies TopicRecord;
}

export function questionRecord(question: SlottedQuestion, topics: readonly TopicDefinition[]): QuestionRecord {
  return {
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
    keywords: keywordsFor(question, topics),
    // The study session, quiz reveals and print sheets render answers from this data, with the lists intact.
    // A team answer's code block or formula is a paragraph of its text here: the contract's blocks are plain text.
    answerBlocks: question.blocks.map((block): AnswerBlock =>
      block.kind === 'list'
        ? { kind: 'list', ordered: block.ordered, start: block.start, items: block.items.map((item) => item.text) }
        : { kind: 'paragraph', text: block.text },
    ),
  } satisfies QuestionRecord;
}

/** Pretty-printed with a final newline, so the files diff well and regenerate byte-identically. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
