/** Everything the emit stage turns into files: the stages' results, gathered. */
import type { RedirectRecord } from '../../contract/records.ts';
import type { SlottedQuestion, TopicDefinition } from '../document-types.ts';
import type { Guide } from '../stages/guides.ts';

export interface SiteData {
  readonly questions: readonly SlottedQuestion[];
  readonly guides: readonly Guide[];
  readonly topics: readonly TopicDefinition[];
  readonly related: ReadonlyMap<number, readonly number[]>;
  readonly redirects: readonly RedirectRecord[];
}

/** Questions of one topic in sidebar order: the order they appear in the source. */
export function questionsByPrimaryTopic(data: SiteData): Map<string, SlottedQuestion[]> {
  const byTopic = new Map<string, SlottedQuestion[]>(data.topics.map((topic) => [topic.id, []]));
  for (const question of data.questions) byTopic.get(question.classification.primary)!.push(question);
  return byTopic;
}
