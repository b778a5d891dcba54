import { createElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { renderMdx } from '../helpers/render-mdx.ts';

/** Shows the key-point count the plugin gives an answer, next to its content. */
const Answer = ({ keyPointCount, questionId, children }: Record<string, unknown>) =>
  createElement('section', { 'data-count': keyPointCount, 'data-question': questionId }, children as ReactNode);

const idsAndNumbers = (html: string) => [...html.matchAll(/<li id="([^"]+)" data-key-point="(\d+)">/g)].map(([, id, n]) => [id, Number(n)]);

describe('key points of an answer', () => {
  it('numbers every bullet of every list in the answer, on the question page', async () => {
    const { html } = await renderMdx('# T\n\n<Answer>\n  Intro.\n\n  - One\n  - Two\n\n  Between.\n\n  1. Three\n</Answer>\n', { Answer });
    expect(idsAndNumbers(html)).toEqual([
      ['key-point-1', 1],
      ['key-point-2', 2],
      ['key-point-3', 3],
    ]);
    expect(html).toContain('data-count="3"');
  });

  it('prefixes ids with the question in answers embedded in a topic page, so two answers never share an id', async () => {
    const { html } = await renderMdx('<Answer questionId={4}>\n  - A\n  - B\n</Answer>\n\n<Answer questionId={9}>\n  - C\n</Answer>\n', { Answer });
    expect(idsAndNumbers(html)).toEqual([
      ['question-4-key-point-1', 1],
      ['question-4-key-point-2', 2],
      ['question-9-key-point-1', 1],
    ]);
    expect(html).toContain('data-count="2" data-question="4"');
    expect(html).toContain('data-count="1" data-question="9"');
  });

  it('leaves lists outside answers alone and counts zero key points in an answer without bullets', async () => {
    const { html } = await renderMdx('- outside\n\n<Answer>\n  Only a paragraph.\n</Answer>\n', { Answer });
    expect(html).toContain('<li>outside</li>');
    expect(html).toContain('data-count="0"');
  });
});
