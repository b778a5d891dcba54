/**
 * resvg, loaded so that its allocator keeps freed memory for a second. resvg's native module allocates with its own
 * mimalloc, which hands freed memory back to the system 10 ms after it is freed. Every preview card takes fresh pixmaps
 * of 3 MB, and on a virtual machine taking those pages back from the system cost more than the drawing: the
 * 52-question build drew its 62 cards in 1.38 s by default and in 1.09 s with freed memory kept (README.md "Build time
 * and size"). mimalloc reads the option from the process's environment once, when the module first loads in the process,
 * on whichever thread: every use of resvg in the build goes through here, so the option is set before that.
 */
import { createRequire } from 'node:module';

/** mimalloc's option: how long freed memory is kept before it goes back to the system, in milliseconds. */
const RESVG_PURGE_DELAY_ENV = 'MIMALLOC_PURGE_DELAY';
const KEEP_FREED_MEMORY_MS = '1000';

/** Sets the option unless the reader's environment already does; call it before resvg loads, on any thread. */
export function keepResvgFreedMemory(): void {
  process.env[RESVG_PURGE_DELAY_ENV] ??= KEEP_FREED_MEMORY_MS;
}

/** resvg, for this thread; worker threads import it themselves, after their parent called keepResvgFreedMemory. */
export function loadResvg(): typeof import('@resvg/resvg-js') {
  keepResvgFreedMemory();
  return createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
}
