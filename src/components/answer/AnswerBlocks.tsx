import type { ReactNode } from 'react';
import type { GeneratedAnswerBlock } from '@site/generator/document-types';

/**
 * An answer's paragraphs and lists from the generated data, as the question
 * page shows them: for pages that render answers from questions.json rather
 * than from MDX (a quiz page's reveal, the print sheets).
 */
export default function AnswerBlocks({ blocks }: { blocks: readonly GeneratedAnswerBlock[] }): ReactNode {
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
