/** Shared by the plugin (server) and its theme components (client). */
export const PLUGIN_NAME = 'sre-search';

/**
 * Module names the plugin aliases to its generated index files. The client
 * imports them dynamically with these literals (bundlers need literals), so
 * the bundler emits each as a content-hashed chunk that loads on demand.
 */
export const INDEX_MODULES = {
  questions: '@sre-search/questions',
  answers: '@sre-search/answers',
} as const;

/**
 * The module the plugin aliases to its generated shard loaders: one dynamic
 * import per shard that loads on demand (none while the index fits its two
 * files), each its own content-hashed chunk `search-<key>`.
 */
export const SHARD_LOADERS_MODULE = '@sre-search/shard-loaders';

/** What the theme components read with `usePluginData(PLUGIN_NAME)`. */
export interface SearchGlobalData {
  /** Site path of the search page without the base URL, e.g. `/search`. */
  readonly searchPagePath: string;
  readonly navbarResults: number;
}

/** Results the search page shows at first and adds with "Show more": highlighting thousands of results on every keystroke would lag. */
export const SEARCH_PAGE_STEP = 50;
