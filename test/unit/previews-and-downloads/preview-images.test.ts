/** Preview cards for the real questions: every one fits its card, and a drawn card is a 1200×630 PNG. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readShareData } from '../../../src/plugins/previews-and-downloads/server/generated-data.ts';
import { layoutCard } from '../../../src/plugins/previews-and-downloads/server/preview-image/card-layout.ts';
import { previewImageSpecs } from '../../../src/plugins/previews-and-downloads/server/preview-image/image-specs.ts';
import { loadFonts, measureWith } from '../../../src/plugins/previews-and-downloads/server/preview-image/fonts.ts';
import { generatePreviewImages } from '../../../src/plugins/previews-and-downloads/server/preview-image/render-with-cache.ts';
import { assertServedAsStatic } from '../../../src/plugins/previews-and-downloads/server/static-files.ts';
import { PREVIEW_IMAGE_SIZE } from '../../../src/plugins/previews-and-downloads/shared/paths.ts';
import { generateFromText } from '../../helpers/run-generator.ts';
import { SITE_DATA_DIR } from '../../../contract/records.ts';

const data = readShareData(process.cwd(), SITE_DATA_DIR);
const site = { title: 'SRE Interview Questions', tagline: 'Interview questions with model answers.' };
const fonts = loadFonts();
const measures = { regular: measureWith(fonts, 400), bold: measureWith(fonts, 700) };
const cacheDir = mkdtempSync(join(tmpdir(), 'preview-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('preview cards', () => {
  const specs = previewImageSpecs(data, site, '/img/og/site.png');

  it('one image per question and topic, plus the site’s, each at its own path', () => {
    expect(specs).toHaveLength(data.questions.length + data.topics.length + 1);
    expect(new Set(specs.map((spec) => spec.path)).size).toBe(specs.length);
    for (const question of data.questions) expect(specs.some((spec) => spec.path === `/img/og/${question.slug}.png`)).toBe(true);
  });

  it('a question’s card shows its title and topic and no answer text', () => {
    for (const question of data.questions) {
      const { card } = specs.find((spec) => spec.path === question.previewImage)!;
      expect(card.title).toBe(question.title);
      expect(card.eyebrow).toBe(data.topics.find((topic) => topic.id === question.primaryTopic)!.title);
      expect(card.subtitle).toBeUndefined();
      const shown = Object.values(card).join('\n');
      for (const line of question.answer.split('\n')) if (line.length > 20) expect(shown).not.toContain(line);
    }
  });

  it('every real question fits its card without being cut, at a readable size', () => {
    for (const { card } of specs) {
      const layout = layoutCard(card, measures);
      expect(layout.title.truncated, card.title).toBe(false);
      expect(layout.title.fontSize).toBeGreaterThanOrEqual(40);
      expect(layout.title.lines.join(' ')).toBe(card.title.split(/\s+/).join(' '));
    }
  });

  it('a very long title is shrunk, then cut with an ellipsis, never overflowing', () => {
    const layout = layoutCard({ eyebrow: 'Topic', title: 'word '.repeat(200).trim(), footer: 'Site' }, measures);
    expect(layout.title.truncated).toBe(true);
    expect(layout.title.lines.at(-1)).toMatch(/…$/);
    for (const line of layout.title.lines) expect(measures.bold(line, layout.title.fontSize)).toBeLessThan(PREVIEW_IMAGE_SIZE.width - 144);
  });

  it('draws 1200×630 PNGs that differ per card, and reuses the cache on the next run', async () => {
    const some = [...specs.slice(0, 2), specs.at(-1)!];
    const first = await generatePreviewImages(some, cacheDir);
    expect(first.rendered).toBe(3);
    const pngs = [...first.files.values()];
    for (const png of pngs) expect(pngSize(png)).toEqual(PREVIEW_IMAGE_SIZE);
    expect(new Set(pngs.map((png) => png.toString('base64'))).size).toBe(3);
    const second = await generatePreviewImages(some, cacheDir);
    expect(second.rendered).toBe(0);
    expect([...second.files.values()]).toEqual(pngs);
    // A card that changes is drawn again, and the stale cache entry is dropped.
    const changed = [{ ...some[0]!, card: { ...some[0]!.card, title: `${some[0]!.card.title} (reworded)` } }, ...some.slice(1)];
    expect((await generatePreviewImages(changed, cacheDir)).rendered).toBe(1);
    expect(readdirSync(cacheDir)).toHaveLength(3);
  }, 60_000);
});

describe('share plugin setup', () => {
  it('says how to fix an output folder that is not served', () => {
    expect(() => assertServedAsStatic(['static'], '/site', 'node_modules/.cache/sre-previews-and-downloads/static')).toThrowErrorMatchingInlineSnapshot(
      `[Error: previews-and-downloads plugin: its outputDir "node_modules/.cache/sre-previews-and-downloads/static" is not in siteConfig.staticDirectories, so its images and downloads would not be served. Add it in docusaurus.config.ts: staticDirectories: ['static', 'node_modules/.cache/sre-previews-and-downloads/static'].]`,
    );
    expect(() =>
      assertServedAsStatic(
        ['static', './node_modules/.cache/sre-previews-and-downloads/static'],
        '/site',
        'node_modules/.cache/sre-previews-and-downloads/static',
      ),
    ).not.toThrow();
  });

  it('the generator’s image paths are the ones the plugin draws', () => {
    const result = generateFromText('1. What is toil?\n\nWork that scales with the service.\n');
    const questions = JSON.parse(result.files.get('_generated/questions.json')!) as { slug: string; previewImage: string }[];
    expect(questions[0]!.previewImage).toBe(`/img/og/${questions[0]!.slug}.png`);
    expect(result.files.get(`questions/${questions[0]!.slug}.mdx`)).toContain(`image: "/img/og/${questions[0]!.slug}.png"`);
  });
});
