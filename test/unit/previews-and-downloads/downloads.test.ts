import { describe, expect, it } from 'vitest';
import { ankiDocument, ankiTag, answerHtml, escapeHtml } from '../../../src/plugins/previews-and-downloads/server/downloads/anki.ts';
import { csvDocument, csvField } from '../../../src/plugins/previews-and-downloads/server/downloads/csv.ts';
import { absoluteUrl, robotsTxt } from '../../../src/plugins/previews-and-downloads/server/downloads/files.ts';

describe('CSV fields (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    [' padded', '" padded"'],
    [17, '17'],
  ])('%j → %s', (value, expected) => expect(csvField(value)).toBe(expected));

  it('writes a BOM, CRLF record ends and refuses a row of the wrong width', () => {
    expect(csvDocument(['a', 'b'], [[1, 'x,y']])).toBe('\uFEFFa,b\r\n1,"x,y"\r\n');
    expect(() => csvDocument(['a', 'b'], [[1]])).toThrowErrorMatchingInlineSnapshot(`[Error: CSV row 1 has 1 fields; the header has 2.]`);
  });
});

describe('Anki TSV', () => {
  it('escapes HTML and turns tabs and line breaks into character references', () => {
    expect(escapeHtml(`<b> & "q" 'a'\tx\ny`)).toBe('&lt;b&gt; &amp; &quot;q&quot; &#39;a&#39;&#9;x&#10;y');
  });

  it('renders paragraphs and lists, keeping an ordered list’s first number', () => {
    expect(
      answerHtml([
        { kind: 'paragraph', text: 'Use <probes>.' },
        { kind: 'list', ordered: false, items: ['one', 'two'] },
        { kind: 'list', ordered: true, start: 3, items: ['three'] },
        { kind: 'list', ordered: true, start: 1, items: ['first'] },
      ]),
    ).toBe('<p>Use &lt;probes&gt;.</p><ul><li>one</li><li>two</li></ul><ol start="3"><li>three</li></ol><ol><li>first</li></ol>');
  });

  it('starts with the header lines Anki reads and puts one note per line', () => {
    const text = ankiDocument([{ front: 'Q\t1?', backHtml: '<p>A</p>\n', tags: [ankiTag('slos'), ankiTag('on-call')] }]);
    expect(text).toBe('#separator:tab\n#html:true\n#tags column:3\nQ&#9;1?\t<p>A</p>&#10;\tsre::slos sre::on-call\n');
  });

  it('refuses a topic id that cannot be a tag', () => {
    expect(() => ankiTag('two words')).toThrowErrorMatchingInlineSnapshot(
      `[Error: topic id "two words" cannot be an Anki tag: use lower-case letters, digits and hyphens.]`,
    );
  });
});

describe('absolute URLs and robots.txt', () => {
  it('joins the site URL, base URL and path with one slash each', () => {
    expect(absoluteUrl('https://example.com/', '/sre/', '/questions/x')).toBe('https://example.com/sre/questions/x');
    expect(absoluteUrl('https://example.com', '/', 'robots.txt')).toBe('https://example.com/robots.txt');
  });

  it('allows everything and names the sitemap by its absolute URL', () => {
    expect(robotsTxt({ siteUrl: 'https://example.com', baseUrl: '/sre/' })).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.com/sre/sitemap.xml\n');
  });
});
