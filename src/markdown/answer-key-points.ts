/**
 * The bullets of a model answer are its key points: what a good spoken answer
 * should cover. This remark plugin marks them in every `<Answer>` so that
 *
 * - each has an anchor in the static HTML (`#key-point-2`), which a shared link
 *   can point at even when study mode has collapsed the answer;
 * - the study-mode self-check can turn each into a tickable item
 *   (src/components/study/KeyPointItem.tsx) and knows their count up front.
 *
 * An answer embedded in a topic page (it names its question: `questionId={17}`)
 * gets ids prefixed with the question, so several answers on one page never
 * share an id.
 */
import type { ListItem, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';

/** Must match the component name the generator emits (scripts/lib/serialize.ts COMPONENTS.answer). */
const ANSWER_COMPONENT = 'Answer';

/** The attribute each key point's `<li>` carries, with its 1-based number. */
export const KEY_POINT_ATTRIBUTE = 'data-key-point';
export const KEY_POINT_COUNT_PROP = 'keyPointCount';

export function keyPointId(index: number, questionId?: number): string {
  return questionId === undefined ? `key-point-${index}` : `question-${questionId}-key-point-${index}`;
}

function embeddedQuestionId(answer: MdxJsxFlowElement): number | undefined {
  const attribute = answer.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === 'questionId');
  const raw = typeof attribute?.value === 'object' && attribute.value !== null ? attribute.value.value : attribute?.value;
  const id = Number(raw);
  return raw != null && Number.isInteger(id) ? id : undefined;
}

function markKeyPoints(answer: MdxJsxFlowElement): void {
  const questionId = embeddedQuestionId(answer);
  let count = 0;
  for (const child of answer.children) {
    if (child.type !== 'list') continue;
    for (const item of child.children as ListItem[]) {
      count += 1;
      item.data = { ...item.data, hProperties: { ...item.data?.hProperties, id: keyPointId(count, questionId), dataKeyPoint: count } };
    }
  }
  answer.attributes.push({ type: 'mdxJsxAttribute', name: KEY_POINT_COUNT_PROP, value: String(count) });
}

function walk(node: { type: string; children?: unknown[] }): void {
  if (node.type === 'mdxJsxFlowElement' && (node as MdxJsxFlowElement).name === ANSWER_COMPONENT) {
    markKeyPoints(node as MdxJsxFlowElement);
    return;
  }
  for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
}

export default function remarkAnswerKeyPoints() {
  return (tree: Root): void => walk(tree);
}
