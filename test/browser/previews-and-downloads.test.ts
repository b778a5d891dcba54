/**
 * Link previews, preview images, downloads, print sheets and robots.txt on the
 * site built under /sre/ with SITE_URL http://127.0.0.1 (global-setup.ts).
 * Expectations come from docs/_generated, never from the code that wrote the
 * files: the TSV and CSV are read back with parsers written here.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SITE_URL } from './global-setup.ts';
import { useBrowser } from './helpers/browser.ts';
import { baseUrl, normalise, questions, sitePath, topics, urlFor, visibleText, type Question } from './helpers/site.ts';
import { expectedTitles } from '../helpers/expected-questions.ts';
import { startApp } from './helpers/app.ts';

const origin = new URL(baseUrl).origin;
/** What a chat app reads: the built HTML's URLs are made from SITE_URL and the base path, not from the test server's port. */
const publishedUrl = (permalink: string): string => TEST_SITE_URL + sitePath(permalink);

async function fetchOk(path: string): Promise<Response> {
  const response = await fetch(origin + path);
  expect(response.status, `${path} answers`).toBe(200);
  return response;
}

function elements(tree: Root | Element, tagName: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === tagName) found.push(child);
      visit(child);
    }
  };
  visit(tree);
  return found;
}

/** Every <meta> by its property or name, with all its values, so duplicates show. */
async function metaTags(permalink: string): Promise<{ meta: Map<string, string[]>; canonical: string[] }> {
  const tree = fromHtml(await (await fetchOk(sitePath(permalink))).text());
  const meta = new Map<string, string[]>();
  for (const element of elements(tree, 'meta')) {
    const key = element.properties.property ?? element.properties.name;
    if (key === undefined) continue;
    meta.set(String(key), [...(meta.get(String(key)) ?? []), String(element.properties.content)]);
  }
  const canonical = elements(tree, 'link')
    .filter((link) => link.properties.rel?.includes('canonical'))
    .map((link) => String(link.properties.href));
  return { meta, canonical };
}

const PREVIEW_KEYS = [
  'og:title',
  'og:description',
  'og:url',
  'og:type',
  'og:image',
  'og:image:width',
  'og:image:height',
  'og:image:alt',
  'twitter:card',
  'twitter:image',
  'description',
];

function expectOnce(meta: Map<string, string[]>, page: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of PREVIEW_KEYS) {
    expect(meta.get(key) ?? [], `${key} on ${page}`).toHaveLength(1);
    values[key] = meta.get(key)![0]!;
  }
  return values;
}

/** The answer's first line, cut to its first sentence (what a preview should say), or that sentence's first 199 characters. */
function expectFirstSentence(description: string, question: Question): void {
  const first = question.answer.split('\n')[0]!;
  expect(description.length).toBeLessThanOrEqual(200);
  if (description.endsWith('…')) {
    const kept = description.slice(0, -1);
    expect(first.startsWith(kept), description).toBe(true);
    expect(first.length).toBeGreaterThan(kept.length);
  } else {
    expect(first.startsWith(description), description).toBe(true);
    expect(description === first || /[.!?]$/.test(description), description).toBe(true);
  }
}

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('latin1'), 'first chunk').toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('link previews', () => {
  it('every question page has each preview tag once: the question, its first sentence, absolute URLs', async () => {
    for (const question of questions) {
      const { meta, canonical } = await metaTags(question.permalink);
      const tags = expectOnce(meta, question.permalink);
      expect(tags['og:title']).toBe(question.title);
      expectFirstSentence(tags['og:description']!, question);
      expect(tags.description).toBe(tags['og:description']);
      expect(canonical).toEqual([publishedUrl(question.permalink)]);
      expect(tags['og:url']).toBe(publishedUrl(question.permalink));
      expect(tags['og:type']).toBe('article');
      expect(tags['twitter:card']).toBe('summary_large_image');
      expect(tags['og:image']).toBe(publishedUrl(question.previewImage));
      expect(tags['twitter:image']).toBe(tags['og:image']);
      expect([tags['og:image:width'], tags['og:image:height']]).toEqual(['1200', '630']);
      expect(tags['og:image:alt']).toContain(question.title);
    }
  });

  it('topic pages and the home page have their own title, description and image', async () => {
    for (const topic of topics) {
      const tags = expectOnce((await metaTags(topic.permalink)).meta, topic.permalink);
      expect(tags['og:title']).toBe(topic.title);
      expect(tags['og:description']).toBe(topic.description);
      expect(tags['og:image']).toBe(publishedUrl(topic.previewImage));
      expect(tags['og:url']).toBe(publishedUrl(topic.permalink));
    }
    const { meta, canonical } = await metaTags('/');
    const home = expectOnce(meta, '/');
    expect(home['og:title']).toBe('SRE Interview Questions');
    expect(home['og:type']).toBe('website');
    expect(home['og:image']).toBe(publishedUrl('/img/og/site.png'));
    expect(canonical).toEqual([publishedUrl('/')]);
  });

  it('preview images exist, are 1200×630 PNGs and differ per question', async () => {
    const hashes = new Map<string, string>();
    for (const { previewImage } of [...questions, ...topics, { previewImage: '/img/og/site.png' }]) {
      const response = await fetchOk(sitePath(previewImage));
      expect(response.headers.get('content-type')).toMatch(/^image\/png/);
      const png = Buffer.from(await response.arrayBuffer());
      expect(pngSize(png), previewImage).toEqual({ width: 1200, height: 630 });
      hashes.set(previewImage, createHash('sha256').update(png).digest('hex'));
    }
    expect(new Set(hashes.values()).size).toBe(questions.length + topics.length + 1);
  });

  it('robots.txt allows everything and names the absolute sitemap, which lists every question', async () => {
    const robots = await (await fetchOk(sitePath('/robots.txt'))).text();
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
    expect(robots).toContain(`Sitemap: ${publishedUrl('/sitemap.xml')}\n`);
    const sitemap = await (await fetchOk(sitePath('/sitemap.xml'))).text();
    for (const question of questions) expect(sitemap).toContain(`<loc>${publishedUrl(question.permalink)}</loc>`);
    // The print sheets repeat the answers; only the question pages should be listed.
    expect(sitemap).not.toContain('/print/');
  });
});

/** RFC 4180 reader, written for this test: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"' && field === '') quoted = true;
    else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else field += character;
  }
  if (field !== '' || row.length > 0) throw new Error('the CSV does not end with CRLF');
  return rows;
}

/** Anki's view of the TSV: header lines start with #, one note per line, tab-separated, HTML fields. */
function parseAnkiTsv(text: string): { headers: string[]; notes: { front: string; backBlocks: string[]; tags: string[] }[] } {
  const lines = text.split('\n');
  expect(lines.pop()).toBe('');
  const headers = lines.filter((line) => line.startsWith('#'));
  const notes = lines
    .filter((line) => !line.startsWith('#'))
    .map((line) => {
      const fields = line.split('\t');
      expect(fields, line.slice(0, 80)).toHaveLength(3);
      const back = fromHtml(fields[1]!, { fragment: true });
      return {
        front: toText(fromHtml(fields[0]!, { fragment: true })),
        backBlocks: [...elements(back, 'p'), ...elements(back, 'li')]
          .sort((a, b) => a.position!.start.offset! - b.position!.start.offset!)
          .map((element) => toText(element)),
        tags: fields[2]!.split(' '),
      };
    });
  return { headers, notes };
}

const byNumber = [...questions].sort((a, b) => a.id - b.id);
const topicTitle = (id: string) => topics.find((topic) => topic.id === id)!.title;

describe('downloads', () => {
  it('the Anki TSV reads back to one note per question: the question, the same answer, topic tags', async () => {
    const response = await fetchOk(sitePath('/downloads/sre-questions-anki.tsv'));
    const { headers, notes } = parseAnkiTsv(await response.text());
    expect(headers).toEqual(['#separator:tab', '#html:true', '#tags column:3']);
    expect(notes).toHaveLength(expectedTitles.length);
    expect(notes).toHaveLength(questions.length);
    notes.forEach((note, index) => {
      const question = byNumber[index]!;
      expect(note.front).toBe(question.title);
      expect(note.backBlocks.join('\n')).toBe(question.answer);
      expect(note.tags).toEqual([question.primaryTopic, ...question.secondaryTopics].map((id) => `sre::${id}`));
    });
  });

  it('the CSV reads back to a header and one row per question with the same answers and absolute links', async () => {
    const bytes = Buffer.from(await (await fetchOk(sitePath('/downloads/sre-questions.csv'))).arrayBuffer());
    expect(bytes.subarray(0, 3).toString('hex'), 'UTF-8 byte order mark, for Excel').toBe('efbbbf');
    const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(header).toEqual(['number', 'question', 'topics', 'kind', 'answer', 'url']);
    expect(rows).toHaveLength(expectedTitles.length);
    expect(rows).toEqual(
      byNumber.map((question) => [
        String(question.id),
        question.title,
        [question.primaryTopic, ...question.secondaryTopics].map(topicTitle).join('; '),
        question.kind,
        question.answer,
        publishedUrl(question.permalink),
      ]),
    );
  });

  it('the home page and every topic page link the study sheets and the downloads', async () => {
    const links = async (permalink: string) =>
      elements(fromHtml(await (await fetchOk(sitePath(permalink))).text()), 'a').map((link) => String(link.properties.href));
    const home = await links('/');
    for (const path of ['/print/all', '/downloads/sre-questions-anki.tsv', '/downloads/sre-questions.csv']) expect(home).toContain(sitePath(path));
    for (const topic of topics) {
      const onTopic = await links(topic.permalink);
      expect(onTopic, topic.permalink).toContain(sitePath(`/print/${topic.id}`));
      expect(onTopic).toContain(sitePath('/downloads/sre-questions-anki.tsv'));
    }
  });
});

describe('printable study sheets', () => {
  const browser = useBrowser();
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'print-sheet-'));
  });
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  /** Answer lines as a reader finds them on paper: whitespace-insensitive. */
  const answerLines = (question: Question) => question.answer.split('\n').map(normalise).filter(Boolean);
  /**
   * pdftotext joins a word hyphenated at a line's end ("follow-" + "up" → "followup"),
   * so PDF text is compared without spaces or hyphens.
   */
  const squeeze = (text: string) => text.replace(/[\s\u00ad-]+/g, '');

  function pdfText(pdf: Buffer): { text: string; pages: number } {
    const file = join(scratch, 'sheet.pdf');
    writeFileSync(file, pdf);
    let text: string;
    try {
      text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    } catch (error) {
      throw new Error(`pdftotext failed or is missing: install it with \`apt-get install poppler-utils\` (.ci/run does). ${(error as Error).message}`);
    }
    return { text: normalise(text.replace(/\f/g, ' ')), pages: text.split('\f').filter((page) => page.trim()).length };
  }

  it('/print/all printed to PDF by Chromium lists every question, then shows every answer in full', async () => {
    const page = await browser.session.openPage();
    try {
      await page.goto(urlFor('/print/all'), { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const { text, pages } = pdfText(pdf);
      expect(pages).toBeGreaterThan(1);
      const squeezed = squeeze(text);
      for (const question of questions) {
        expect(squeezed, `question ${question.id}'s title`).toContain(squeeze(question.title));
        for (const line of answerLines(question)) expect(squeezed, `question ${question.id}'s answer`).toContain(squeeze(line));
      }
      // The questions come first: every title is listed before the first answer's text.
      const firstAnswer = squeezed.indexOf(squeeze(answerLines(questions[0]!)[0]!));
      for (const question of questions) expect(squeezed.indexOf(squeeze(question.title))).toBeLessThan(firstAnswer);
      // Navigation and the sheet's own controls are not printed.
      expect(text).not.toContain('Print or save as PDF');
      expect(text).not.toContain('Practice');
    } finally {
      await page.close();
    }
  });

  it('a topic sheet in study mode, printed, shows every answer of the topic and hides the navigation', async () => {
    const topic = topics[0]!;
    const page = await browser.session.openPage();
    try {
      await page.goto(`${urlFor(`/print/${topic.id}`)}?study=1`, { waitUntil: 'load' });
      await startApp(page, { timeout: 15_000 });
      expect(await page.locator('html').getAttribute('data-study-mode')).toBe('study');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('nav.navbar').isVisible()).toBe(false);
      expect(await page.locator('footer').isVisible()).toBe(false);
      const sections = page.locator('section[id^="answer-"]');
      expect(await sections.count()).toBe(topic.questionIds.length);
      const visible = await visibleText(page.locator('main'));
      for (const id of topic.questionIds) {
        for (const line of answerLines(questions.find((question) => question.id === id)!)) expect(visible).toContain(line);
      }
      const { pages } = pdfText(await page.pdf({ format: 'A4' }));
      expect(pages).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});
