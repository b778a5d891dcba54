import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { readQuestionFrontMatter, type QuestionFrontMatter } from './frontMatter';

export function useQuestion(): QuestionFrontMatter | undefined {
  const { frontMatter } = useDoc();
  return readQuestionFrontMatter(frontMatter);
}
