/**
 * Runs `task` once the main thread is idle (requestIdleCallback; within `timeoutMs` even on a page that never
 * idles), or at once when the reader starts interacting (a pointer press or a key), whichever comes first.
 * Returns a function that cancels it.
 */
export function whenIdleOrInteracting(task: () => void, timeoutMs = 3000): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    cancel();
    task();
  };
  const idle = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(run, { timeout: timeoutMs }) : window.setTimeout(run, 200);
  const interactions = ['pointerdown', 'keydown'] as const;
  for (const type of interactions) document.addEventListener(type, run, { capture: true, passive: true });
  function cancel() {
    done = true;
    if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idle);
    else window.clearTimeout(idle);
    for (const type of interactions) document.removeEventListener(type, run, { capture: true });
  }
  return cancel;
}
