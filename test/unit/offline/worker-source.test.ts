/**
 * sw.js, run as a worker would run it: a stub worker scope in node:vm records the listeners the worker adds, and
 * Workbox's own lookup says which URLs it precaches and under which key.
 */
import { Script, createContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { readWorkboxLibraries } from '../../../src/plugins/offline/server/write-offline-worker.ts';
import { workerSource, type PrecacheEntry } from '../../../src/plugins/offline/server/worker-source.ts';

// The libraries as the build reads them, so a wrong file in its list fails here too.
const LIBRARIES = await readWorkboxLibraries();

const ORIGIN = 'https://team.example';

interface WorkerScope {
  readonly listeners: Map<string, ((event: unknown) => void)[]>;
  readonly skipWaitingCalls: () => number;
  readonly cacheKeyOf: (url: string) => string | undefined;
}

/** Runs `source` in a fresh context shaped like a worker's global scope, served from `${ORIGIN}${baseUrl}sw.js`. */
function runWorker(source: string, baseUrl: string): WorkerScope {
  const listeners = new Map<string, ((event: unknown) => void)[]>();
  let skipWaitingCalls = 0;
  const scope: Record<string, unknown> = {
    URL,
    console,
    location: new URL(`${ORIGIN}${baseUrl}sw.js`),
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    skipWaiting: () => {
      skipWaitingCalls += 1;
      return Promise.resolve();
    },
  };
  scope.self = scope;
  const context = createContext(scope);
  new Script(source, { filename: 'sw.js' }).runInContext(context);
  const workbox = scope.workbox as { precaching: { getCacheKeyForURL: (url: string) => string | undefined } };
  return { listeners, skipWaitingCalls: () => skipWaitingCalls, cacheKeyOf: (url) => workbox.precaching.getCacheKeyForURL(url) };
}

const ENTRIES: PrecacheEntry[] = [
  { url: 'index.html', revision: '0cc175b9c0f1b6a831c399e269772661' },
  { url: 'questions/what-is-an-slo.html', revision: '92eb5ffee6ae2fec3ad71c777531578f' },
  { url: 'assets/js/main.f6b722a6.js', revision: null },
  // A name no site writes, to show that quotes and backslashes reach the worker as they are.
  { url: 'odd/"quoted"\\name.txt', revision: '1' },
];

describe('the worker written into the build', () => {
  test('listens for install, activate, fetch and the reload prompt’s message', () => {
    const worker = runWorker(workerSource(LIBRARIES, { baseUrl: '/sre/', entries: ENTRIES, maxRuntimeEntries: 500 }), '/sre/');
    expect([...worker.listeners.keys()].sort()).toEqual(['activate', 'fetch', 'install', 'message']);
  });

  test('precaches each entry under the base URL, keyed by its revision unless its name is hashed', () => {
    const worker = runWorker(workerSource(LIBRARIES, { baseUrl: '/sre/', entries: ENTRIES, maxRuntimeEntries: 500 }), '/sre/');
    expect(worker.cacheKeyOf(`${ORIGIN}/sre/index.html`)).toBe(`${ORIGIN}/sre/index.html?__WB_REVISION__=0cc175b9c0f1b6a831c399e269772661`);
    expect(worker.cacheKeyOf(`${ORIGIN}/sre/questions/what-is-an-slo.html`)).toBe(
      `${ORIGIN}/sre/questions/what-is-an-slo.html?__WB_REVISION__=92eb5ffee6ae2fec3ad71c777531578f`,
    );
    expect(worker.cacheKeyOf(`${ORIGIN}/sre/assets/js/main.f6b722a6.js`)).toBe(`${ORIGIN}/sre/assets/js/main.f6b722a6.js`);
    expect(worker.cacheKeyOf(new URL('odd/"quoted"\\name.txt', `${ORIGIN}/sre/`).href)).toBe(
      `${new URL('odd/"quoted"\\name.txt', `${ORIGIN}/sre/`).href}?__WB_REVISION__=1`,
    );
    // Negative controls: a file not listed, and a listed file outside the base URL, have no precache key.
    expect(worker.cacheKeyOf(`${ORIGIN}/sre/questions/not-listed.html`)).toBeUndefined();
    expect(worker.cacheKeyOf(`${ORIGIN}/index.html`)).toBeUndefined();
  });

  test('takes over only when the reload prompt asks (SKIP_WAITING), not on any other message', () => {
    const worker = runWorker(workerSource(LIBRARIES, { baseUrl: '/', entries: [], maxRuntimeEntries: 500 }), '/');
    // Workbox's router listens for messages too (CACHE_URLS): the message goes to every listener, as in a worker.
    const post = (data: unknown) => worker.listeners.get('message')!.forEach((listener) => listener({ data }));
    post({ type: 'SOMETHING_ELSE' });
    post(null);
    expect(worker.skipWaitingCalls()).toBe(0);
    post({ type: 'SKIP_WAITING' });
    expect(worker.skipWaitingCalls()).toBe(1);
  });

  test('ships no source map comment, and needs every library it joins', () => {
    const source = workerSource(LIBRARIES, { baseUrl: '/', entries: ENTRIES, maxRuntimeEntries: 500 });
    expect(source).not.toMatch(/sourceMappingURL/);
    // Negative control: without the routing library, precaching cannot load.
    const withoutRouting = workerSource({ ...LIBRARIES, routing: '' }, { baseUrl: '/', entries: ENTRIES, maxRuntimeEntries: 500 });
    expect(() => runWorker(withoutRouting, '/')).toThrow();
  });
});
