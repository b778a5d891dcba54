/**
 * Rendered images are kept by a hash of everything that decides their pixels
 * (card text, fonts, renderer versions, this code's layout version), so a
 * rebuild redraws only the cards that changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { PreviewCard } from './card-layout.ts';

/** Bump when card-layout.ts, fonts.ts or png.mjs change a card's bytes. */
const CARD_DESIGN_VERSION = 2;

function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  return (require(`${name}/package.json`) as { version: string }).version;
}

export function rendererFingerprint(fontsFingerprint: string): string {
  return JSON.stringify({
    design: CARD_DESIGN_VERSION,
    fonts: fontsFingerprint,
    opentype: packageVersion('opentype.js'),
    resvg: packageVersion('@resvg/resvg-js'),
  });
}

export function cardKey(card: PreviewCard, renderer: string): string {
  return createHash('sha256').update(renderer).update('\0').update(JSON.stringify(card)).digest('hex').slice(0, 32);
}

export class ImageCache {
  constructor(private readonly dir: string) {}

  get(key: string): Buffer | undefined {
    const file = join(this.dir, `${key}.png`);
    return existsSync(file) ? readFileSync(file) : undefined;
  }

  set(key: string, png: Buffer): void {
    mkdirSync(this.dir, { recursive: true });
    const file = join(this.dir, `${key}.png`);
    const temporary = `${file}.tmp-${process.pid}`;
    writeFileSync(temporary, png);
    renameSync(temporary, file);
  }

  /** Removes images no card uses any more, so the cache does not grow with every edit. */
  keepOnly(keys: ReadonlySet<string>): void {
    if (!existsSync(this.dir)) return;
    for (const name of readdirSync(this.dir)) {
      if (!keys.has(name.replace(/\.png$/, ''))) rmSync(join(this.dir, name), { force: true });
    }
  }
}
