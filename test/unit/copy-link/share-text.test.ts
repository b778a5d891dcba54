import { describe, expect, it } from 'vitest';
import { absoluteUrl, markdownLink, questionShareTexts, quizPathOfQuestion, sitePathOf, slugOf } from '../../../src/copy-link/share-text.ts';

describe('absolute URLs', () => {
  it('join the site URL, the base URL and a site path, whatever slashes each has', () => {
    expect(absoluteUrl('https://example.com', '/sre/', '/questions/x')).toBe('https://example.com/sre/questions/x');
    expect(absoluteUrl('https://example.com/', 'sre', 'questions/x')).toBe('https://example.com/sre/questions/x');
    expect(absoluteUrl('https://example.com', '/', '/questions/x#point-3')).toBe('https://example.com/questions/x#point-3');
    expect(absoluteUrl('http://127.0.0.1', '/a/b/', '/')).toBe('http://127.0.0.1/a/b/');
  });

  it('start from a route pathname by taking the base URL off it, once', () => {
    expect(sitePathOf('/sre/questions/x', '/sre/')).toBe('/questions/x');
    expect(sitePathOf('/questions/x', '/')).toBe('/questions/x');
    expect(sitePathOf('/sre', '/sre/')).toBe('/');
    expect(sitePathOf('/sresomething/x', '/sre/')).toBe('/sresomething/x');
  });
});

describe('quiz paths', () => {
  it("use the question page's slug under /quiz/", () => {
    expect(slugOf('/questions/slo-pick-one')).toBe('slo-pick-one');
    expect(quizPathOfQuestion('/questions/slo-pick-one')).toBe('/quiz/slo-pick-one');
    expect(quizPathOfQuestion('/questions/slo-pick-one/#point-2')).toBe('/quiz/slo-pick-one');
  });

  it('refuse a path without a slug, saying what is expected', () => {
    expect(() => slugOf('/')).toThrowErrorMatchingInlineSnapshot(`[Error: "/" is not a question's path, such as /questions/slo-pick-one]`);
  });
});

describe('Markdown links', () => {
  it('are the title linked to the URL, then the topic', () => {
    expect(markdownLink('How do you decide RTO and RPO?', 'https://example.com/questions/rto', 'Disaster recovery')).toBe(
      '[How do you decide RTO and RPO?](https://example.com/questions/rto) · Disaster recovery',
    );
  });

  it('escape what would break the link text or end its destination', () => {
    expect(markdownLink('Use [brackets] and a \\ backslash', 'https://e.com/a (b)', 'T')).toBe(
      '[Use \\[brackets\\] and a \\\\ backslash](https://e.com/a%20%28b%29) · T',
    );
  });

  it('collapse line breaks, and leave the topic out when there is none', () => {
    expect(markdownLink('Two\n  lines', 'https://e.com/x')).toBe('[Two lines](https://e.com/x)');
  });
});

describe("a question page's share texts", () => {
  it("are its canonical URL, its Markdown link and its quiz page's URL, under the base URL", () => {
    expect(
      questionShareTexts({
        siteUrl: 'https://example.com',
        baseUrl: '/sre/',
        path: '/questions/rto-rpo',
        title: 'How do you decide RTO and RPO?',
        primaryTopicTitle: 'Disaster recovery',
      }),
    ).toEqual({
      link: 'https://example.com/sre/questions/rto-rpo',
      markdown: '[How do you decide RTO and RPO?](https://example.com/sre/questions/rto-rpo) · Disaster recovery',
      quizLink: 'https://example.com/sre/quiz/rto-rpo',
    });
  });
});
