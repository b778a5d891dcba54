/**
 * What the plugin's server and client code share about the files it serves.
 * Their URLs (preview images, downloads, print sheets) are the contract's:
 * contract/urls.ts.
 */
export const PLUGIN_NAME = 'previews-and-downloads';

/** Every preview image is this size: what Slack, Teams and X show as a large card. */
export const PREVIEW_IMAGE_SIZE = { width: 1200, height: 630 } as const;
