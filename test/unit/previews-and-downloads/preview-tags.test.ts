/**
 * The link-preview tags of the link-preview fixture (a question with quotes,
 * ampersands and angle brackets): what the generator writes into front
 * matter, and what the page's <meta> tags say once React renders them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { previewTags } from '../../../src/components/preview/preview-tags.ts';

const fixture = join(import.meta.dirname, '../../fixtures/generator/link-preview');
const page = matter(readFileSync(join(fixture, 'expected/questions/fine-done-mean-deploys-health.mdx'), 'utf8'));
const source = readFileSync(join(fixture, 'input.txt'), 'utf8');
const SITE = 'SRE Interview Questions';

/** Renders the tags as the site does (React attributes), then reads them back with an HTML parser. */
function renderedTags(tags: { property?: string; name?: string; content: string }[]): Map<string, string[]> {
  const html = renderToStaticMarkup(createElement('head', null, ...tags.map((tag, index) => createElement('meta', { key: index, ...tag }))));
  const found = new Map<string, string[]>();
  const visit = (node: { children?: unknown[] }) => {
    for (const child of (node.children ?? []) as Element[]) {
      if (child.type === 'element' && child.tagName === 'meta') {
        const key = String(child.properties.property ?? child.properties.name);
        found.set(key, [...(found.get(key) ?? []), String(child.properties.content)]);
      }
      visit(child);
    }
  };
  visit(fromHtml(html));
  return found;
}

describe('link preview of a question with quotes and angle brackets', () => {
  const title = page.data.title as string;
  const description = page.data.description as string;

  it('front matter keeps the title and the answer’s first sentence as written', () => {
    expect(title).toBe(`What does "it's <fine> & done" mean when a deploy's health check says <ok>?`);
    expect(source).toContain(`1. ${title}`);
    expect(page.data.image).toBe('/img/og/fine-done-mean-deploys-health.png');
  });

  it('the description is at most 200 characters, cut after a whole word with an ellipsis', () => {
    expect(description.length).toBeLessThanOrEqual(200);
    expect(description.endsWith('…')).toBe(true);
    const kept = description.slice(0, -1);
    const answer = source.split('\n')[2]!;
    expect(answer.startsWith(kept)).toBe(true);
    expect(answer[kept.length]).toBe(' ');
  });

  it('each preview tag appears once and reads back exactly, escaping and all', () => {
    const tags = [
      { property: 'og:title', content: `${title} | ${SITE}` },
      { property: 'og:description', content: description },
      ...previewTags(page.data, title, SITE),
    ];
    const rendered = renderedTags(tags);
    // The wrapper's og:title replaces Docusaurus's in the page (react-helmet keeps the last); here both are rendered.
    expect(rendered.get('og:title')).toEqual([`${title} | ${SITE}`, title]);
    expect(rendered.get('og:description')).toEqual([description]);
    expect(rendered.get('og:type')).toEqual(['article']);
    expect(rendered.get('article:section')).toEqual(['Incidents & rollouts']);
    expect(rendered.get('og:image:alt')).toEqual([`${title} (Incidents & rollouts), a question on ${SITE}`]);
    expect(rendered.get('twitter:image:alt')).toEqual(rendered.get('og:image:alt'));
    const html = renderToStaticMarkup(createElement('meta', { property: 'og:title', content: title }));
    expect(html).not.toMatch(/content="[^"]*[<>][^"]*"/);
  });

  it('a topic page gets its own title and alt text, and other pages nothing extra', () => {
    expect(previewTags({ topic_id: 'slos' }, 'SLOs', SITE)).toEqual([
      { property: 'og:title', content: 'SLOs' },
      { property: 'og:image:alt', content: `SLOs: questions and model answers on ${SITE}` },
      { name: 'twitter:image:alt', content: `SLOs: questions and model answers on ${SITE}` },
    ]);
    expect(previewTags({ title: 'A guide' }, 'A guide', SITE)).toEqual([]);
  });
});
