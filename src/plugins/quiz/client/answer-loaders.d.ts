// The generated answer loaders, aliased by the plugin's configureWebpack (see shared/constants.ts).
declare module '@sre-quiz/answer-loaders' {
  import type { AnswerLoaders } from '@site/src/plugins/quiz/shared/constants';
  const loaders: AnswerLoaders;
  export default loaders;
}
