import { describe, expect, it } from 'vitest';
import { redirectPageFile, redirectPageHtml, redirectProblems } from '../../src/plugins/redirect-pages/server/redirect-page.ts';

describe('a redirect page', () => {
  const html = redirectPageHtml('/sre/questions/a');

  it('sends the reader on without JavaScript (meta refresh) and with it, keeping the query and hash', () => {
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/sre/questions/a">');
    expect(html).toContain('<script>location.replace("/sre/questions/a" + location.search + location.hash);</script>');
    expect(html).toContain('<a href="/sre/questions/a">');
  });

  it('has a title, and its script inside <head>', () => {
    expect(html).toMatch(/<head>[\s\S]*<title>Moved to \/sre\/questions\/a<\/title>[\s\S]*<script>[\s\S]*<\/head>\s*<body>/);
  });

  it('escapes a target that could break out of the attribute or the script', () => {
    const hostile = redirectPageHtml('/x"></script><script>alert(1)</script>');
    expect(hostile).not.toContain('"><');
    expect(hostile).not.toContain('</script><script>alert');
  });
});

describe('where a redirect page goes', () => {
  it('is <path>/index.html, so a real <path>.html page keeps priority', () => {
    expect(redirectPageFile('/q/17')).toBe('q/17/index.html');
    expect(redirectPageFile('/questions/old-slug/')).toBe('questions/old-slug/index.html');
  });
});

describe('redirectProblems', () => {
  const routes = ['/sre/', '/sre/questions/a', '/sre/topics/t'];

  it('accepts redirects from unused paths to pages of the build', () => {
    expect(redirectProblems([{ from: '/q/1', to: '/questions/a' }], '/sre/', routes)).toEqual([]);
  });

  it('rejects a target that is no page, and a source that is one', () => {
    expect(
      redirectProblems(
        [
          { from: '/q/2', to: '/questions/gone' },
          { from: '/topics/t', to: '/questions/a' },
        ],
        '/sre/',
        routes,
      ),
    ).toEqual([
      '/q/2 → /questions/gone: the build has no page /sre/questions/gone',
      '/topics/t → /questions/a: /sre/topics/t is a page of the build, so it cannot also redirect',
    ]);
  });
});
