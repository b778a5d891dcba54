/**
 * Draws cards on worker threads (render-worker.mjs), one per core: drawing is CPU-bound (about 100 ms a card), so a
 * site of thousands of questions draws its images on every core instead of one, and the main thread stays free for
 * the other plugins' work meanwhile. The element tree is built here from measured text; the workers only draw it.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { PREVIEW_IMAGE_SIZE } from '../../shared/paths.ts';
import { cardElement, layoutCard, type PreviewCard, type Fonts } from './card-layout.ts';
import { FONT_FAMILY, type LoadedFont } from './fonts.ts';

type Reply = { id: number; png: Uint8Array } | { id: number; error: string };

export interface CardRenderer {
  render(card: PreviewCard, measures: Fonts): Promise<Buffer>;
  /** Stops the workers; call it when every card is drawn. */
  close(): Promise<void>;
}

/** Starts `threads` workers (one per core by default, never more than there are cards to draw). */
export function startCardRenderer(fonts: readonly LoadedFont[], threads = availableParallelism()): CardRenderer {
  const workerData = { ...PREVIEW_IMAGE_SIZE, fonts: fonts.map(({ name, data, weight, style }) => ({ name, data, weight, style })) };
  const workers = Array.from({ length: Math.max(1, threads) }, () => new Worker(new URL('./render-worker.mjs', import.meta.url), { workerData }));
  const pending = new Map<number, { resolve: (png: Buffer) => void; reject: (error: Error) => void }>();
  const fail = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  for (const worker of workers) {
    worker.on('message', (reply: Reply) => {
      const job = pending.get(reply.id);
      pending.delete(reply.id);
      if ('error' in reply) job?.reject(new Error(`Drawing a preview image failed: ${reply.error}`));
      else job?.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
    });
    worker.on('error', (error) => fail(new Error('A preview-image worker crashed (render-worker.mjs).', { cause: error })));
  }
  let next = 0;
  return {
    render(card, measures) {
      const id = next++;
      const element = cardElement(layoutCard(card, measures), FONT_FAMILY);
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        // Round robin: every card costs about the same, so no worker idles while another has a queue.
        workers[id % workers.length]!.postMessage({ id, element });
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
