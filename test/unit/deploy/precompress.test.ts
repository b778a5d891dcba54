import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCompressible, precompress } from '../../../deploy/build-files/precompress.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'precompress-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const page = `<!doctype html><title>x</title>${'<p>An error budget is what the SLO allows to fail.</p>\n'.repeat(200)}`;

describe('precompress', () => {
  it('writes .br and .gz copies that decompress to the file, and reports the sizes', async () => {
    const file = join(dir, 'index.html');
    await writeFile(file, page);
    const summary = await precompress([file]);
    expect(brotliDecompressSync(await readFile(`${file}.br`)).toString()).toBe(page);
    expect(gunzipSync(await readFile(`${file}.gz`)).toString()).toBe(page);
    expect(summary).toEqual({
      files: 1,
      skipped: 0,
      bytes: { original: Buffer.byteLength(page), gzip: (await readFile(`${file}.gz`)).length, brotli: (await readFile(`${file}.br`)).length },
    });
    expect(summary.bytes.brotli).toBeLessThan(Buffer.byteLength(page) / 10);
  });

  it('leaves a tiny file alone and removes a stale copy of it', async () => {
    const file = join(dir, 'robots.txt');
    await writeFile(file, 'User-agent: *\nAllow: /\n');
    await writeFile(`${file}.br`, 'stale');
    const summary = await precompress([file]);
    expect(existsSync(`${file}.br`), 'stale .br removed').toBe(false);
    expect(existsSync(`${file}.gz`)).toBe(false);
    expect(summary.skipped).toBe(1);
    expect(summary.files).toBe(0);
  });

  it('names the file it could not compress', async () => {
    await expect(precompress([join(dir, 'missing.js')])).rejects.toThrow(/missing\.js: could not write its compressed copies/);
  });
});

describe('isCompressible', () => {
  it('picks text formats and leaves compressed formats out', () => {
    for (const file of ['a.html', 'b.js', 'c.css', 'd.json', 'e.svg', 'sitemap.xml', 'robots.txt', 'site.webmanifest'])
      expect(isCompressible(file), file).toBe(true);
    for (const file of ['a.png', 'b.woff2', 'c.woff', 'd.html.br', 'e.js.gz', 'f.jpg']) expect(isCompressible(file), file).toBe(false);
  });
});
