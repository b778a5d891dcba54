/**
 * Quiz pages: `/quiz/<slug>` for every question, showing the question with
 * its answer hidden. The page's HTML carries no answer text: each answer is
 * a JSON file of the build, fetched only when the reader reveals it. See
 * README.md, "Sharing". Only wiring here: server/ builds the data, client/
 * renders it.
 */
import { fileURLToPath } from 'node:url';
import type { LoadContext, Plugin, RouteConfig } from '@docusaurus/types';
import type { PluginOptions } from './options.ts';
import { quizDataFiles, quizPages, quizPagesBySlug, type QuizPage } from './server/quiz-pages.ts';
import { generatedDataFiles, readQuizSource } from './server/read-data.ts';
import { PLUGIN_NAME } from './shared/constants.ts';
import { EmitAssetsPlugin } from '../emit-assets-plugin.ts';
import { QUIZ_FOLDER } from '../../../contract/urls.ts';

export { validateOptions } from './options.ts';

export default function quizPlugin(context: LoadContext, options: PluginOptions): Plugin<QuizPage[]> {
  return {
    name: PLUGIN_NAME,

    getThemePath: () => fileURLToPath(new URL('./client/theme', import.meta.url)),

    // Spread into a plain object: GeneratedDataFiles is an interface, with no index signature, so Object.values would give any[].
    getPathsToWatch: () => Object.values({ ...generatedDataFiles(context.siteDir, options.dataDir) }),

    loadContent() {
      const { questions, topics } = readQuizSource(context.siteDir, options.dataDir);
      return quizPages(questions, topics);
    },

    async contentLoaded({ content, actions }) {
      // The pages' (small, spoiler-free) data in files of 50 pages, each route given its own page's file (see QUIZ_PAGES_PER_FILE).
      const routes: RouteConfig[] = [];
      for (const { file, pages } of quizDataFiles(content)) {
        const quizzes = await actions.createData(file, JSON.stringify(quizPagesBySlug(pages)));
        for (const page of pages)
          routes.push({ path: `${context.baseUrl}${page.path.slice(1)}`, component: '@theme/QuizPage', exact: true, modules: { quizzes } });
      }
      // Under one parent route (see @theme/QuizRoutes): thousands of top-level routes made every page's route matching slow.
      actions.addRoute({ path: `${context.baseUrl}${QUIZ_FOLDER.slice(1)}`, component: '@theme/QuizRoutes', exact: false, routes });
    },

    // The answers are files of the client build, not modules: a module and a chunk per question made the bundler's
    // memory and time grow with the bank (README.md "Build time and size").
    configureWebpack: (_config, isServer, _utils, content) => (isServer ? {} : { plugins: [new EmitAssetsPlugin(content.map((page) => page.answerFile))] }),
  };
}
