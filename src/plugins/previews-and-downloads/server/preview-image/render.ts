/**
 * Draws cards on worker threads (render-worker.mjs), one per core: rasterising and encoding are CPU-bound (about
 * 25 ms a card), so a site of thousands of questions draws its images on every core instead of one. The card's SVG is
 * written here, from measured text set as outlines (card-layout.ts); the workers only rasterise it.
 *
 * Each worker gets its next card only when it has sent back the last one. Between two cards its event loop then
 * turns, which is when Node runs the finalizers that free resvg's native pixmaps (3 MB a card): drawn back to back
 * with no turn of the event loop, as a plain `for … await` loop does, 2,000 cards kept about 6 GB alive.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { keepResvgFreedMemory } from '../../../../../lib/resvg.ts';
import { cardSvg, layoutCard, type Outlines, type PreviewCard } from './card-layout.ts';

type Reply = { png: Uint8Array } | { error: string };

interface Job {
  readonly svg: string;
  readonly resolve: (png: Buffer) => void;
  readonly reject: (error: Error) => void;
}

export interface CardRenderer {
  render(card: PreviewCard, outlines: Outlines): Promise<Buffer>;
  /** Stops the workers; call it when every card is drawn. */
  close(): Promise<void>;
}

/** Starts `threads` workers (one per core by default). */
export function startCardRenderer(threads = availableParallelism()): CardRenderer {
  // Before the first worker loads resvg: see lib/resvg.ts.
  keepResvgFreedMemory();
  const queue: Job[] = [];
  const idle: { worker: Worker; current?: Job }[] = [];
  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const slot = idle.pop()!;
      slot.current = queue.shift()!;
      slot.worker.postMessage(slot.current.svg);
    }
  };
  const slots = Array.from({ length: Math.max(1, threads) }, () => {
    const slot: { worker: Worker; current?: Job } = { worker: new Worker(new URL('./render-worker.mjs', import.meta.url)) };
    slot.worker.on('message', (reply: Reply) => {
      const job = slot.current;
      slot.current = undefined;
      idle.push(slot);
      if ('error' in reply) job?.reject(new Error(`Drawing a preview image failed: ${reply.error}`));
      else job?.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
      dispatch();
    });
    slot.worker.on('error', (error) => {
      const failure = new Error('A preview-image worker crashed (render-worker.mjs).', { cause: error });
      slot.current?.reject(failure);
      for (const job of queue.splice(0)) job.reject(failure);
    });
    return slot;
  });
  idle.push(...slots);
  return {
    render(card, outlines) {
      const svg = cardSvg(layoutCard(card, { regular: outlines.regular.width, bold: outlines.bold.width }), outlines);
      return new Promise((resolve, reject) => {
        queue.push({ svg, resolve, reject });
        dispatch();
      });
    },
    async close() {
      await Promise.all(slots.map(({ worker }) => worker.terminate()));
    },
  };
}
