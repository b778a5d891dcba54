/**
 * The records the generator writes to docs/_generated/ and the site reads:
 * the one place their shapes are defined. The generator checks what it writes
 * against these types (`satisfies`), and every reader picks the fields it
 * needs from them, so renaming a field fails typecheck everywhere at once.
 */

export const QUESTION_KINDS = ['behavioural', 'technical'] as const;
/** Behavioural questions ask about the candidate's past ("Tell me about a time…"); the rest are technical. */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const isQuestionKind = (value: unknown): value is QuestionKind => QUESTION_KINDS.includes(value as QuestionKind);

/** One paragraph or list of an answer, with its text as plain (unescaped) strings. */
export type AnswerBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly start?: number; readonly items: readonly string[] };

/** One question: a record of docs/_generated/questions.json. */
export interface QuestionRecord {
  /** Stable short-link number from the slug lock: `/q/<id>`. */
  readonly id: number;
  /** The number as written in the source, which is also its position there. */
  readonly number: number;
  readonly slug: string;
  /** `/questions/<slug>`, relative to the site. */
  readonly permalink: string;
  /** Site path of its link-preview image. */
  readonly previewImage: string;
  readonly title: string;
  readonly primaryTopic: string;
  readonly secondaryTopics: readonly string[];
  readonly kind: QuestionKind;
  /** The answer's lines, as the page shows them, one per line. */
  readonly answer: string;
  readonly keywords: readonly string[];
  readonly answerBlocks: readonly AnswerBlock[];
}

/** One topic: a record of docs/_generated/topics.json, in sidebar order. */
export interface TopicRecord {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly permalink: string;
  readonly previewImage: string;
  /** Questions whose primary topic this is. */
  readonly questionCount: number;
  readonly behaviouralCount: number;
  /** The topic's own questions (it is their primary topic), in sidebar order. */
  readonly questionIds: readonly number[];
}

/**
 * A topic's questions cut into a collapsed sub-category, for topics longer than one sub-group, and, for very long
 * topics, sub-groups gathered into a collapsed section (sidebarGrouping, contract/urls.ts): Docusaurus renders a
 * collapsed category's items only when it opens, so a question page's HTML carries one sub-group's links, not the
 * whole topic's.
 */
export interface SidebarGroupRecord {
  readonly type: 'category';
  readonly label: string;
  readonly collapsed: true;
  /** Doc ids (a sub-group), or sub-groups (a section). */
  readonly items: readonly (string | SidebarGroupRecord)[];
}

/** A sidebar category of docs/_generated/sidebar.json, in Docusaurus's sidebar item format. */
export interface SidebarCategoryRecord {
  readonly type: 'category';
  readonly label: string;
  readonly link: { readonly type: 'doc'; readonly id: string };
  /** Doc ids (guides, then questions), or, for a long topic, the guides then groups of questions. */
  readonly items: readonly (string | SidebarGroupRecord)[];
}

/** A redirect of docs/_generated/redirects.json, both paths relative to the site. */
export interface RedirectRecord {
  readonly from: string;
  readonly to: string;
}

/** A title with the page it links to, as front matter carries links. */
export interface LinkedTitle {
  readonly title: string;
  readonly permalink: string;
}

/**
 * The front matter of a generated question page: Docusaurus's own fields,
 * then the ones the question page's components read (src/components/question/frontMatter.ts).
 */
export interface QuestionPageFrontMatter {
  readonly title: string;
  readonly sidebar_label: string;
  readonly description: string;
  readonly image: string;
  readonly keywords: readonly string[];
  readonly question_id: number;
  /** Primary topic first. */
  readonly topics: readonly (LinkedTitle & { readonly id: string })[];
  readonly kind: QuestionKind;
  readonly related: readonly LinkedTitle[];
  /** Hand-written reference pages that explain this question's background. */
  readonly guides: readonly LinkedTitle[];
  /** Doc ids of the neighbours in the topic, or null at either end. */
  readonly pagination_prev: string | null;
  readonly pagination_next: string | null;
}

/** The front matter of a generated topic page. */
export interface TopicPageFrontMatter {
  readonly title: string;
  readonly sidebar_label: string;
  readonly description: string;
  readonly image: string;
  readonly topic_id: string;
  readonly pagination_prev: null;
  readonly pagination_next: null;
}

/** Page n ≥ 2 of a long topic (contract/urls.ts, PAGING.topicPage): not in the sidebar, so it names the sidebar to show. */
export interface TopicNextPageFrontMatter extends TopicPageFrontMatter {
  readonly slug: string;
  readonly displayed_sidebar: string;
}

/** Where the records live, under the docs folder. */
export const GENERATED_DATA_DIR = '_generated';

/** The same folder relative to the site: where the local plugins read the records by default. */
export const SITE_DATA_DIR = `docs/${GENERATED_DATA_DIR}`;

export const GENERATED_FILES = {
  questions: 'questions.json',
  topics: 'topics.json',
  sidebar: 'sidebar.json',
  redirects: 'redirects.json',
} as const;

/** Names of the MDX components the generated pages use and the theme registers (src/theme/MDXComponents.tsx). */
export const MDX_COMPONENTS = {
  questionMeta: 'QuestionMeta',
  answer: 'Answer',
  relatedQuestions: 'RelatedQuestions',
  revealAllAnswers: 'RevealAllAnswers',
  topicProgress: 'TopicProgress',
  topicDownloads: 'TopicDownloads',
} as const;
