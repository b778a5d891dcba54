/**
 * The script that starts the app on the reader's first intent (start-app-on-intent.ts), as one file every page
 * shares instead of inline text every page repeats: about 2 KB of each page's HTML, twice per question (its page and
 * its quiz page). The file's name carries a hash of its text, so hosts cache it as immutable like the bundler's own
 * assets, and a changed script is a new URL.
 *
 * The page hands the file the app's script URLs in the tag's `data-app-scripts` attribute (space-separated: they are
 * the bundler's hashed file names), since the file is the same for every page and every build.
 */
import { createHash } from 'node:crypto';
import { STUDY_MODE_ATTRIBUTE } from '../study/study-mode.ts';
import { startAppOnIntent } from './start-app-on-intent.ts';

/** The attribute of the file's `<script>` tag that lists the app's script URLs, space-separated, in order. */
export const APP_SCRIPTS_ATTRIBUTE = 'data-app-scripts';

/**
 * The attribute of <html> the file sets as soon as it runs (`waiting`, `starting`, `ready` or `failed`): a page whose
 * start script never ran has none (the study-mode script then shows the answers again).
 */
export const APP_STATE_ATTRIBUTE = 'data-app';

/**
 * How long, after its scripts have run, the app has to hydrate before the page
 * gives up on it and shows any answer study mode hid.
 */
const APP_START_GRACE_MS = 5000;

const js = JSON.stringify;

/** The file's text: the function, called with the URLs its own tag lists. Unminified; the bundler minifies it with its own assets. */
export const startAppFileText = `(${startAppOnIntent.toString()})(document.currentScript.getAttribute(${js(APP_SCRIPTS_ATTRIBUTE)}).split(' '), ${js(STUDY_MODE_ATTRIBUTE)}, ${js(APP_STATE_ATTRIBUTE)}, ${APP_START_GRACE_MS});\n`;

/** Where the file is in the build, relative to the base URL: beside the bundler's scripts, named by its text's hash. */
export const startAppFilePath = `assets/js/start-app.${createHash('sha256').update(startAppFileText).digest('hex').slice(0, 8)}.js`;
