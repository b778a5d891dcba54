/**
 * Registers the worker, marks the page offline-ready once it is active, and
 * offers a reload when a new deployment's worker is installed and waiting.
 * The new worker takes over only when the reader accepts, so a page never
 * mixes one deployment's scripts with another's.
 */
import { OFFLINE_READY_ATTRIBUTE, SERVICE_WORKER_FILE, SKIP_WAITING_MESSAGE } from '../shared/constants';
import { showReloadPrompt } from './reload-prompt';

export async function startOfflineWorker(baseUrl: string, shellPages: readonly string[]): Promise<void> {
  const workers = navigator.serviceWorker;
  let reloadAccepted = false;
  // The first worker takes control of the page too (clientsClaim): that is no reason to reload, an accepted update is.
  workers.addEventListener('controllerchange', () => {
    if (reloadAccepted) window.location.reload();
  });

  const registration = await workers.register(`${baseUrl}${SERVICE_WORKER_FILE}`, { scope: baseUrl });
  const offerReload = (waiting: ServiceWorker): void =>
    showReloadPrompt(() => {
      reloadAccepted = true;
      waiting.postMessage(SKIP_WAITING_MESSAGE);
    });
  // A worker that has installed while another controls the page is a new deployment; without a controller it is the first.
  const offerWhenInstalled = (worker: ServiceWorker | null): void =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && workers.controller) offerReload(worker);
    });
  if (registration.waiting && workers.controller) offerReload(registration.waiting);
  // The browser looks for a new worker on every navigation, so one may already be installing before register() resolves.
  offerWhenInstalled(registration.installing);
  registration.addEventListener('updatefound', () => offerWhenInstalled(registration.installing));
  // Readers keep a tab open for days: look for a new deployment whenever they come back to it (offline, the check just fails).
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
  });

  await workers.ready;
  if (!workers.controller) await new Promise((controlled) => workers.addEventListener('controllerchange', controlled, { once: true }));
  // The shell pages' route chunks, through the worker: precached already for a whole site, cached now for a very large one.
  const docusaurus = (window as { docusaurus?: { preload: (path: string) => Promise<unknown> } }).docusaurus;
  if (docusaurus) await Promise.allSettled(shellPages.map((path) => docusaurus.preload(`${baseUrl}${path.slice(1)}`)));
  document.documentElement.setAttribute(OFFLINE_READY_ATTRIBUTE, 'true');
}
