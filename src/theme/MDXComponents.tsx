// Wraps the theme's MDX components to add the ones generated pages use.
import MDXComponents from '@theme-original/MDXComponents';
import Answer from '@site/src/components/question/Answer';
import QuestionMeta from '@site/src/components/question/QuestionMeta';
import RelatedQuestions from '@site/src/components/question/RelatedQuestions';
import PointLink from '@site/src/components/copy-link/PointLink';
import KeyPointItem from '@site/src/components/study/KeyPointItem';
import RevealAllAnswers from '@site/src/components/study/RevealAllAnswers';
import TopicProgress from '@site/src/components/study/TopicProgress';
import TopicDownloads from '@site/src/plugins/previews-and-downloads/client/TopicDownloads';

export default {
  ...MDXComponents,
  // Key points of an answer become self-check items in study mode; every other list item is the theme's.
  li: KeyPointItem,
  Answer,
  // The "#" link after each point of an answer, added by src/markdown/answer-key-points.ts.
  PointLink,
  QuestionMeta,
  RelatedQuestions,
  RevealAllAnswers,
  TopicProgress,
  TopicDownloads,
};
