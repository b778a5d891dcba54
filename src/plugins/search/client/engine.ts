/** The search engine chunk: the searcher (with flexsearch) and the loaders of the index shards that load on demand. */
export { createSearcher } from '../shared/searcher';
export { default as shardLoaders } from '@sre-search/shard-loaders';
