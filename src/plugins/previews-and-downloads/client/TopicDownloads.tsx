import { useDoc } from '@docusaurus/plugin-content-docs/client';
import type { ReactNode } from 'react';
import topics from '@site/docs/_generated/topics.json';
import DownloadLinks from './DownloadLinks';

/** On a topic page (the generator places it): the topic's study sheet and the downloads. */
export default function TopicDownloads(): ReactNode {
  const { frontMatter, metadata } = useDoc();
  const { topic_id: topicId } = frontMatter as Record<string, unknown>;
  const questionCount = topics.reduce((sum, topic) => sum + topic.questionCount, 0);
  if (typeof topicId !== 'string') return null;
  return <DownloadLinks topic={{ id: topicId, title: metadata.title }} questionCount={questionCount} headingLevel="h2" />;
}
