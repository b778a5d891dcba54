import { SourceError } from '../../source-errors.ts';
import type { TopicDefinition } from '../../document-types.ts';
import { decodeBankFile, type BankFile } from './bank-files.ts';
import { parseYaml } from './front-matter.ts';

const ID_FORMAT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FIELDS = ['id', 'title', 'description', 'keywords', 'order'];
const EXAMPLE = '`- id: databases`, `  title: Databases`, `  description: "…"`, `  keywords: [postgres, replication]`';

/**
 * Topics a team declares in its bank's topics.yml, a YAML list of
 * `{ id, title, description, keywords, order }`. They join the site's topics:
 * their keywords classify every question, scraped ones included, and a topic
 * without `order` comes after the site's, in the order declared.
 */
export function parseBankTopics(files: readonly BankFile[], siteTopics: readonly TopicDefinition[], errors: SourceError[]): TopicDefinition[] {
  const declared: TopicDefinition[] = [];
  const whereDeclared = new Map<string, string>(siteTopics.map((topic) => [topic.id, 'one of the site’s topics']));
  let nextOrder = Math.max(0, ...siteTopics.map((topic) => topic.order)) + 1;
  for (const file of files) {
    const text = decodeBankFile(file, errors);
    if (text === undefined) continue;
    const data = parseYaml(text, file.path, 1, 'the topic file');
    if (data instanceof SourceError) {
      errors.push(data);
      continue;
    }
    if (!Array.isArray(data) || data.length === 0) {
      errors.push(new SourceError(file.path, 1, 'the file is not a list of topics', `write a YAML list, one entry per topic: ${EXAMPLE}; or delete the file`));
      continue;
    }
    const entries: unknown[] = data;
    const entryLines = text.split('\n').flatMap((line, index) => (/^-\s/.test(line) ? [index + 1] : []));
    entries.forEach((entry, index) => {
      const line = entryLines[index] ?? 1;
      const problem = (what: string, hint: string) => errors.push(new SourceError(file.path, line, what, hint));
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
        problem(`topic ${index + 1} is not a set of fields`, `write each topic as a list entry: ${EXAMPLE}`);
        return;
      }
      const { id, title, description, keywords = [], order } = entry as Record<string, unknown>;
      const unknown = Object.keys(entry).filter((key) => !FIELDS.includes(key));
      if (unknown.length > 0) problem(`topic ${index + 1} has unknown fields: ${unknown.join(', ')}`, `use only ${FIELDS.join(', ')}`);
      if (typeof id !== 'string' || !ID_FORMAT.test(id)) {
        problem(
          `topic ${index + 1} has no valid \`id\` (${JSON.stringify(id)})`,
          'give it an id of lowercase letters, digits and hyphens, like `databases`: it becomes the URL /topics/<id>',
        );
        return;
      }
      const earlier = whereDeclared.get(id);
      if (earlier !== undefined) {
        problem(`topic "${id}" is already declared (${earlier})`, 'give it another id, or use the existing topic in your questions’ `topics`');
        return;
      }
      whereDeclared.set(id, `${file.path}:${line}`);
      if (typeof title !== 'string' || title.trim() === '')
        problem(`topic "${id}" has no \`title\``, 'add `title: …`, the name shown in the sidebar and on the home page');
      if (typeof description !== 'string' || description.trim() === '') {
        problem(`topic "${id}" has no \`description\``, 'add `description: …`, one or two sentences for its topic page');
      }
      if (!Array.isArray(keywords) || !keywords.every((keyword) => typeof keyword === 'string' && keyword.trim() !== '')) {
        problem(`topic "${id}"'s \`keywords\` is not a list of words`, 'write it like `keywords: [postgres, replication lag]`, or leave it out');
      }
      if (order !== undefined && (typeof order !== 'number' || !Number.isFinite(order))) {
        problem(`topic "${id}"'s \`order\` is not a number`, 'write a number (the site’s topics use 1 to 9), or leave it out to list it after them');
      }
      declared.push({
        id,
        title: String(title),
        description: String(description),
        order: typeof order === 'number' ? order : nextOrder++,
        keywords: Array.isArray(keywords) ? keywords.map(String) : [],
      });
    });
  }
  return declared;
}
