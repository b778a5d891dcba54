// Wraps the theme's MDX components to add the ones generated question pages use.
import MDXComponents from '@theme-original/MDXComponents';
import Answer from '@site/src/components/question/Answer';
import QuestionMeta from '@site/src/components/question/QuestionMeta';
import RelatedQuestions from '@site/src/components/question/RelatedQuestions';

export default {
  ...MDXComponents,
  Answer,
  QuestionMeta,
  RelatedQuestions,
};
