// The generated index files, aliased by the plugin's configureWebpack (see shared/constants.ts).
declare module '@sre-search/questions' {
  import type { QuestionsChunk } from '@site/src/plugins/search/shared/types';
  const chunk: QuestionsChunk;
  export default chunk;
}
declare module '@sre-search/answers' {
  import type { AnswersChunk } from '@site/src/plugins/search/shared/types';
  const chunk: AnswersChunk;
  export default chunk;
}
declare module '@sre-search/shard-loaders' {
  import type { ExcerptBlock, StoredBlock, TermShard } from '@site/src/plugins/search/shared/types';
  const loaders: Readonly<Record<string, () => Promise<{ default: TermShard | StoredBlock | ExcerptBlock }>>>;
  export default loaders;
}
