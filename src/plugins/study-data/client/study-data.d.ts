// The data the plugin writes for /study, aliased by its configureWebpack (see ../shared/constants.ts).
declare module '@sre-study/data' {
  import type { StudyData } from '@site/src/plugins/study-data/shared/constants';
  const data: StudyData;
  export default data;
}
