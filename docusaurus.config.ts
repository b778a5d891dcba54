import { fileURLToPath } from 'node:url';
import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';
import studyModeInlineScriptPlugin from './src/plugins/study-mode-inline-script.ts';
import { ssrTemplate } from './src/ssr/ssr-template.ts';
import { normaliseBaseUrl, SITE_PREVIEW_IMAGE, STUDY_PATH } from './contract/urls.ts';
import type { UserOptions as SearchOptions } from './src/plugins/search/options.ts';
import type { UserOptions as LeanDocsOptions } from './src/plugins/lean-docs/options.ts';
import type { UserOptions as QuizOptions } from './src/plugins/quiz/options.ts';
import type { UserOptions as StudyDataOptions } from './src/plugins/study-data/options.ts';
import type { UserOptions as LargeBankBundlingOptions } from './src/plugins/large-bank-bundling/options.ts';
import type { UserOptions as OfflineOptions } from './src/plugins/offline/options.ts';
import { rehypePlugins, remarkPlugins } from './src/markdown/plugins.ts';
import pageStylesheets, { katexStylesheetPath } from './src/plugins/page-stylesheets.ts';
import redirectPagesPlugin from './src/plugins/redirect-pages/index.ts';
import plainCodeBlocksPlugin from './src/plugins/plain-code-blocks/index.ts';
import routeLookupPlugin from './src/plugins/route-lookup/index.ts';
import startAppFilePlugin from './src/plugins/start-app-file/index.ts';
import postcssConfigInCodePlugin from './src/plugins/postcss-config-in-code/index.ts';
import {
  DEFAULT_OPTIONS as previewsAndDownloadsDefaults,
  type UserOptions as PreviewsAndDownloadsOptions,
} from './src/plugins/previews-and-downloads/options.ts';
import { PREVIEW_IMAGE_SIZE } from './src/plugins/previews-and-downloads/shared/paths.ts';

/**
 * Rspack ("faster") built this site faster than webpack on this machine; see
 * README.md "Bundler". BUNDLER=webpack switches back for comparison.
 */
const useRspack = (process.env.BUNDLER ?? 'rspack') !== 'webpack';

const config = {
  title: 'SRE Interview Questions',
  // No count here: teams add questions (source/questions/), and the home page and preview card count them from the data.
  tagline: 'Site Reliability Engineering interview questions with model answers, by topic.',
  favicon: 'img/favicon.svg',
  url: process.env.SITE_URL ?? 'http://localhost:3000',
  baseUrl: normaliseBaseUrl(process.env.BASE_URL),
  trailingSlash: false,
  // The share plugin writes preview images, downloads and robots.txt here at every start and build.
  staticDirectories: ['static', previewsAndDownloadsDefaults.outputDir],

  // The app starts on the reader's first intent, not at load: see src/ssr/start-app-on-intent.ts. The script that
  // starts it is a file every page shares (startAppFilePlugin adds it to the build).
  ssrTemplate,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  future: {
    v4: {
      ...{ removeLegacyPostBuildHeadAttribute: true, useCssCascadeLayers: true, siteStorageNamespacing: true, mdx1CompatDisabledByDefault: true },
      fasterByDefault: useRspack,
    },
    // Every "faster" flag but Rspack's persistent cache: writing it cost a cold build more than it saves a warm one
    // (2,000 questions: 182 s and 4.7 GiB with it, 147 s and 3.9 GiB without; README.md "Build time and size").
    faster: useRspack ? { rspackPersistentCache: false } : false,
    // No page shows a last-update date or author (docs' showLastUpdate* and the sitemap's lastmod are off), so the
    // build need not read the Git history: that read took 2 to 6 s of every build (README.md "Build time and size").
    experimental_vcs: false,
  },

  i18n: { defaultLocale: 'en', locales: ['en'] },

  markdown: {
    format: 'mdx',
    // Source text is literal: ":smile:" must not turn into an emoji.
    emoji: false,
    mdx1Compat: { comments: false, admonitions: false, headingIds: false },
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
  },

  presets: [
    [
      'classic',
      {
        // The docs plugin is added below, wrapped (src/plugins/lean-docs).
        docs: false,
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],

  // Viewport prefetches wait for idle time (see the module).
  clientModules: ['./src/client-modules/idle-prefetch.ts'],

  plugins: [
    // Docusaurus's docs plugin, with each doc's front matter in its chunk once instead of twice (see the plugin).
    [
      './src/plugins/lean-docs/index.ts',
      {
        path: 'docs',
        routeBasePath: '/',
        sidebarPath: './sidebars.ts',
        remarkPlugins,
        rehypePlugins,
        breadcrumbs: true,
      } satisfies LeanDocsOptions,
    ],
    studyModeInlineScriptPlugin,
    // No Prism in the browser: the site has no code to highlight (see the plugin).
    plainCodeBlocksPlugin,
    // A page's route found by lookup, not by walking a route per question, in Docusaurus's client (see the plugin).
    routeLookupPlugin,
    // PostCSS without a search for a configuration file per stylesheet: 2 s of a small build's bundling (see the plugin).
    postcssConfigInCodePlugin,
    // No module concatenation from 1,000 questions: its cost grows with the square of the bank (see the plugin).
    ['./src/plugins/large-bank-bundling/index.ts', {} satisfies LargeBankBundlingOptions],
    // The file the pages' template links to start the app on the reader's first intent (see src/ssr/start-app-file.ts).
    startAppFilePlugin,
    // CSS only the pages that use it load: KaTeX's (and its fonts) on pages with math, the guides' components', /study's.
    [
      pageStylesheets,
      {
        stylesheets: {
          katex: katexStylesheetPath(),
          math: fileURLToPath(new URL('./src/components/math/math.css', import.meta.url)),
          guides: fileURLToPath(new URL('./src/components/guides/guides.css', import.meta.url)),
          'study-session': fileURLToPath(new URL('./src/components/study-session/study-session.css', import.meta.url)),
        },
      },
    ],
    // Old URLs and /q/<n> short links: one valid HTML page each that sends the reader on; see README.md "URLs".
    redirectPagesPlugin,
    // Local search over the generated question data; see README.md "Search".
    ['./src/plugins/search/index.ts', {} satisfies SearchOptions],
    // Link-preview images, the Anki deck and CSV, robots.txt and the /print study sheets; see README.md "Link previews and downloads".
    ['./src/plugins/previews-and-downloads/index.ts', {} satisfies PreviewsAndDownloadsOptions],
    // /quiz/<slug>: each question with its answer hidden and loaded on reveal; see README.md "Sharing".
    ['./src/plugins/quiz/index.ts', {} satisfies QuizOptions],
    // What /study downloads of the questions: the fields a session uses, not the whole questions.json.
    ['./src/plugins/study-data/index.ts', {} satisfies StudyDataOptions],
    // After one visit the whole site works offline, and it installs as an app; see README.md "Offline".
    ['./src/plugins/offline/index.ts', {} satisfies OfflineOptions],
  ],

  themeConfig: {
    // Every page's preview defaults; question and topic pages replace the image, its alt text, og:title and og:type.
    image: SITE_PREVIEW_IMAGE.slice(1),
    metadata: [
      { name: 'theme-color', content: '#0b5cad' },
      { property: 'og:site_name', content: 'SRE Interview Questions' },
      { property: 'og:type', content: 'website' },
      { property: 'og:image:width', content: String(PREVIEW_IMAGE_SIZE.width) },
      { property: 'og:image:height', content: String(PREVIEW_IMAGE_SIZE.height) },
      { property: 'og:image:alt', content: 'SRE Interview Questions: interview questions with model answers, by topic' },
      { name: 'twitter:image:alt', content: 'SRE Interview Questions: interview questions with model answers, by topic' },
    ],
    colorMode: { respectPrefersColorScheme: true },
    docs: { sidebar: { hideable: true, autoCollapseCategories: true } },
    navbar: {
      title: 'SRE Interview Questions',
      logo: { alt: '', src: 'img/favicon.svg', width: 28, height: 28 },
      // A plain link: a docSidebar item would mark itself current on every question page.
      items: [
        { to: '/#topics', label: 'Topics', position: 'left', activeBaseRegex: '^$' },
        { type: 'custom-practiceLink', to: STUDY_PATH, label: 'Practice', position: 'left' },
        { type: 'search', position: 'right' },
        { type: 'custom-studyModeSwitch', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      copyright: 'Questions and model answers for SRE interview practice.',
    },
    // No syntax highlighting (see src/plugins/plain-code-blocks): an empty theme keeps Prism's colours out of the bundle.
    prism: { theme: { plain: {}, styles: [] } },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
