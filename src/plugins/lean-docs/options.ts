// The docs plugin's own options, validated by the docs plugin itself: this plugin only wraps it.
export { validateOptions } from '@docusaurus/plugin-content-docs';
export type { Options as UserOptions, PluginOptions } from '@docusaurus/plugin-content-docs';
