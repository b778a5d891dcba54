/**
 * Marks the parts of every `<Answer>` at build time, so their anchors are in
 * the static HTML and a shared link works even when study mode has collapsed
 * the answer:
 *
 * - **Points.** Every paragraph and every list item, counted in document
 *   order, is a point: its element gets `id="point-N"` and a `<PointLink>`
 *   (src/components/copy-link/PointLink.tsx), the hover/focus "#" link that points
 *   to and copies that anchor. `#point-N` is the anchor to share.
 * - **Key points.** The bullets (list items) are also the answer's key points:
 *   what a good spoken answer should cover. They are numbered on their own
 *   (`data-key-point="M"`) for the study-mode self-check
 *   (src/components/study/KeyPointItem.tsx), and keep their older anchor
 *   `#key-point-M` as an empty `<span>` at the start of the item, so links
 *   shared before points existed still land on the same bullet.
 *
 * An answer embedded in a topic page (it names its question: `questionId={17}`)
 * gets every id prefixed with the question, so several answers on one page
 * never share an id.
 */
import type { ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { keyPointId, pointId } from './answer-anchor-ids.ts';

/** Must match the component name the generator emits (generator/emit/site-files.ts COMPONENTS.answer). */
const ANSWER_COMPONENT = 'Answer';
/** The hover link each point ends with; registered in src/theme/MDXComponents.tsx. */
export const POINT_LINK_COMPONENT = 'PointLink';

/** The attribute each key point's `<li>` carries, with its 1-based number among the bullets. */
export const KEY_POINT_ATTRIBUTE = 'data-key-point';
/** The class of the empty element that keeps a key point's older anchor. */
const KEY_POINT_ANCHOR_CLASS = 'key-point-anchor';
const KEY_POINT_COUNT_PROP = 'keyPointCount';

const attribute = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

function embeddedQuestionId(answer: MdxJsxFlowElement): number | undefined {
  const found = answer.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === 'questionId');
  const raw = typeof found?.value === 'object' && found.value !== null ? found.value.value : found?.value;
  const id = Number(raw);
  return raw != null && Number.isInteger(id) ? id : undefined;
}

function pointLink(id: string, point: number): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name: POINT_LINK_COMPONENT, attributes: [attribute('target', id), attribute('point', String(point))], children: [] };
}

/** The phrasing a point's link goes after: the paragraph itself, or a list item's (last) paragraph. */
function lastParagraph(item: ListItem): Paragraph | undefined {
  const paragraphs = item.children.filter((child): child is Paragraph => child.type === 'paragraph');
  return paragraphs[paragraphs.length - 1];
}

function markPoints(answer: MdxJsxFlowElement): void {
  const questionId = embeddedQuestionId(answer);
  let point = 0;
  let keyPoint = 0;
  for (const child of answer.children as RootContent[]) {
    if (child.type === 'paragraph') {
      point += 1;
      const id = pointId(point, questionId);
      child.data = { ...child.data, hProperties: { ...child.data?.hProperties, id, dataPoint: point } };
      child.children.push(pointLink(id, point));
    } else if (child.type === 'list') {
      for (const item of child.children) {
        point += 1;
        keyPoint += 1;
        const id = pointId(point, questionId);
        item.data = { ...item.data, hProperties: { ...item.data?.hProperties, id, dataPoint: point, dataKeyPoint: keyPoint } };
        const paragraph = lastParagraph(item);
        const olderAnchor: MdxJsxTextElement = {
          type: 'mdxJsxTextElement',
          name: 'span',
          attributes: [attribute('id', keyPointId(keyPoint, questionId)), attribute('className', KEY_POINT_ANCHOR_CLASS)],
          children: [],
        };
        const first = item.children.find((block): block is Paragraph => block.type === 'paragraph');
        first?.children.unshift(olderAnchor);
        paragraph?.children.push(pointLink(id, point));
      }
    }
  }
  answer.attributes.push(attribute(KEY_POINT_COUNT_PROP, String(keyPoint)));
}

function walk(node: { type: string; children?: unknown[] }): void {
  if (node.type === 'mdxJsxFlowElement' && (node as MdxJsxFlowElement).name === ANSWER_COMPONENT) {
    markPoints(node as MdxJsxFlowElement);
    return;
  }
  for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
}

export default function remarkAnswerKeyPoints() {
  return (tree: Root): void => walk(tree);
}
