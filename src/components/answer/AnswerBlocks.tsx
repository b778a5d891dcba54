import { Fragment, type ReactNode } from 'react';
import type { AnswerBlock } from '@site/contract/records';

interface AnswerBlocksProps {
  readonly blocks: readonly AnswerBlock[];
  /**
   * Draws one list item, given its text and its key-point number (list items
   * numbered from 1 across the whole answer); a plain `<li>` by default. A
   * study flashcard passes one that lets the reader tick the points they covered.
   */
  readonly renderItem?: (item: string, point: number) => ReactNode;
}

const plainItem = (item: string): ReactNode => <li>{item}</li>;

/**
 * An answer's paragraphs and lists from the generated data, as the question
 * page shows them: for pages that render answers from questions.json rather
 * than from MDX (a quiz page's reveal, the print sheets, a study flashcard).
 */
export default function AnswerBlocks({ blocks, renderItem = plainItem }: AnswerBlocksProps): ReactNode {
  let point = 0;
  return blocks.map((block, index) => {
    if (block.kind === 'paragraph') return <p key={index}>{block.text}</p>;
    const List = block.ordered ? 'ol' : 'ul';
    return (
      <List key={index} start={block.ordered ? block.start : undefined}>
        {block.items.map((item) => {
          point += 1;
          return <Fragment key={point}>{renderItem(item, point)}</Fragment>;
        })}
      </List>
    );
  });
}
