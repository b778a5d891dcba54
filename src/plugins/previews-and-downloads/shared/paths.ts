/**
 * The stable URLs of what this plugin serves, under the site's base URL.
 * Question and topic preview images are named by the generator
 * (generator/stages/assign-slugs.ts, `previewImagePath`): `img/og/<slug>.png` and
 * `img/og/topics/<topic>.png`.
 */
export const PLUGIN_NAME = 'share';

/** Every preview image is this size: what Slack, Teams and X show as a large card. */
export const PREVIEW_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The home page's (and every other page's default) preview image. */
export const SITE_PREVIEW_IMAGE = '/img/og/site.png';

export const DOWNLOADS = {
  anki: { path: '/downloads/sre-questions-anki.tsv', label: 'Anki deck (TSV)' },
  csv: { path: '/downloads/sre-questions.csv', label: 'Spreadsheet (CSV)' },
} as const;

export const PRINT_ALL = 'all';

/** `/print/all` for every question, `/print/<topic>` for one topic's. */
export function printSheetPath(topicId: string = PRINT_ALL): string {
  return `/print/${topicId}`;
}
