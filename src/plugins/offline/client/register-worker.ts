/**
 * Client module (every page's main.js, so kept to a few lines): once the page
 * has loaded and the browser is idle, loads the worker's registration code,
 * which is its own chunk. Nothing here runs on the first view's critical path.
 */
import siteConfig from '@generated/docusaurus.config';
import globalData from '@generated/globalData';
import { PLUGIN_NAME, type OfflineGlobalData } from '../shared/constants';

function whenLoadedAndIdle(run: () => void): void {
  const idle = (): void => void (window.requestIdleCallback ? window.requestIdleCallback(run, { timeout: 10_000 }) : window.setTimeout(run, 2_000));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

if (typeof window !== 'undefined' && 'serviceWorker' in navigator) {
  whenLoadedAndIdle(
    () =>
      void import(/* webpackChunkName: "offline-worker" */ './offline-worker').then(({ startOfflineWorker }) =>
        startOfflineWorker(siteConfig.baseUrl, (globalData[PLUGIN_NAME]?.default as OfflineGlobalData | undefined)?.shellPages ?? []),
      ),
  );
}
