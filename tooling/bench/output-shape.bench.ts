/**
 * npm run bench:shape -- [--dir build] [--site .]
 *
 * The output's shape for a built site, to check that no page grows with the
 * bank (issue 14): the largest question page's HTML, the home page's, the
 * largest topic page's (every page of a paged topic counts), the print
 * sheets' pages, the sidebar links a question page's HTML carries (collapsed
 * categories render none), and what a first search downloads (engine, index
 * files and the shards it asks for, for every evaluation query; see
 * first-search-files.ts). All gzip -9, as tooling/browser/first-view.ts
 * counts HTML. A figure, not a pass/fail. Run it with the docs/ the build
 * was made from still in place.
 *
 * At scale: `npm run bench:source -- --questions 2000
 * --focus-topic kubernetes-containers --focus-share 0.8 --out /tmp/s.txt`,
 * `npx tsx generator/cli.ts --source /tmp/s.txt --lock /tmp/lock.json`,
 * `npx docusaurus build`, this, then `npm run generate` for the real docs/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { PAGING } from '../../contract/urls.ts';
import { firstSearchGzip } from './first-search-files.ts';

const GOALS = { questionPage: 12 * 1024, homeOrTopicPage: 100 * 1024, firstSearch: 150 * 1024 };

// --site: the site folder whose docs/ the build was made from (bench:build's scratch copy is build-bench/site).
const { values } = parseArgs({ options: { dir: { type: 'string', default: 'build' }, site: { type: 'string', default: '.' } } });
const root = resolve(values.dir);
if (!existsSync(join(root, 'index.html'))) {
  console.error(`${root}/index.html not found: build the site first (npm run build).`);
  process.exit(1);
}

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const gzip = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const largest = (paths: readonly string[]) =>
  paths.map((path) => ({ path: relative(root, path), bytes: gzip(path) })).reduce((a, b) => (b.bytes > a.bytes ? b : a), { path: '—', bytes: 0 });
const verdict = (bytes: number, goal: number) => (bytes <= goal ? `ok (goal ≤ ${kb(goal)})` : `OVER the goal of ${kb(goal)}`);

// Old slugs' redirect pages live under questions/ too; they are not question pages.
const questions = htmlFiles(join(root, 'questions')).filter((path) => !readFileSync(path, 'utf8').includes('http-equiv="refresh"'));
const topics = htmlFiles(join(root, 'topics'));
const sheets = htmlFiles(join(root, 'print'));
const biggestQuestion = largest(questions);
const biggestTopic = largest(topics);
const home = gzip(join(root, 'index.html'));
const sidebarLinks = biggestQuestion.path === '—' ? 0 : (readFileSync(join(root, biggestQuestion.path), 'utf8').match(/\bmenu__link[" ]/g) ?? []).length;
// The evaluation's queries, each as a reader's first search: what it downloads until its 8 results are complete.
const { median, worst, queries } = firstSearchGzip(resolve(values.site), join(root, 'assets/js'));

console.log(`Built site: ${root}; thresholds (contract/urls.ts PAGING): ${JSON.stringify(PAGING)}\n`);
console.log('| measure | value | |');
console.log('|---|---:|---|');
console.log(`| question pages | ${questions.length} | |`);
console.log(
  `| largest question page HTML gzip | ${kb(biggestQuestion.bytes)} | ${biggestQuestion.path}: ${verdict(biggestQuestion.bytes, GOALS.questionPage)} |`,
);
console.log(`| sidebar links in that page's HTML | ${sidebarLinks} | categories and the open one's links; a collapsed category's render when it opens |`);
console.log(`| home page HTML gzip | ${kb(home)} | ${verdict(home, GOALS.homeOrTopicPage)} |`);
console.log(`| topic pages (all pages of all topics) | ${topics.length} | |`);
console.log(`| largest topic page HTML gzip | ${kb(biggestTopic.bytes)} | ${biggestTopic.path}: ${verdict(biggestTopic.bytes, GOALS.homeOrTopicPage)} |`);
console.log(`| print sheet pages | ${sheets.length} | largest ${kb(largest(sheets).bytes)} (${largest(sheets).path}) |`);
console.log(
  `| first search gzip, median of ${queries} queries | ${kb(median.bytes)} | ${median.files} files ("${median.query}"): ${verdict(median.bytes, GOALS.firstSearch)} |`,
);
console.log(`| first search gzip, largest | ${kb(worst.bytes)} | ${worst.files} files ("${worst.query}"): ${verdict(worst.bytes, GOALS.firstSearch)} |`);
