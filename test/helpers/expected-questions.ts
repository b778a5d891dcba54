/**
 * The questions the site must have, read from the files people edit rather
 * than from the generator's output: the scraped source's numbered lines, then
 * the team bank's files (source/questions/, in path order) by their front
 * matter's title.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';

const repo = resolve(fileURLToPath(import.meta.url), '../../..');
const BANK = 'source/questions';

/** "7. How do you …?" lines of the source: the 52 scraped questions. */
const sourceTitles: readonly string[] = [...readFileSync(join(repo, 'source/sre-interview-questions.txt'), 'utf8').matchAll(/^\d+\. (.+)$/gm)].map((match) =>
  match[1]!.trim(),
);

/** Each team question file's title and answer (its Markdown), with the file it is in. */
export const bankQuestions: readonly { readonly file: string; readonly title: string; readonly answerMarkdown: string }[] = readdirSync(join(repo, BANK), {
  recursive: true,
  encoding: 'utf8',
})
  // Every Markdown file is a question but a README, which explains the folder.
  .filter((name) => name.endsWith('.md') && !/(?:^|\/)readme\.md$/i.test(name))
  .sort()
  .map((name) => {
    const { data, content } = matter(readFileSync(join(repo, BANK, name), 'utf8'));
    return { file: `${BANK}/${name}`, title: String(data.title).replace(/\s+/g, ' ').trim(), answerMarkdown: content };
  });

/** Every question of the site, in the site's order: the source's, then the bank's. */
export const expectedTitles: readonly string[] = [...sourceTitles, ...bankQuestions.map((question) => question.title)];
