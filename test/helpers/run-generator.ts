import { EMPTY_LOCK, type SlugLock } from '../../generator/stages/assign-slugs.ts';
import type { GuideFile } from '../../generator/stages/guides.ts';
import { generate, type GenerateResult } from '../../generator/generate-site.ts';

export function generateFromText(
  text: string | Uint8Array,
  lock: SlugLock = EMPTY_LOCK,
  sourceFile = 'input.txt',
  guides: readonly GuideFile[] = [],
): GenerateResult {
  const sourceBytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return generate({ sourceBytes, sourceFile, lock, lockFile: 'slugs.lock.json', guides });
}

export function questionPages(result: GenerateResult): [string, string][] {
  return [...result.files].filter(([path]) => path.startsWith('questions/'));
}
