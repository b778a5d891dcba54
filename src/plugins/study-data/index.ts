/**
 * The questions as the Practice page (/study) uses them: the fields a session plans with and shows, written once as
 * a module its lazily loaded code imports (`@sre-study/data`), instead of the generator's whole questions.json. Only
 * wiring here: server/ picks the fields, shared/ names the module and its types.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { PluginOptions } from './options.ts';
import { generatedDataFiles, readStudySource } from './server/read-data.ts';
import { studyData } from './server/study-data.ts';
import { PLUGIN_NAME, STUDY_DATA_MODULE, type StudyData } from './shared/constants.ts';

export { validateOptions } from './options.ts';

export default function studyDataPlugin(context: LoadContext, options: PluginOptions): Plugin<StudyData> {
  let dataFile: string | undefined;
  return {
    name: PLUGIN_NAME,

    // Spread into a plain object: GeneratedDataFiles is an interface, with no index signature, so Object.values would give any[].
    getPathsToWatch: () => Object.values({ ...generatedDataFiles(context.siteDir, options.dataDir) }),

    loadContent() {
      const { questions, topics } = readStudySource(context.siteDir, options.dataDir);
      return studyData(questions, topics);
    },

    async contentLoaded({ content, actions }) {
      dataFile = await actions.createData('study-data.json', JSON.stringify(content));
    },

    configureWebpack() {
      if (!dataFile) throw new Error(`${PLUGIN_NAME}: the study data was not written before bundling; this is a bug in src/plugins/study-data/index.ts.`);
      return { resolve: { alias: { [STUDY_DATA_MODULE]: dataFile } } };
    },
  };
}
