/**
 * Runs `task` once, as soon as the reader starts interacting with the page: the first pointer press (mouse, pen or
 * touch), key press or click anywhere, seen before the page's own handlers. A click counts on its own because a
 * press made before the app ran is replayed as a click alone (src/ssr/start-app-on-intent.ts). Returns a function
 * that cancels it.
 */
export function onFirstInteraction(task: () => void): () => void {
  const interactions = ['pointerdown', 'keydown', 'click'] as const;
  const run = () => {
    cancel();
    task();
  };
  function cancel() {
    for (const type of interactions) document.removeEventListener(type, run, { capture: true });
  }
  for (const type of interactions) document.addEventListener(type, run, { capture: true, passive: true });
  return cancel;
}
