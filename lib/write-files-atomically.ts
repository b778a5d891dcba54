import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * Replaces `outDir` with exactly `files`. Everything is written to a sibling
 * temporary folder first and swapped in with renames, so a failure part-way
 * leaves the previous pages untouched and never a half-written folder.
 */
export function writeFolderAtomically(outDir: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  const target = resolve(outDir);
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = `${target}.tmp-${suffix}`;
  const previous = `${target}.old-${suffix}`;
  mkdirSync(dirname(target), { recursive: true });
  try {
    for (const [path, content] of files) {
      const file = join(staging, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
    const hadPrevious = existsSync(target);
    if (hadPrevious) renameSync(target, previous);
    try {
      renameSync(staging, target);
    } catch (error) {
      if (hadPrevious) renameSync(previous, target);
      throw error;
    }
    if (hadPrevious) rmSync(previous, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Writes one file by renaming a complete temporary copy over it. */
export function writeFileAtomically(path: string, content: string): void {
  const temporary = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Paths that differ between `files` and what `outDir` holds: changed, missing or extra. */
export function staleFiles(outDir: string, files: ReadonlyMap<string, string>): string[] {
  const onDisk = existsSync(outDir) ? listFiles(outDir) : [];
  const stale = new Set<string>();
  for (const [path, content] of files) {
    const file = join(outDir, path);
    if (!existsSync(file) || readFileSync(file, 'utf8') !== content) stale.add(path);
  }
  for (const path of onDisk) if (!files.has(path)) stale.add(path);
  return [...stale].sort();
}

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}
