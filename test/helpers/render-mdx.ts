import { evaluate } from '@mdx-js/mdx';
import matter from 'gray-matter';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { createElement, Fragment, type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { MDX_COMPONENTS as COMPONENTS } from '../../contract/records.ts';
import { POINT_LINK_COMPONENT } from '../../src/markdown/answer-key-points.ts';
import { rehypePlugins, remarkKatexStylesheet, remarkPlugins } from '../../src/markdown/plugins.ts';

/**
 * Stand-ins for the theme's components: they keep their children (the answer)
 * and render nothing of their own, so the text is exactly what the source put
 * on the page.
 */
const components = {
  ...Object.fromEntries(Object.values(COMPONENTS).map((name) => [name, ({ children }: { children?: ReactNode }) => createElement(Fragment, null, children)])),
  // The "#" after each point of an answer, which the site's markdown plugin adds; its glyph is CSS, never text.
  [POINT_LINK_COMPONENT]: () => null,
};

export interface RenderedPage {
  readonly frontMatter: Record<string, unknown>;
  readonly html: string;
  /** innerText of the rendered page, whitespace collapsed. */
  readonly text: string;
}

/**
 * Compiles generated MDX the way the site does: Docusaurus's syntax
 * extensions (front matter, directives, GFM) plus the site's own remark and
 * rehype plugins, then renders it with React. `overrides` replaces stand-ins
 * to see the props a component receives.
 */
export async function renderMdx(source: string, overrides: Record<string, (props: Record<string, unknown>) => ReactNode> = {}): Promise<RenderedPage> {
  const { default: Content } = await evaluate(source, {
    ...runtime,
    Fragment: runtime.Fragment,
    // Minus the plugin that links KaTeX's stylesheet from pages with math: its
    // component needs the Docusaurus runtime, and it renders no content.
    remarkPlugins: [remarkFrontmatter, remarkDirective, remarkGfm, ...remarkPlugins.filter((plugin) => plugin !== remarkKatexStylesheet)],
    rehypePlugins,
  });
  const html = renderToStaticMarkup(createElement(Content, { components: { ...components, ...overrides } }));
  return { frontMatter: matter(source).data, html, text: collapse(toText(fromHtml(html, { fragment: true }))) };
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
