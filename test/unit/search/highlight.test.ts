/**
 * Highlighting never turns question text into markup: the highlighter returns
 * plain text segments and the component renders them as text nodes.
 */
import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import Highlighted from '../../../src/plugins/search/client/Highlighted.tsx';
import { stems } from '../../../src/plugins/search/shared/analyze.ts';
import { highlight } from '../../../src/plugins/search/shared/highlight.ts';
import { question, searcherFor } from '../../helpers/search.ts';

const XSS_PROBE = 'Why does <img src=x onerror=alert(1)> show up in my <script>alert("logs")</script>?';
const render = (text: string, terms: Iterable<string>) => renderToStaticMarkup(createElement(Highlighted, { segments: highlight(text, new Set(terms)) }));
const matched = (text: string, terms: Iterable<string>) =>
  highlight(text, new Set(terms))
    .filter((segment) => segment.match)
    .map((segment) => segment.text);

describe('highlight', () => {
  it('marks the words whose stems matched, in any form, and nothing else', () => {
    expect(matched('Alerts, alerting and an alert; not alertness.', stems('alert'))).toEqual(['Alerts', 'alerting', 'alert']);
  });

  it('marks a compound written with a hyphen or a slash as one word', () => {
    expect(matched('Healthy on-call and CI/CD culture', stems('oncall cicd'))).toEqual(['on-call', 'CI/CD']);
  });

  it('keeps every character of the text, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.array(fc.constantFrom('alert', 'img', 'script', 'x'), { maxLength: 3 }), (text, terms) => {
        expect(
          highlight(text, new Set(terms))
            .map((segment) => segment.text)
            .join(''),
        ).toBe(text);
      }),
    );
  });
});

describe('rendering search text that looks like HTML', () => {
  it('shows the XSS probe as text, with the matched word marked', () => {
    const html = render(XSS_PROBE, stems('img'));
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).toContain('&lt;<mark>img</mark> src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;');
  });

  it('shows it as text when it comes back from a real search, in the title and the excerpt', () => {
    const probe = question(XSS_PROBE, `Answer quoting ${XSS_PROBE}`);
    const hit = searcherFor([probe, question('Other', 'Text.')]).search({ query: 'img onerror' }).hits[0]!;
    expect(hit.question.id).toBe(probe.id);
    for (const segments of [hit.title, hit.excerpt!]) {
      const html = renderToStaticMarkup(createElement(Highlighted, { segments }));
      expect(html).not.toMatch(/<img|<script/i);
      expect(html).toContain('&lt;<mark>img</mark>');
    }
  });
});
