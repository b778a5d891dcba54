/**
 * Docusaurus's MDX loader compiles each file once for both compilations: the client's compiles it, and the server's
 * takes the client's result from a cross-compiler cache, a Map shared in memory. A bank bundled one compilation per
 * process has no memory in common, so the cache goes through a folder instead: the client's process writes each
 * file's compiled code there, and the server's process, run after it, reads it back. The server's compilation gets the
 * same code it would get in one process, without compiling any MDX itself.
 *
 * Both objects are shaped as the loader uses its cache (@docusaurus/mdx-loader/lib/loader.js, loadMDXWithCaching):
 * the client's side calls `get`, then `set` with the promise of its result; the server's side calls `get` and, given
 * an entry, returns its promise.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CrossCompilerCacheEntry {
  readonly promise: Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

export interface CrossCompilerCache {
  get(key: string): CrossCompilerCacheEntry | undefined;
  set(key: string, entry: CrossCompilerCacheEntry): unknown;
  delete(key: string): boolean;
}

/** The file that holds a resource's compiled code (the loader's key is the resource: its path and query). */
const compiledMdxFile = (dir: string, resource: string): string => join(dir, `${createHash('sha256').update(resource).digest('hex').slice(0, 32)}.js`);

const ignored = (): void => {};

/** For the client's process: lets the loader compile, and writes each result to `dir` before the loader returns it. */
export function compiledMdxWriter(dir: string): CrossCompilerCache {
  mkdirSync(dir, { recursive: true });
  return {
    get: () => undefined,
    set(resource, { promise }) {
      // Attached before the loader awaits the same promise, so the file is written before the loader hands the code on,
      // and before the process can exit after bundling. A failed compilation is the loader's to report.
      promise.then((code) => writeFileSync(compiledMdxFile(dir, resource), String(code)), ignored);
    },
    delete: () => true,
  };
}

/**
 * For the server's process: every MDX resource's code, as the client's process wrote it to `dir`. A resource it did
 * not write fails that file's compilation, naming the folder, instead of waiting forever for a client that is not there.
 */
export function compiledMdxReader(dir: string): CrossCompilerCache {
  return {
    get(resource) {
      const file = compiledMdxFile(dir, resource);
      let promise: Promise<string>;
      try {
        promise = Promise.resolve(readFileSync(file, 'utf8'));
      } catch (error) {
        promise = Promise.reject(
          new Error(
            `${resource}: ${dir} holds no compiled code for it (${file}). The server's compilation, bundled alone, takes each MDX file's code ` +
              "from the client's process, which must bundle first into the same folder: run `npm run build` (deploy/build-site.ts), not the steps by hand.",
            { cause: error },
          ),
        );
      }
      return { promise, resolve: ignored, reject: ignored };
    },
    set: () => undefined,
    delete: () => true,
  };
}
