/**
 * The text the share buttons put on the clipboard, built from the site's
 * configuration and a page's path. Pure, so each format is unit-tested
 * (test/unit/share-text.test.ts); the components only pass values in.
 */

import { quizPath } from '../../contract/urls.ts';

/**
 * `https://example.com` + `/sre/` + `/questions/x` → `https://example.com/sre/questions/x`.
 * `path` is relative to the site (no base URL); a hash such as `#point-3` is kept.
 */
export function absoluteUrl(siteUrl: string, baseUrl: string, path: string): string {
  const origin = siteUrl.replace(/\/+$/, '');
  const base = `/${baseUrl.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return `${origin}${base}${path.replace(/^\/+/, '')}`;
}

/** The last segment of a question's path: `/questions/slo-pick-one` → `slo-pick-one`. */
export function slugOf(questionPath: string): string {
  const slug = questionPath
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .split('/')
    .pop();
  if (!slug) throw new Error(`"${questionPath}" is not a question's path, such as /questions/slo-pick-one`);
  return slug;
}

/** The quiz page of a question (src/plugins/quiz): `/quiz/<slug>`, relative to the site. */
export function quizPathOfQuestion(questionPath: string): string {
  return quizPath(slugOf(questionPath));
}

/** Characters that would end or break a Markdown link text. */
function escapeLinkText(text: string): string {
  return text
    .replace(/[\\[\]]/g, (character) => `\\${character}`)
    .replace(/\s+/g, ' ')
    .trim();
}

/** `<` `>` `(` `)` and spaces would end a Markdown link destination; percent-encode them. */
function escapeLinkDestination(url: string): string {
  return url.replace(/[\s<>()]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[How do you decide RTO and RPO…?](https://…/questions/x) · Disaster recovery`, for chats, tickets and PRs. */
export function markdownLink(title: string, url: string, topicTitle?: string): string {
  const link = `[${escapeLinkText(title)}](${escapeLinkDestination(url)})`;
  return topicTitle ? `${link} · ${topicTitle.replace(/\s+/g, ' ').trim()}` : link;
}

export interface QuestionShareInput {
  readonly siteUrl: string;
  readonly baseUrl: string;
  /** The question page's path relative to the site, e.g. `/questions/slo-pick-one`. */
  readonly path: string;
  readonly title: string;
  readonly primaryTopicTitle?: string;
}

export interface QuestionShareTexts {
  readonly link: string;
  readonly markdown: string;
  readonly quizLink: string;
}

/** The three texts a question page's share buttons copy. */
export function questionShareTexts({ siteUrl, baseUrl, path, title, primaryTopicTitle }: QuestionShareInput): QuestionShareTexts {
  const link = absoluteUrl(siteUrl, baseUrl, path);
  return {
    link,
    markdown: markdownLink(title, link, primaryTopicTitle),
    quizLink: absoluteUrl(siteUrl, baseUrl, quizPathOfQuestion(path)),
  };
}

/**
 * A site path from a route's pathname, which carries the base URL:
 * `/sre/questions/x` under `/sre/` → `/questions/x`.
 */
export function sitePathOf(pathname: string, baseUrl: string): string {
  const base = `/${baseUrl.replace(/^\/+|\/+$/g, '')}`;
  if (base !== '/' && (pathname === base || pathname.startsWith(`${base}/`))) return pathname.slice(base.length) || '/';
  return pathname;
}
