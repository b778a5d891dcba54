import { createElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { keyPointId, pointId } from '../../src/markdown/answer-anchor-ids.ts';
import { renderMdx } from '../helpers/render-mdx.ts';

/** Shows the key-point count the plugin gives an answer, next to its content. */
const Answer = ({ keyPointCount, questionId, children }: Record<string, unknown>) =>
  createElement('section', { 'data-count': keyPointCount, 'data-question': questionId }, children as ReactNode);
/** Shows where each point's link goes and what it names. */
const PointLink = ({ target, point }: Record<string, unknown>) => createElement('a', { href: `#${String(target)}`, 'data-link-point': point });

const render = (source: string) => renderMdx(source, { Answer, PointLink });

/** Every point in document order: tag, id, its number, its key-point number (bullets only). */
const points = (html: string) =>
  [...html.matchAll(/<(p|li) id="([^"]+)" data-point="(\d+)"(?: data-key-point="(\d+)")?>/g)].map(([, tag, id, point, keyPoint]) => ({
    tag,
    id,
    point: Number(point),
    ...(keyPoint && { keyPoint: Number(keyPoint) }),
  }));

const ANSWER = '# T\n\n<Answer>\n  Intro.\n\n  - One\n  - Two\n\n  Between.\n\n  1. Three\n</Answer>\n';

describe('points of an answer', () => {
  it('numbers every paragraph and bullet in document order, and the bullets again as key points', async () => {
    const { html } = await render(ANSWER);
    expect(points(html)).toEqual([
      { tag: 'p', id: 'point-1', point: 1 },
      { tag: 'li', id: 'point-2', point: 2, keyPoint: 1 },
      { tag: 'li', id: 'point-3', point: 3, keyPoint: 2 },
      { tag: 'p', id: 'point-4', point: 4 },
      { tag: 'li', id: 'point-5', point: 5, keyPoint: 3 },
    ]);
    expect(html).toContain('data-count="3"');
  });

  it('ends each point with a link to its own anchor', async () => {
    const { html } = await render(ANSWER);
    expect([...html.matchAll(/<a href="#([^"]+)" data-link-point="(\d+)"><\/a><\/(p|li)>/g)].map(([, id, point]) => [id, Number(point)])).toEqual([
      ['point-1', 1],
      ['point-2', 2],
      ['point-3', 3],
      ['point-4', 4],
      ['point-5', 5],
    ]);
  });

  it("keeps each bullet's older #key-point-N anchor, at the start of that bullet", async () => {
    const { html } = await render(ANSWER);
    expect(html).toContain('<li id="point-2" data-point="2" data-key-point="1"><span id="key-point-1" class="key-point-anchor"></span>One');
    expect(html).toContain('<li id="point-5" data-point="5" data-key-point="3"><span id="key-point-3" class="key-point-anchor"></span>Three');
  });

  it('prefixes every id with the question in answers embedded in a topic page, so two answers never share an id', async () => {
    const { html } = await render('<Answer questionId={4}>\n  - A\n  - B\n</Answer>\n\n<Answer questionId={9}>\n  C.\n\n  - D\n</Answer>\n');
    expect(points(html).map(({ id }) => id)).toEqual(['question-4-point-1', 'question-4-point-2', 'question-9-point-1', 'question-9-point-2']);
    expect([...html.matchAll(/<span id="([^"]+)" class="key-point-anchor">/g)].map(([, id]) => id)).toEqual([
      'question-4-key-point-1',
      'question-4-key-point-2',
      'question-9-key-point-1',
    ]);
    expect(html).toContain('href="#question-9-point-2"');
    expect(html).toContain('data-count="2" data-question="4"');
    expect(html).toContain('data-count="1" data-question="9"');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map(([, id]) => id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('leaves paragraphs and lists outside answers alone and counts zero key points in an answer without bullets', async () => {
    const { html } = await render('Outside.\n\n- outside\n\n<Answer>\n  Only a paragraph.\n</Answer>\n');
    expect(html).toContain('<p>Outside.</p>');
    expect(html).toContain('<li>outside</li>');
    expect(points(html)).toEqual([{ tag: 'p', id: 'point-1', point: 1 }]);
    expect(html).toContain('data-count="0"');
  });
});

describe('anchor ids', () => {
  it('name a point by position and a key point among the bullets, prefixed with the question on topic pages', () => {
    expect([pointId(3), pointId(3, 17), keyPointId(2), keyPointId(2, 17)]).toEqual([
      'point-3',
      'question-17-point-3',
      'key-point-2',
      'question-17-key-point-2',
    ]);
  });
});
