/**
 * The inline script every built page ends with, so that one visit installs the worker even if the reader never
 * starts the app (it starts on their first intent: src/ssr/start-app-on-intent.ts): once the page has loaded and
 * the browser is idle, it registers the worker, whose precaching then runs off the page's main thread. The app's
 * own registration (client/offline-worker.ts) registers the same worker again, which changes nothing, and adds the
 * reload prompt and the shell pages' chunks.
 */
import { SERVICE_WORKER_FILE } from '../shared/constants.ts';

export function registerWorkerScript(baseUrl: string): string {
  const js = JSON.stringify;
  return `if ('serviceWorker' in navigator) window.addEventListener('load', function () {
  var register = function () { navigator.serviceWorker.register(${js(`${baseUrl}${SERVICE_WORKER_FILE}`)}, { scope: ${js(baseUrl)} }).catch(function () {}); };
  if (window.requestIdleCallback) window.requestIdleCallback(register, { timeout: 10000 }); else setTimeout(register, 2000);
});`;
}
