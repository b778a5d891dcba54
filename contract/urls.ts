/**
 * Every URL rule of the site, relative to its root (no base URL): the
 * generator names pages and images with these, and the site links to them.
 * A URL that is published never changes, so a change here is a redirect to add.
 */

export function questionPath(slug: string): string {
  return `/questions/${slug}`;
}

/** Short links `/q/<n>`, from the slug lock's stable numbers. */
export function shortLinkPath(id: number): string {
  return `/q/${id}`;
}

export function topicPath(topicId: string): string {
  return `/topics/${topicId}`;
}

export function guidePath(slug: string): string {
  return `/guides/${slug}`;
}

/** Quiz pages: the question with its answer hidden, at the question page's slug. */
const QUIZ_ROUTE = 'quiz';

export function quizPath(questionSlug: string): string {
  return `/${QUIZ_ROUTE}/${questionSlug}`;
}

/** The slug a quiz page's pathname ends with, with or without the base URL: `/sre/quiz/x` → `x`. */
export function slugOfQuizPath(pathname: string): string {
  return pathname.replace(/\/+$/, '').split('/').pop() ?? '';
}

export const PRINT_ALL = 'all';

/** `/print/all` for every question, `/print/<topic>` for one topic's. */
export function printSheetPath(topicId: string = PRINT_ALL): string {
  return `/print/${topicId}`;
}

export const DOWNLOADS = {
  anki: { path: '/downloads/sre-questions-anki.tsv', label: 'Anki deck (TSV)' },
  csv: { path: '/downloads/sre-questions.csv', label: 'Spreadsheet (CSV)' },
} as const;

/**
 * A question's link-preview image. It shows only the question and its topic,
 * never the answer, so a spoiler-free page such as a quiz page may use it too.
 */
export function previewImagePath(slug: string): string {
  return `/img/og/${slug}.png`;
}

export function topicPreviewImagePath(topicId: string): string {
  return `/img/og/topics/${topicId}.png`;
}

/** The home page's (and every other page's default) preview image. */
export const SITE_PREVIEW_IMAGE = '/img/og/site.png';

export const SEARCH_PATH = '/search';
export const STUDY_PATH = '/study';

/** Docusaurus doc ids of the generated pages (their paths under docs/, without extension). */
export const docIds = {
  question: (slug: string) => `questions/${slug}`,
  topic: (topicId: string) => `topics/${topicId}`,
  guide: (slug: string) => `guides/${slug}`,
} as const;

/** `/sre` or `sre/` → `/sre/`: a base URL as Docusaurus wants it, `/` when unset. */
export function normaliseBaseUrl(value: string | undefined): string {
  const trimmed = (value ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
