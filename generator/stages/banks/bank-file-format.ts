import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { mathToMarkdown } from 'mdast-util-math';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { AnswerBlock, QuestionRecord } from '../../../contract/records.ts';

/** What a team question file holds; the shape of a question record, so generated data can be turned into bank files. */
export type BankQuestionContent = Pick<QuestionRecord, 'title' | 'kind' | 'answerBlocks'> & {
  /** Primary first; left out, the classifier chooses. */
  readonly topics?: readonly string[];
};

/**
 * A question as a team bank's Markdown file (front matter, then the answer),
 * the format `parseBankQuestions` reads: its plain-text blocks are escaped for
 * Markdown with math (`$`, `*`, `<`…), so the file reads back to the same text.
 * For tools that write banks, such as the synthetic sources of the benchmarks.
 */
export function renderBankQuestion(question: BankQuestionContent): string {
  // JSON strings are valid YAML, escaped safely whatever the title holds.
  const fields = [`title: ${JSON.stringify(question.title)}`];
  if (question.topics) fields.push(`topics: ${JSON.stringify(question.topics)}`);
  fields.push(`kind: ${JSON.stringify(question.kind)}`);
  const paragraph = (text: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value: text }] });
  const block = (answerBlock: AnswerBlock): RootContent =>
    answerBlock.kind === 'paragraph'
      ? paragraph(answerBlock.text)
      : ({
          type: 'list',
          ordered: answerBlock.ordered,
          start: answerBlock.ordered ? (answerBlock.start ?? 1) : null,
          spread: false,
          children: answerBlock.items.map((item): ListItem => ({ type: 'listItem', spread: false, children: [paragraph(item)] })),
        } satisfies List);
  const answer = toMarkdown(
    { type: 'root', children: question.answerBlocks.map(block) },
    { extensions: [mathToMarkdown()], bullet: '-', listItemIndent: 'one' },
  );
  return `---\n${fields.join('\n')}\n---\n\n${answer}`;
}
