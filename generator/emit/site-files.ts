/** The emit stage: every generated file, keyed by its path under docs/. Pure: the CLI writes them. */
import { GENERATED_DATA_DIR, GENERATED_FILES } from '../../contract/records.ts';
import { json, questionRecord, sidebarCategory, topicRecord } from './data-records.ts';
import { serializeQuestion, type SiteIndex } from './question-page.ts';
import { questionsByPrimaryTopic, type SiteData } from './site-data.ts';
import { serializeTopicPages } from './topic-page.ts';

/** Generated files, keyed by path relative to the output folder. */
export type OutputFiles = Map<string, string>;

export function serializeSite(data: SiteData): OutputFiles {
  const files: OutputFiles = new Map();
  const byTopic = questionsByPrimaryTopic(data);
  const topicsInOrder = [...data.topics].sort((a, b) => a.order - b.order);
  const guidesOf = (topicId: string) => data.guides.filter((guide) => guide.topic === topicId);

  const index: SiteIndex = {
    topicById: new Map(data.topics.map((topic) => [topic.id, topic])),
    questionByNumber: new Map(data.questions.map((question) => [question.number, question])),
  };
  for (const inTopic of byTopic.values()) {
    inTopic.forEach((question, position) => {
      const neighbours = { previous: inTopic[position - 1], next: inTopic[position + 1] };
      files.set(`questions/${question.slug}.mdx`, serializeQuestion(question, data, index, neighbours));
    });
  }
  for (const topic of topicsInOrder) {
    const secondary = data.questions.filter((question) => question.classification.secondary.includes(topic.id));
    for (const [docId, mdx] of serializeTopicPages(topic, byTopic.get(topic.id)!, secondary, guidesOf(topic.id))) files.set(`${docId}.mdx`, mdx);
  }
  for (const guide of data.guides) files.set(`guides/${guide.slug}.mdx`, guide.text);

  const dataFile = (name: string) => `${GENERATED_DATA_DIR}/${name}`;
  files.set(dataFile(GENERATED_FILES.sidebar), json(topicsInOrder.map((topic) => sidebarCategory(topic, byTopic.get(topic.id)!, guidesOf(topic.id)))));
  files.set(dataFile(GENERATED_FILES.topics), json(topicsInOrder.map((topic) => topicRecord(topic, byTopic.get(topic.id)!))));
  files.set(dataFile(GENERATED_FILES.questions), json(data.questions.map((question) => questionRecord(question, data.topics))));
  files.set(dataFile(GENERATED_FILES.redirects), json(data.redirects));
  return files;
}
