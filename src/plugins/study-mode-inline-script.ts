/**
 * Study mode must hide answers before the page first paints, or every page
 * load would flash the answer the reader is about to test themselves on. React
 * starts too late for that, so this plugin puts a small inline script at the
 * top of <body> that applies the mode rule of src/study/study-mode.ts (the
 * script embeds `modeFromValues` itself, so the two cannot drift) by setting
 * <html data-study-mode="study">; CSS does the rest.
 *
 * Without JavaScript the script never runs and every answer stays visible. If
 * JavaScript runs but the app fails to start, answers hidden behind a "Reveal"
 * button that cannot work would be unreadable: the script that starts the app
 * (src/ssr/start-app-on-intent.ts) then removes the attribute again. That
 * script is a file of its own (src/ssr/start-app-file.ts); if the page has
 * loaded and it never ran (it failed to load), this script removes the
 * attribute itself. `docusaurus start` links no such file and starts the app at
 * once, so the check is left out there.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { APP_SCRIPTS_ATTRIBUTE, APP_STATE_ATTRIBUTE } from '../ssr/start-app-file.ts';
import { modeFromValues, STUDY_MODE_ATTRIBUTE, STUDY_MODE_STORAGE_KEY, STUDY_QUERY_PARAM } from '../study/study-mode.ts';

export function studyModeInlineScript(storageType: string, storageKey: string): string {
  const js = JSON.stringify;
  return `(function () {
  try {
    var root = document.documentElement;
    var modeFromValues = ${modeFromValues.toString()};
    var stored = null;
    // Storage can be blocked (it then throws); a link's ?study= must still work.
    try {
      stored = window[${js(storageType)}].getItem(${js(storageKey)});
    } catch (error) {}
    var state = modeFromValues(new URLSearchParams(window.location.search).get(${js(STUDY_QUERY_PARAM)}), stored);
    if (state.mode !== 'study') return;
    root.setAttribute(${js(STUDY_MODE_ATTRIBUTE)}, 'study');
    window.addEventListener('load', function () {
      if (document.querySelector('script[${APP_SCRIPTS_ATTRIBUTE}]') && !root.hasAttribute(${js(APP_STATE_ATTRIBUTE)})) root.removeAttribute(${js(STUDY_MODE_ATTRIBUTE)});
    });
  } catch (error) {}
})();`;
}

export default function studyModeInlineScriptPlugin(context: LoadContext): Plugin {
  const { type, namespace } = context.siteStorage;
  return {
    name: 'study-mode-inline-script',
    injectHtmlTags() {
      return {
        preBodyTags: [{ tagName: 'script', innerHTML: studyModeInlineScript(type, `${STUDY_MODE_STORAGE_KEY}${namespace}`) }],
      };
    },
  };
}
