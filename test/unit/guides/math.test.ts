import { compile } from '@mdx-js/mdx';
import { readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkFrontmatter from 'remark-frontmatter';
import { describe, expect, it } from 'vitest';
import { KATEX_STYLESHEET_COMPONENT, rehypePlugins, remarkPlugins } from '../../../src/markdown/plugins.ts';
import { collectStylesheet, katexStylesheetPath, relativeUrls } from '../../../src/plugins/page-stylesheets.ts';
import { collapse, renderMdx } from '../../helpers/render-mdx.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const require = createRequire(join(root, 'package.json'));

/** Compiles MDX with the site's own remark and rehype plugins, to JavaScript. */
async function compileLikeTheSite(mdx: string): Promise<string> {
  return String(await compile(mdx, { remarkPlugins: [remarkFrontmatter, ...remarkPlugins], rehypePlugins }));
}

describe('KaTeX is one package, served by the site', () => {
  it('rehype-katex, remark-math and the site resolve the same katex, the version package.json pins', () => {
    const katexOf = (from: string) => realpathSync(createRequire(from).resolve('katex/package.json'));
    const site = katexOf(join(root, 'package.json'));
    const rehypeKatex = require.resolve('rehype-katex');
    const micromarkMath = createRequire(require.resolve('remark-math')).resolve('micromark-extension-math');
    expect(katexOf(rehypeKatex)).toBe(site);
    expect(katexOf(micromarkMath)).toBe(site);
    const pinned = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies.katex;
    expect((JSON.parse(readFileSync(site, 'utf8')) as { version: string }).version).toBe(pinned);
    // The stylesheet the site serves is the one next to that package.
    expect(realpathSync(katexStylesheetPath())).toBe(join(dirname(site), 'dist/katex.min.css'));
  });

  it('copies KaTeX’s stylesheet with every font it refers to, in a folder named by their hash', () => {
    const css = readFileSync(katexStylesheetPath(), 'utf8');
    const fonts = relativeUrls(css);
    expect(fonts.length).toBeGreaterThanOrEqual(20);
    expect(fonts.every((url) => /^fonts\/KaTeX_[\w-]+\.(woff2|woff|ttf)$/.test(url))).toBe(true);
    const { url, files } = collectStylesheet('katex', katexStylesheetPath());
    expect(url).toMatch(/^assets\/katex\.[0-9a-f]{8}\/katex\.min\.css$/);
    const folder = url.slice(0, url.lastIndexOf('/'));
    expect([...files.keys()].sort()).toEqual([url, ...fonts.map((font) => `${folder}/${font}`)].sort());
    // No CDN: the stylesheet refers only to those relative files.
    expect(css).not.toMatch(/url\(\s*['"]?(?:https?:)?\/\//);
  });

  it('relativeUrls skips data:, absolute and external URLs', () => {
    expect(
      relativeUrls('a{src:url(fonts/a.woff2) format("woff2"),url("b.woff?v=1"),url(data:font/woff2;base64,AA),url(/c.woff),url(https://cdn.example/d.woff)}'),
    ).toEqual(['b.woff', 'fonts/a.woff2']);
  });
});

describe('KaTeX’s stylesheet goes only to pages with math', () => {
  it('a page with $…$ math imports it and renders KaTeX markup', async () => {
    const js = await compileLikeTheSite('# T\n\nThe budget is $1 - \\text{SLO}$.\n');
    expect(js).toContain(JSON.stringify(KATEX_STYLESHEET_COMPONENT));
    expect(js).toContain('"katex"');
  });

  it('a page without math does not', async () => {
    const js = await compileLikeTheSite('# T\n\nNo formulas here.\n');
    expect(js).not.toContain(KATEX_STYLESHEET_COMPONENT);
    expect(js).not.toContain('katex');
  });

  it('the "$5 and $10" fixture page: no math, no stylesheet, the prices as typed', async () => {
    const dir = join(root, 'test/fixtures/generator/prices-dollars');
    const page = readFileSync(join(dir, 'expected/questions/pay-5-10-month-two.mdx'), 'utf8');
    const js = await compileLikeTheSite(page);
    expect(js).not.toContain(KATEX_STYLESHEET_COMPONENT);
    expect(js).not.toContain('katex');
    const rendered = await renderMdx(page);
    const source = readFileSync(join(dir, 'input.txt'), 'utf8');
    const expected = collapse(source.replace(/^1\. /, '').replace(/^ {2}• /gm, ''));
    expect(rendered.text).toBe(expected);
    expect(rendered.text).toContain('$5 and $10');
  });

  it('the SLO math guide compiles with every formula rendered, none as a KaTeX error', async () => {
    const js = await compileLikeTheSite(readFileSync(join(root, 'content/guides/slo-math.mdx'), 'utf8'));
    expect(js).toContain(JSON.stringify(KATEX_STYLESHEET_COMPONENT));
    expect(js).not.toContain('katex-error');
  });
});
