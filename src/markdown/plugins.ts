/**
 * The remark and rehype plugins every MDX page on the site is compiled with.
 * docusaurus.config.ts and the generator's escaping tests import this one
 * list, so the tests compile pages exactly as the site does.
 */
import type { Root, RootContent } from 'mdast';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import remarkAnswerKeyPoints from './answer-key-points.ts';

/** The component that links KaTeX's CSS and fonts, served by the site (see src/plugins/page-stylesheets.ts). */
export const KATEX_STYLESHEET_COMPONENT = '@site/src/components/math/KatexStylesheet';
/** Its name inside a page; unusual, so it cannot clash with what a page imports itself. */
const LOCAL_NAME = 'KatexStylesheetForMath';

function containsMath(node: Root | RootContent): boolean {
  if (node.type === 'math' || node.type === 'inlineMath') return true;
  return 'children' in node && (node.children as RootContent[]).some(containsMath);
}

/**
 * Pages that contain math, and only those, get KaTeX's stylesheet: this adds
 * `import KatexStylesheetForMath from "…/KatexStylesheet"` and
 * `<KatexStylesheetForMath />` to them. Question pages escape every `$`, so
 * they have no math and never load it.
 */
export function remarkKatexStylesheet() {
  return (tree: Root): void => {
    if (!containsMath(tree)) return;
    const source = JSON.stringify(KATEX_STYLESHEET_COMPONENT);
    tree.children.unshift(
      {
        type: 'mdxjsEsm',
        value: `import ${LOCAL_NAME} from ${source};`,
        data: {
          estree: {
            type: 'Program',
            sourceType: 'module',
            body: [
              {
                type: 'ImportDeclaration',
                specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name: LOCAL_NAME } }],
                attributes: [],
                source: { type: 'Literal', value: KATEX_STYLESHEET_COMPONENT, raw: source },
              },
            ],
          },
        },
      },
      { type: 'mdxJsxFlowElement', name: LOCAL_NAME, attributes: [], children: [] },
    );
  };
}

export const remarkPlugins = [remarkMath, remarkKatexStylesheet, remarkAnswerKeyPoints];
export const rehypePlugins = [rehypeKatex];
