import type { ReactNode } from 'react';
import type { AnswerBlock } from '../shared/constants';

/** The answer's paragraphs and lists, as the question page shows them. */
export default function QuizAnswerBlocks({ blocks }: { blocks: readonly AnswerBlock[] }): ReactNode {
  return blocks.map((block, index) => {
    if (block.kind === 'paragraph') return <p key={index}>{block.text}</p>;
    const List = block.ordered ? 'ol' : 'ul';
    return (
      <List key={index} start={block.ordered ? block.start : undefined}>
        {block.items.map((item, position) => (
          <li key={position}>{item}</li>
        ))}
      </List>
    );
  });
}
