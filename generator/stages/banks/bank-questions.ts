import { isQuestionKind, QUESTION_KINDS } from '../../../contract/records.ts';
import { SourceError } from '../../source-errors.ts';
import type { ParsedQuestion, TopicDefinition } from '../../document-types.ts';
import { parseAnswerMarkdown } from './answer-markdown.ts';
import { BANK_TOPICS_FILE, decodeBankFile, type BankFile } from './bank-files.ts';
import { parseFrontMatter } from './front-matter.ts';

const FIELDS = ['title', 'topics', 'kind'];
const SLUG_FORMAT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** `source/questions/on-call-handoff.md` → `on-call-handoff`. */
const fileSlug = (path: string) => path.replace(/^.*\//, '').replace(/\.md$/, '');
/** The primary topic and up to two more, as the classifier gives. */
const MAX_TOPICS = 3;

/**
 * Team questions, one Markdown file each: front matter with `title`, and
 * optionally `topics` (primary first) and `kind`, then the answer. They are
 * numbered after the scraped source's, `firstNumber` on, in the order given.
 * Every problem of every file is collected into `errors`.
 */
export function parseBankQuestions(
  files: readonly BankFile[],
  topics: readonly TopicDefinition[],
  firstNumber: number,
  errors: SourceError[],
): ParsedQuestion[] {
  const topicIds = topics.map((topic) => topic.id);
  const questions: ParsedQuestion[] = [];
  for (const file of files) {
    const text = decodeBankFile(file, errors);
    if (text === undefined) continue;
    const parsed = parseFrontMatter(text, file.path);
    if (parsed instanceof SourceError) {
      errors.push(parsed);
      continue;
    }
    const problem = (field: string, what: string, hint: string) => errors.push(new SourceError(file.path, parsed.lineOf(field), what, hint));
    const { title, topics: declaredTopics, kind } = parsed.data;

    for (const field of Object.keys(parsed.data).filter((key) => !FIELDS.includes(key))) {
      problem(
        field,
        `unknown front matter field \`${field}\``,
        `use only ${FIELDS.join(', ')}: \`title\` is required, the others may be left to the classifier`,
      );
    }
    const titleText = typeof title === 'string' ? title.replace(/\s+/g, ' ').trim() : '';
    if (titleText === '') {
      problem(
        'title',
        title === undefined ? 'the front matter has no `title`' : 'the `title` is empty or not text',
        'add the question as `title: "How do you …?"` between the `---` lines',
      );
    }

    const topicList = declaredTopics === undefined ? undefined : typeof declaredTopics === 'string' ? [declaredTopics] : declaredTopics;
    const topicHint = `use ids from this list: ${topicIds.join(', ')}; or declare a new topic in ${BANK_TOPICS_FILE}; or leave \`topics\` out to let the classifier choose`;
    if (topicList !== undefined) {
      if (!Array.isArray(topicList) || topicList.length === 0 || !topicList.every((id) => typeof id === 'string')) {
        problem('topics', '`topics` is not a list of topic ids', `write it like \`topics: [${topicIds.slice(0, 2).join(', ')}]\`, primary topic first`);
      } else {
        const unknown = topicList.filter((id) => !topicIds.includes(id));
        if (unknown.length > 0) problem('topics', `unknown topic${unknown.length === 1 ? '' : 's'} ${unknown.map((id) => `"${id}"`).join(', ')}`, topicHint);
        if (new Set(topicList).size !== topicList.length) problem('topics', '`topics` names a topic twice', 'name each topic once, primary first');
        if (topicList.length > MAX_TOPICS)
          problem('topics', `\`topics\` names ${topicList.length} topics`, `name at most ${MAX_TOPICS}: the primary topic, then up to two more`);
      }
    }
    if (kind !== undefined && !isQuestionKind(kind)) {
      problem(
        'kind',
        `unknown kind ${JSON.stringify(kind)}`,
        `use one of: ${QUESTION_KINDS.join(', ')}; or leave \`kind\` out ("Tell me about a time…" questions are behavioural, the rest technical)`,
      );
    }

    const answer = parseAnswerMarkdown(parsed.body, file.path, parsed.bodyLine);
    errors.push(...answer.errors);
    if (parsed.body.trim() === '') {
      errors.push(
        new SourceError(file.path, parsed.closingLine, 'the answer is empty', 'write the answer below the closing `---`: paragraphs, lists, code or math'),
      );
    }
    questions.push({
      number: firstNumber + questions.length,
      file: file.path,
      line: parsed.lineOf('title'),
      title: titleText,
      blocks: answer.blocks,
      ...(SLUG_FORMAT.test(fileSlug(file.path)) ? { preferredSlug: fileSlug(file.path) } : {}),
      declared: {
        ...(Array.isArray(topicList) ? { topics: topicList as string[] } : {}),
        ...(isQuestionKind(kind) ? { kind } : {}),
      },
    });
  }
  return questions;
}

/**
 * A team question whose title repeats an earlier question's (the scraped
 * source's or another bank's), naming both places.
 */
export function duplicateTitleErrors(earlier: readonly ParsedQuestion[], team: readonly ParsedQuestion[]): SourceError[] {
  const key = (title: string) => title.toLowerCase().replace(/\s+/g, ' ').trim();
  const seen = new Map(earlier.map((question) => [key(question.title), question]));
  const errors: SourceError[] = [];
  for (const question of team) {
    if (question.title === '') continue;
    const first = seen.get(key(question.title));
    if (first) {
      errors.push(
        new SourceError(
          question.file,
          question.line,
          `the title "${question.title}" is already used by ${first.file}:${first.line}`,
          'reword one of the two, or merge their answers and delete one',
        ),
      );
    } else {
      seen.set(key(question.title), question);
    }
  }
  return errors;
}
