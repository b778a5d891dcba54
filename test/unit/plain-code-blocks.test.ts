import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Highlight, plainTokens } from '../../src/plugins/plain-code-blocks/client/prism-react-renderer.ts';

describe('the plain-text stand-in for prism-react-renderer', () => {
  it('makes one plain token per line, keeping blank lines and dropping the final newline', () => {
    expect(plainTokens('a < b\n\n  c\n')).toEqual([
      [{ types: ['plain'], content: 'a < b' }],
      [{ types: ['plain'], content: '\n', empty: true }],
      [{ types: ['plain'], content: '  c' }],
    ]);
  });

  it('renders code through the render-prop API the theme uses, as escaped text', () => {
    const html = renderToStaticMarkup(
      createElement(Highlight, {
        code: 'if (a < b) {\n  run();\n}',
        language: 'js',
        children: ({ className, tokens, getLineProps, getTokenProps }) => {
          const lines = tokens.map((line, index) => {
            const spans = line.map((token, at) => createElement('span', { key: at, ...getTokenProps({ token }) }));
            return createElement('span', { key: index, ...getLineProps({ line }) }, spans);
          });
          return createElement('pre', { className }, lines);
        },
      }),
    );
    expect(html).toBe(
      '<pre class="prism-code language-js"><span class="token-line"><span class="token plain">if (a &lt; b) {</span></span>' +
        '<span class="token-line"><span class="token plain">  run();</span></span><span class="token-line"><span class="token plain">}</span></span></pre>',
    );
  });
});
