/**
 * MDX building blocks for the generated pages. Markdown is produced from an
 * mdast tree, never by string concatenation (see toMdx).
 */
import type { BlockContent, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { directiveToMarkdown } from 'mdast-util-directive';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mathToMarkdown } from 'mdast-util-math';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { AnswerBlock, TextLine } from '../document-types.ts';

/**
 * Markdown is produced from an mdast tree, never by string concatenation, so
 * every character of the source is escaped by the same rules the MDX parser
 * reads it back with: text that looks like JSX, an expression, math, a
 * directive or markdown syntax stays literal text.
 */
const SYNTAX_EXTENSIONS = [mdxToMarkdown(), mathToMarkdown(), directiveToMarkdown(), gfmToMarkdown()];

export function toMdx(children: RootContent[]): string {
  const tree: Root = { type: 'root', children };
  return toMarkdown(tree, {
    extensions: SYNTAX_EXTENSIONS,
    bullet: '-',
    emphasis: '_',
    rule: '-',
    listItemIndent: 'one',
    fences: true,
    // The directive extension relies on an escaped preceding character to break
    // a `:name` directive, but `\<:a` still parses as one (found by the
    // property test). Escaping every colon before a letter is always safe.
    unsafe: [{ character: ':', after: '[A-Za-z]', inConstruct: 'phrasing' }],
  });
}

/** Front matter as YAML. JSON is valid YAML, and JSON.stringify escapes every string safely. */
export function frontMatter(fields: Record<string, unknown>): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n\n`;
}

export const text = (value: string): PhrasingContent => ({ type: 'text', value });
export const paragraph = (value: string): BlockContent => ({ type: 'paragraph', children: [text(value)] });

/** Attribute values are numbers only: text from the source never goes into an attribute, where no escaping proof covers it. */
type NumericProps = Record<string, number | readonly number[]>;

export function jsx(name: string, children: MdxJsxFlowElement['children'] = [], props: NumericProps = {}): MdxJsxFlowElement {
  const attributes: MdxJsxFlowElement['attributes'] = Object.entries(props).map(([key, value]) => ({
    type: 'mdxJsxAttribute',
    name: key,
    value: { type: 'mdxJsxAttributeValueExpression', value: JSON.stringify(value) },
  }));
  return { type: 'mdxJsxFlowElement', name, attributes, children };
}

/** A paragraph or list item: a team answer's inline markup (text nodes escaped like any other), or the plain text. */
const textLine = (line: TextLine): BlockContent => (line.inline ? { type: 'paragraph', children: [...line.inline] } : paragraph(line.text));

export function answerBlock(block: AnswerBlock): BlockContent {
  if (block.kind === 'paragraph') return textLine(block);
  if (block.kind === 'code') return { type: 'code', lang: block.language ?? null, value: block.text };
  if (block.kind === 'math') return { type: 'math', value: block.text };
  const list: List = {
    type: 'list',
    ordered: block.ordered,
    start: block.ordered ? block.start : undefined,
    spread: false,
    children: block.items.map((item): ListItem => ({ type: 'listItem', spread: false, children: [textLine(item)] })),
  };
  return list;
}
