/**
 * Docusaurus's <Link> prefetches a page's code as soon as the link scrolls into view: each visible link matches the
 * route table and appends <link rel="prefetch"> tags, all in the one task that delivers the intersection callbacks.
 * On a page with dozens of links (the home page, a topic) that task ran for 60–90 ms on a 4× slower phone, right
 * after hydration, and counted as blocking time. This queues those prefetches and runs them while the main thread is
 * idle, one link at a time: the code still arrives before a click, and hovering a link still preloads it
 * at once (Link's `preload`, untouched).
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

/** window.docusaurus, as @docusaurus/module-type-aliases declares it. */
type DocusaurusGlobal = Window['docusaurus'];

function deferPrefetches(docusaurus: DocusaurusGlobal): DocusaurusGlobal {
  const queue: string[] = [];
  let scheduled = false;
  const whenIdle = (run: () => void) => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 4000 });
    else window.setTimeout(run, 100);
  };
  const drain = () => {
    scheduled = false;
    // One link per idle callback: a single prefetch (route matching, then a <link> per chunk) already takes a few ms.
    const next = queue.shift();
    if (next !== undefined) void docusaurus.prefetch(next);
    if (queue.length > 0) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    whenIdle(drain);
  };
  return {
    ...docusaurus,
    prefetch(routePath) {
      queue.push(routePath);
      schedule();
      return false;
    },
  };
}

if (ExecutionEnvironment.canUseDOM) {
  // Client modules run while main.js is evaluated, before Docusaurus sets window.docusaurus in the same script;
  // a microtask runs once that script has finished, and before any link can be seen (hydration waits for the
  // page's chunks to load).
  queueMicrotask(() => {
    if (window.docusaurus) window.docusaurus = deferPrefetches(window.docusaurus);
  });
}
