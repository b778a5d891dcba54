/**
 * The text of sw.js: Workbox's own browser builds of the five libraries the worker uses, then the few lines that
 * configure them. Pure: write-offline-worker.ts reads the libraries and writes the file.
 *
 * Why not workbox-build's generateSW: it bundles the same libraries with rollup, Babel and terser on every build,
 * 2.3 to 3.5 s whatever the site's size. Workbox publishes each library already built for a worker
 * (`build/workbox-<name>.prod.js`, each setting `self.workbox.<name>`), so joining them is enough.
 */
import { SKIP_WAITING_MESSAGE } from '../shared/constants.ts';

/** In load order: each library reads the ones before it from `self.workbox` as it loads. */
export const WORKBOX_LIBRARIES = ['core', 'routing', 'strategies', 'precaching', 'expiration'] as const;
export type WorkboxLibrary = (typeof WORKBOX_LIBRARIES)[number];

/** A precached file: its URL relative to the worker, and a revision unless its name holds a content hash. */
export interface PrecacheEntry {
  readonly url: string;
  readonly revision: string | null;
}

export interface WorkerConfig {
  readonly baseUrl: string;
  readonly entries: readonly PrecacheEntry[];
  /** Most pages and assets kept by the runtime caches, each. */
  readonly maxRuntimeEntries: number;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The browser builds end with a source map comment; the maps are not shipped. */
const withoutSourceMapComment = (library: string): string => library.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '');

const entryLiteral = ({ url, revision }: PrecacheEntry): string => `{url:${JSON.stringify(url)},revision:${JSON.stringify(revision)}}`;

export function workerSource(libraries: Readonly<Record<WorkboxLibrary, string>>, config: WorkerConfig): string {
  const { baseUrl, entries, maxRuntimeEntries } = config;
  const expiration = `plugins:[new expiration.ExpirationPlugin({maxEntries:${maxRuntimeEntries}})]`;
  const configuration = `(() => {
  'use strict';
  const { core, routing, strategies, precaching, expiration } = self.workbox;
  // A new worker waits until the reader accepts the reload prompt, which posts this message; the first one takes the page at once.
  self.addEventListener('message', (event) => {
    if (event.data && event.data.type === ${JSON.stringify(SKIP_WAITING_MESSAGE.type)}) self.skipWaiting();
  });
  core.clientsClaim();
  // '/sre/questions/x' is answered with the precached 'questions/x.html' (cleanURLs), '/sre/' with 'index.html',
  // whatever the query ('?study=1', '?q='): every precached URL is a file name, never a query.
  precaching.precacheAndRoute([${entries.map(entryLiteral).join(',\n')}], { directoryIndex: 'index.html', ignoreURLParametersMatching: [/./] });
  precaching.cleanupOutdatedCaches();
  // Pages not precached (print sheets; every page but the shell on a very large site): the network first, then the copy last seen.
  routing.registerRoute(
    ({ request }) => request.mode === 'navigate',
    new strategies.NetworkFirst({ cacheName: ${JSON.stringify(`offline-pages${baseUrl}`)}, ${expiration} }),
    'GET',
  );
  // Hashed assets not precached (other font formats; route chunks in shell mode): they never change, so the cache first.
  routing.registerRoute(
    new RegExp(${JSON.stringify(`${escapeRegExp(baseUrl)}assets/`)}),
    new strategies.CacheFirst({ cacheName: ${JSON.stringify(`offline-assets${baseUrl}`)}, ${expiration} }),
    'GET',
  );
})();
`;
  return [...WORKBOX_LIBRARIES.map((name) => withoutSourceMapComment(libraries[name])), configuration].join('\n');
}
