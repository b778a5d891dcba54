import type { Nodes, PhrasingContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mathFromMarkdown } from 'mdast-util-math';
import { math } from 'micromark-extension-math';
import { SourceError } from '../../source-errors.ts';
import type { AnswerBlock, TextLine } from '../../document-types.ts';

const SUPPORTED = 'An answer is paragraphs, bullet or numbered lists (one paragraph per item), ``` code blocks and $$ math $$';
/** Inline markup a page can carry; text nodes in it are escaped like the scraped source's text. */
const INLINE_TYPES = new Set(['text', 'emphasis', 'strong', 'inlineCode', 'inlineMath', 'link', 'break']);
const SAFE_URL = /^(?:https?:\/\/|mailto:|\/(?!\/)|#)/i;

const BLOCK_NAMES: Record<string, string> = {
  heading: 'a heading',
  blockquote: 'a block quote',
  thematicBreak: 'a horizontal rule',
  definition: 'a link definition',
  html: 'HTML',
};
const INLINE_NAMES: Record<string, string> = {
  image: 'an image',
  imageReference: 'an image',
  linkReference: 'a reference-style link',
};

/**
 * A team answer's Markdown body as answer blocks. HTML is switched off in the
 * parser, so `<T>` or `<div>` in a team's text stays text, escaped on the page
 * like the scraped source's. Constructs a page cannot carry (headings, quotes,
 * images, nested lists) are errors at their line, never dropped silently.
 */
export function parseAnswerMarkdown(body: string, file: string, bodyLine: number): { blocks: AnswerBlock[]; errors: SourceError[] } {
  const tree = fromMarkdown(body, {
    extensions: [math(), { disable: { null: ['htmlFlow', 'htmlText'] } }],
    mdastExtensions: [mathFromMarkdown()],
  });
  const errors: SourceError[] = [];
  const lineOf = (node: Nodes) => bodyLine - 1 + (node.position?.start.line ?? 1);
  const unsupported = (node: Nodes, what: string, hint = `${SUPPORTED}; write this part as one of those`) =>
    errors.push(new SourceError(file, lineOf(node), `${what} is not supported in an answer`, hint));

  const textLine = (node: Nodes & { children: PhrasingContent[] }): TextLine => {
    const inline = node.children.map((child) => inlineNode(child, unsupported));
    return { line: lineOf(node), text: plainText(inline).replace(/\s+/g, ' ').trim(), inline };
  };

  const blocks: AnswerBlock[] = [];
  for (const node of tree.children) {
    if (node.type === 'paragraph') {
      blocks.push({ kind: 'paragraph', ...textLine(node) });
    } else if (node.type === 'list') {
      const items: TextLine[] = [];
      for (const item of node.children) {
        const [only, ...more] = item.children;
        if (only?.type !== 'paragraph' || more.length > 0) {
          unsupported(
            item,
            only === undefined ? 'an empty list item' : 'a list item with more than one paragraph or a nested list',
            'give each item one paragraph: flatten a nested list into its parent, or turn the extra paragraphs into items of their own',
          );
        } else {
          items.push(textLine(only));
        }
      }
      blocks.push({ kind: 'list', ordered: node.ordered === true, start: node.ordered ? (node.start ?? 1) : undefined, items });
    } else if (node.type === 'code') {
      blocks.push({ kind: 'code', line: lineOf(node), language: node.lang ?? undefined, text: node.value });
    } else if (node.type === 'math') {
      blocks.push({ kind: 'math', line: lineOf(node), text: node.value });
    } else {
      unsupported(node, BLOCK_NAMES[node.type] ?? `a ${node.type}`);
    }
  }
  return { blocks, errors };
}

/** A copy of an inline node without parser positions, checked: only markup a page can carry, and only safe link targets. */
function inlineNode(node: PhrasingContent, unsupported: (node: Nodes, what: string, hint?: string) => void): PhrasingContent {
  if (!INLINE_TYPES.has(node.type)) {
    unsupported(node, INLINE_NAMES[node.type] ?? `inline ${node.type}`);
    return { type: 'text', value: '' };
  }
  if (node.type === 'link' && !SAFE_URL.test(node.url)) {
    unsupported(node, `a link to "${node.url}"`, 'link to an https:// address, a mailto: address, or a page of this site starting with /');
  }
  if ('children' in node) {
    const children = node.children.map((child) => inlineNode(child, unsupported));
    return node.type === 'link' ? { type: 'link', url: node.url, title: node.title ?? null, children } : ({ type: node.type, children } as PhrasingContent);
  }
  return 'value' in node ? { type: node.type, value: node.value } : ({ type: node.type } as PhrasingContent);
}

/** What inline markup says, as plain text: code and formulas as written, a line break as a space. */
function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes.map((node) => ('children' in node ? plainText(node.children) : 'value' in node ? node.value : ' ')).join('');
}
