import matter from 'gray-matter';
import { SourceError, throwIfAny } from '../source-errors.ts';
import type { TopicDefinition } from '../document-types.ts';

/**
 * Hand-written reference pages ("guides") that belong to a topic, such as the
 * SLO maths page. They live in content/guides/<slug>.mdx, are copied into the
 * site at /guides/<slug>, listed first in their topic's sidebar group and on
 * its topic page, and linked from the questions they name.
 */
export interface GuideFile {
  /** Path as shown to the user, e.g. content/guides/slo-math.mdx. */
  readonly path: string;
  readonly text: string;
}

export interface Guide {
  readonly slug: string;
  readonly path: string;
  readonly title: string;
  readonly topic: string;
  /** Stable question ids (short-link numbers) whose pages link here. */
  readonly questions: readonly number[];
  readonly text: string;
}

const SLUG_FORMAT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Checks each guide's front matter against the topics and questions, reporting every problem at once. */
export function parseGuides(files: readonly GuideFile[], topics: readonly TopicDefinition[], questionIds: readonly number[]): Guide[] {
  const topicIds = topics.map((topic) => topic.id);
  const errors: SourceError[] = [];
  const guides: Guide[] = [];
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const slug = /([^/]+)\.mdx$/.exec(file.path)?.[1] ?? '';
    let data: Record<string, unknown>;
    try {
      data = matter(file.text).data;
    } catch (cause) {
      errors.push(new SourceError(file.path, 1, 'the front matter is not valid YAML', 'fix the block between the two `---` lines', { cause }));
      continue;
    }
    const { title, topic, questions = [] } = data as { title?: unknown; topic?: unknown; questions?: unknown };
    if (!SLUG_FORMAT.test(slug)) {
      errors.push(
        new SourceError(
          file.path,
          undefined,
          `"${slug}" is not a valid page name`,
          'name the file with lowercase letters, digits and hyphens, like slo-math.mdx',
        ),
      );
    }
    if (typeof title !== 'string' || title.trim() === '') {
      errors.push(new SourceError(file.path, 1, 'the front matter has no `title`', 'add `title: "…"` to the front matter'));
    }
    if (typeof topic !== 'string' || !topicIds.includes(topic)) {
      errors.push(new SourceError(file.path, 1, `the front matter's \`topic\` is ${JSON.stringify(topic)}`, `set \`topic\` to one of: ${topicIds.join(', ')}`));
    }
    if (!Array.isArray(questions) || !questions.every((id) => Number.isInteger(id))) {
      errors.push(
        new SourceError(
          file.path,
          1,
          "the front matter's `questions` must be a list of question numbers",
          'write it like `questions: [3, 29]`, using the numbers in source/slugs.lock.json',
        ),
      );
    } else {
      const unknown = questions.filter((id) => !questionIds.includes(id as number));
      if (unknown.length > 0) {
        errors.push(
          new SourceError(
            file.path,
            1,
            `the front matter's \`questions\` names no such question: ${unknown.join(', ')}`,
            'use the numbers ("id") in source/slugs.lock.json',
          ),
        );
      }
    }
    guides.push({ slug, path: file.path, title: String(title), topic: String(topic), questions: questions as number[], text: file.text });
  }
  throwIfAny(errors);
  return guides;
}
