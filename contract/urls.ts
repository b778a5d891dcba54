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

/**
 * How many questions one list holds before it is cut, so that no page grows
 * with the bank (see README.md, "Paging"). At the real 52 questions none of
 * these kicks in: the largest topic has far fewer.
 */
export const PAGING = {
  /** A topic's questions in the sidebar, per collapsed sub-group ("Questions 26–50"); see sidebarGrouping. */
  sidebarGroup: 25,
  /** Per topic page: each question comes with its whole answer. */
  topicPage: 50,
  /** Per printable study sheet: questions, then answers. */
  printSheet: 200,
} as const;

/** Sub-groups a topic shows side by side in the sidebar; past this many, they go into sections (see sidebarGrouping). */
const SIDEBAR_GROUPS_BEFORE_SECTIONS = 12;

/** How a topic's questions are laid out in the sidebar: `perGroup` questions a sub-group, `groupsPerSection` sub-groups a section. */
export interface SidebarGrouping {
  readonly perGroup: number;
  /** Absent while the sub-groups fit side by side; the last section holds the rest. */
  readonly groupsPerSection?: number;
}

/**
 * The sidebar layout of a topic of `questionCount`: sub-groups of PAGING.sidebarGroup questions; past
 * SIDEBAR_GROUPS_BEFORE_SECTIONS sub-groups (300 questions), sections of ⌈√g⌉ of the g sub-groups. A question page
 * carries the section labels, its section's sub-group labels and its sub-group's links: about 2√(n/25) + 25 items,
 * not n (1,500 questions: 8 sections of 8 sub-groups, 8 + 8 + 25 items).
 */
export function sidebarGrouping(questionCount: number): SidebarGrouping {
  const perGroup = PAGING.sidebarGroup;
  const groups = Math.ceil(questionCount / perGroup);
  return groups <= SIDEBAR_GROUPS_BEFORE_SECTIONS ? { perGroup } : { perGroup, groupsPerSection: Math.ceil(Math.sqrt(groups)) };
}

/** How many pages `itemCount` items fill at `perPage` a page: at least one, so an empty list still has its page. */
export function pageCount(itemCount: number, perPage: number): number {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`page size ${perPage} is not a positive whole number`);
  return Math.max(1, Math.ceil(itemCount / perPage));
}

/** The items cut into pages of `perPage`, in order; one empty page for no items. */
export function pages<T>(items: readonly T[], perPage: number): T[][] {
  return Array.from({ length: pageCount(items.length, perPage) }, (_, index) => items.slice(index * perPage, (index + 1) * perPage));
}

/** Page 1 is the list's own path, so URLs published before paging keep working; later pages add `/<n>`. */
function pagedPath(path: string, page: number): string {
  if (!Number.isInteger(page) || page < 1) throw new Error(`page ${page} of ${path} is not a whole number from 1`);
  return page === 1 ? path : `${path}/${page}`;
}

/** `/topics/<id>` for its first page (or only page), `/topics/<id>/<n>` for the n-th. */
export function topicPath(topicId: string, page = 1): string {
  return pagedPath(`/topics/${topicId}`, page);
}

export function guidePath(slug: string): string {
  return `/guides/${slug}`;
}

/** Quiz pages: the question with its answer hidden, at the question page's slug, all under this folder. */
export const QUIZ_FOLDER = '/quiz';

export function quizPath(questionSlug: string): string {
  return `${QUIZ_FOLDER}/${questionSlug}`;
}

/** The slug a quiz page's pathname ends with, with or without the base URL: `/sre/quiz/x` → `x`. */
export function slugOfQuizPath(pathname: string): string {
  return pathname.replace(/\/+$/, '').split('/').pop() ?? '';
}

/**
 * A quiz page's answer, fetched when the reader reveals it: `/assets/quiz-answers.<version>/<id>.json`. `version` is a
 * hash of every answer, so the folder's name changes whenever an answer does, and a host may cache the files for good
 * like the bundle's other hashed folders (deploy/nginx).
 */
export function quizAnswerPath(version: string, questionId: number): string {
  return `/assets/quiz-answers.${version}/${questionId}.json`;
}

export const PRINT_ALL = 'all';

/** `/print/all` for every question, `/print/<topic>` for one topic's; `/print/<…>/<n>` for a sheet's n-th page. */
export function printSheetPath(topicId: string = PRINT_ALL, page = 1): string {
  return pagedPath(`/print/${topicId}`, page);
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
  /** Page 1 is `topics/<id>.mdx`; page n of a long topic is `topics/<id>/<n>.mdx`. */
  topic: (topicId: string, page = 1) => pagedPath(`topics/${topicId}`, page),
  guide: (slug: string) => `guides/${slug}`,
} as const;

/** The one sidebar (sidebars.ts); topic pages after the first, which it does not list, name it to show it. */
export const SIDEBAR_ID = 'questions';

/** `/sre` or `sre/` → `/sre/`: a base URL as Docusaurus wants it, `/` when unset. */
export function normaliseBaseUrl(value: string | undefined): string {
  const trimmed = (value ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
