import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapse, renderMdx } from '../../helpers/render-mdx.ts';
import { generateFromText, questionPages } from '../../helpers/run-generator.ts';

/**
 * Characters that mean something to Markdown, MDX, math, directives or HTML,
 * mixed with ordinary words so the random text also forms realistic tokens
 * such as `<img src=x>`, `{props}`, `$5`, `:::note` and `*bold*`.
 */
const SPECIAL = [...'<>{}$`*_#|\\[]()!&;:"\'~^=+-./@%?,'];
const ORDINARY = [
  'a',
  'b',
  'Z',
  'x',
  '1',
  '9',
  ' ',
  ' ',
  ' ',
  'é',
  '’',
  '“',
  '”',
  '…',
  '€',
  '😀',
  'img',
  'div',
  'src=x',
  'onerror=alert(1)',
  'http://x.io',
  'www.a.com',
  'note',
  'smile',
  '&amp;',
  '&#60;',
  'import',
  'export',
  '---',
  '***',
];
const token = fc.oneof(fc.constantFrom(...SPECIAL), fc.constantFrom(...ORDINARY));

/** A line the source format reads as plain text: not blank, not a question number, bullet or inline list. */
const plainLine = fc
  .array(token, { minLength: 1, maxLength: 24 })
  .map((tokens) => collapse(tokens.join('')))
  .filter((line) => line.length > 0 && !/^\d+\.\s/.test(line) && !/^[•●▪◦]/.test(line) && !/[:.!?]\s+-\s+\p{Lu}/u.test(line));

const question = fc.record({
  title: plainLine,
  answer: fc.array(plainLine, { minLength: 1, maxLength: 4 }),
  bullets: fc.array(plainLine, { maxLength: 3 }),
});

describe('every character of the source renders literally', () => {
  it('random text survives generate → MDX → the site’s compiler → HTML text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(question, { minLength: 1, maxLength: 3, selector: (q) => q.title.toLowerCase() }), async (questions) => {
        const source = questions
          .map((q, index) => [`${index + 1}. ${q.title}`, '', ...q.answer.flatMap((line) => [line, '']), ...q.bullets.map((line) => `  • ${line}`)].join('\n'))
          .join('\n\n');
        const result = generateFromText(source);
        const pages = questionPages(result);
        expect(pages).toHaveLength(questions.length);

        for (const q of questions) {
          const page = pages.find(([, mdx]) => mdx.includes(`question_id: ${questions.indexOf(q) + 1}\n`));
          expect(page, 'a page for every question').toBeDefined();
          const rendered = await renderMdx(page![1]);
          const expected = collapse([q.title, ...q.answer, ...q.bullets].join(' '));
          expect(rendered.text).toBe(expected);
          expect(rendered.frontMatter.title).toBe(q.title);

          // Its topic page carries the same answer under the same title.
          const id = questions.indexOf(q) + 1;
          const topicPage = [...result.files].find(([path, mdx]) => path.startsWith('topics/') && mdx.includes(`<Answer questionId={${id}}>`));
          expect(topicPage, 'the question’s topic page embeds its answer').toBeDefined();
          const topicText = (await renderMdx(topicPage![1])).text;
          expect(topicText).toContain(collapse(q.title));
          expect(topicText).toContain(collapse([...q.answer, ...q.bullets].join(' ')));
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) },
    );
  });

  it.each([
    ['an HTML injection probe', '<img src=x onerror=alert(1)>'],
    ['JSX', '<Answer>{props.secret}</Answer>'],
    ['prices, not math', 'It costs $5 and $10, or $$20$$.'],
    ['a kubectl placeholder', 'kubectl logs <pod> --previous'],
    ['a directive and an emoji code', ':::note and :smile: and ::leaf'],
    ['Markdown syntax', '# not a heading | *not* _emphasis_ `code` \\ [link](x)'],
    ['typographic quotes and percentages', 'I’d say “99.9%” – not 100%.'],
  ])('%s stays literal text', async (_name, text) => {
    const result = generateFromText(`1. Question about ${text}?\n\n${text}\n\n  • ${text}\n`);
    const [[, mdx]] = questionPages(result) as [[string, string]];
    const rendered = await renderMdx(mdx);
    expect(rendered.text).toBe(collapse(`Question about ${text}? ${text} ${text}`));
    expect(rendered.html).not.toMatch(/<img|<answer|class="katex/i);
    const [, topicMdx] = [...result.files].find(([path, page]) => path.startsWith('topics/') && page.includes('<Answer questionId={1}>'))!;
    const topic = await renderMdx(topicMdx);
    expect(topic.text).toContain(collapse(`Question about ${text}? ${text} ${text}`));
    expect(topic.html).not.toMatch(/<img|<answer|class="katex/i);
  });
});
