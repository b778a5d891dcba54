/**
 * Local search: builds a flexsearch index from the generated question data
 * and adds the navbar search box and the /search page. See README.md,
 * "Search". Only wiring here: the work is in server/ (build time), client/
 * (theme components) and shared/ (the engine both use).
 */
import { fileURLToPath } from 'node:url';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { PluginOptions } from './options.ts';
import { buildSearchIndex, type SearchIndexFiles } from './server/build-index.ts';
import { generatedDataFiles, readGeneratedData } from './server/generated-data.ts';
import { shardLoadersModule } from './server/shard-loaders.ts';
import { INDEX_MODULES, PLUGIN_NAME, type SearchGlobalData, SHARD_LOADERS_MODULE } from './shared/constants.ts';
import { CHUNK_NAMES, type ChunkName } from './shared/fields.ts';
import type { TopicLink } from './shared/types.ts';

export { validateOptions } from './options.ts';

interface Content {
  readonly index: SearchIndexFiles;
  readonly topics: readonly TopicLink[];
}

export default function searchPlugin(context: LoadContext, options: PluginOptions): Plugin<Content> {
  const indexFiles = new Map<ChunkName, string>();
  let shardLoadersFile: string | undefined;
  return {
    name: PLUGIN_NAME,

    getThemePath: () => fileURLToPath(new URL('./client/theme', import.meta.url)),

    // Spread into a plain object: GeneratedDataFiles is an interface, with no index signature, so Object.values would give any[].
    getPathsToWatch: () => Object.values({ ...generatedDataFiles(context.siteDir, options.dataDir) }),

    loadContent() {
      const data = readGeneratedData(context.siteDir, options.dataDir);
      return {
        index: buildSearchIndex(data.questions, data.topics, { excerptLength: options.excerptLength }),
        topics: data.topics.map(({ id, title, permalink }) => ({ id, title, permalink })),
      };
    },

    async contentLoaded({ content, actions }) {
      for (const chunk of CHUNK_NAMES) indexFiles.set(chunk, await actions.createData(`search-${chunk}.json`, JSON.stringify(content.index[chunk])));
      for (const [key, shard] of content.index.shards) await actions.createData(`search-${key}.json`, JSON.stringify(shard));
      shardLoadersFile = await actions.createData('search-shard-loaders.js', shardLoadersModule([...content.index.shards.keys()]));
      actions.setGlobalData({ searchPagePath: `/${options.routePath}`, navbarResults: options.navbarResults } satisfies SearchGlobalData);
      // The topics are a route module: loaded with the search page only, and rendered into its static HTML.
      const topics = await actions.createData('search-page-topics.json', JSON.stringify(content.topics));
      actions.addRoute({ path: `${context.baseUrl}${options.routePath}`, component: '@theme/SearchPage', exact: true, modules: { topics } });
    },

    configureWebpack() {
      const alias = Object.fromEntries(
        CHUNK_NAMES.map((chunk) => {
          const file = indexFiles.get(chunk);
          if (!file) throw new Error(`${PLUGIN_NAME}: the ${chunk} index was not written before bundling; this is a bug in src/plugins/search/index.ts.`);
          return [INDEX_MODULES[chunk], file];
        }),
      );
      if (!shardLoadersFile)
        throw new Error(`${PLUGIN_NAME}: the shard loaders were not written before bundling; this is a bug in src/plugins/search/index.ts.`);
      alias[SHARD_LOADERS_MODULE] = shardLoadersFile;
      return {
        resolve: { alias },
        // flexsearch's bundle mentions import.meta.dirname for its Node worker support, which the browser never runs.
        ignoreWarnings: [{ module: /node_modules[\\/]flexsearch[\\/]/, message: /import\.meta\.dirname/ }],
      };
    },
  };
}
