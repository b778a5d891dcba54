export const PLUGIN_NAME = 'offline';

/** The worker's file in the build, next to index.html: its scope is the whole site under the base URL. */
export const SERVICE_WORKER_FILE = 'sw.js';
export const WEB_APP_MANIFEST_FILE = 'manifest.webmanifest';

/** Set on <html> (`data-offline-ready="true"`) once the worker is active, that is once its precache is complete. */
export const OFFLINE_READY_ATTRIBUTE = 'data-offline-ready';

/** What the reload prompt posts to a waiting worker; Workbox's generated worker then calls skipWaiting(). */
export const SKIP_WAITING_MESSAGE = { type: 'SKIP_WAITING' } as const;

/** What the plugin hands the client: the shell pages' site paths, whose route chunks the client loads once the worker runs. */
export interface OfflineGlobalData {
  readonly shellPages: readonly string[];
}
