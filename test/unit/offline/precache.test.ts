import { describe, expect, test } from 'vitest';
import { DEFAULT_OPTIONS } from '../../../src/plugins/offline/options.ts';
import { hasContentHash, pageFileOf, referencedAssets, selectPrecacheFiles, type PrecacheRules } from '../../../src/plugins/offline/server/precache-files.ts';
import { formatPrecacheSummary, isCompressedOnTheWire, summarisePrecache } from '../../../src/plugins/offline/server/precache-summary.ts';

/** A small build, as the site writes it with trailingSlash: false. */
const BUILD = [
  '404.html',
  'index.html',
  'search.html',
  'study.html',
  'questions/what-is-an-slo.html',
  'questions/what-is-an-slo.html.gz',
  'topics/slos.html',
  'guides/slo-math.html',
  'quiz/what-is-an-slo.html',
  'print/all.html',
  'print/slos.html',
  'downloads/sre-questions.csv',
  'downloads/sre-questions-anki.tsv',
  'img/og/site.png',
  'img/og/topics/slos.png',
  'img/og/what-is-an-slo.png',
  'img/favicon.svg',
  'img/icons/icon-192.png',
  'manifest.webmanifest',
  'assets/js/main.f6b722a6.js',
  'assets/js/main.f6b722a6.js.br',
  'assets/js/runtime~main.6323ad70.js',
  'assets/js/search-answers.e80662f6.js',
  'assets/js/search-engine.a25ce5cf.js',
  'assets/js/c8085fab.9ea23a53.js',
  'assets/js/17896441.21eb7709.js',
  'assets/js/2873.17e3d814.js',
  'assets/js/study-session.2ba88b49.js',
  'assets/css/styles.520eb67f.css',
  'assets/quiz-answers.5d41402a/17.json',
  'assets/quiz-answers.5d41402a/17.json.gz',
  'assets/katex.0e3b7a9c/fonts/KaTeX_Main-Regular.woff2',
  'assets/katex.0e3b7a9c/fonts/KaTeX_Main-Regular.woff',
  'assets/katex.0e3b7a9c/fonts/KaTeX_Main-Regular.ttf',
  'assets/katex.0e3b7a9c/katex.min.css',
  'robots.txt',
  'sitemap.xml',
  'sw.js',
];

const rules = (maxPrecachedPages: number): PrecacheRules => ({
  maxPrecachedPages,
  exclude: DEFAULT_OPTIONS.exclude,
  shellPages: ['index.html', 'search.html', 'study.html'],
  shellPrefixes: DEFAULT_OPTIONS.shellPrefixes,
});

const SHELL_SCRIPTS: Record<string, string[]> = {
  'index.html': ['assets/css/styles.520eb67f.css', 'assets/js/runtime~main.6323ad70.js', 'assets/js/main.f6b722a6.js'],
  'study.html': ['assets/js/17896441.21eb7709.js'],
};
const scriptsOf = (page: string): string[] => SHELL_SCRIPTS[page] ?? [];

describe('the precache', () => {
  test('the default exclusions are the preview images, the downloads and the print sheets', () => {
    expect([...DEFAULT_OPTIONS.exclude].sort()).toEqual(['downloads/', 'img/og/', 'print/']);
  });

  test('a site under the threshold: every page, script, stylesheet, woff2 font, quiz answer, icon and the manifest; nothing else', () => {
    const selection = selectPrecacheFiles(BUILD, rules(7), scriptsOf);
    expect(selection.mode).toBe('whole-site');
    expect(selection.pageCount).toBe(7);
    expect(selection.files).toEqual([
      'assets/css/styles.520eb67f.css',
      'assets/js/17896441.21eb7709.js',
      'assets/js/2873.17e3d814.js',
      'assets/js/c8085fab.9ea23a53.js',
      'assets/js/main.f6b722a6.js',
      'assets/js/runtime~main.6323ad70.js',
      'assets/js/search-answers.e80662f6.js',
      'assets/js/search-engine.a25ce5cf.js',
      'assets/js/study-session.2ba88b49.js',
      'assets/katex.0e3b7a9c/fonts/KaTeX_Main-Regular.woff2',
      'assets/katex.0e3b7a9c/katex.min.css',
      'assets/quiz-answers.5d41402a/17.json',
      'guides/slo-math.html',
      'img/favicon.svg',
      'img/icons/icon-192.png',
      'index.html',
      'manifest.webmanifest',
      'questions/what-is-an-slo.html',
      'quiz/what-is-an-slo.html',
      'search.html',
      'study.html',
      'topics/slos.html',
    ]);
  });

  test('a site over the threshold: the shell pages, what they load, scripts that belong to no route, stylesheets, fonts, icons; no other page, no quiz answer', () => {
    const selection = selectPrecacheFiles(BUILD, rules(6), scriptsOf);
    expect(selection.mode).toBe('shell');
    expect(selection.pageCount).toBe(7);
    expect(selection.files).toEqual([
      'assets/css/styles.520eb67f.css',
      'assets/js/17896441.21eb7709.js',
      'assets/js/2873.17e3d814.js',
      'assets/js/main.f6b722a6.js',
      'assets/js/runtime~main.6323ad70.js',
      'assets/js/search-answers.e80662f6.js',
      'assets/js/search-engine.a25ce5cf.js',
      'assets/js/study-session.2ba88b49.js',
      'assets/katex.0e3b7a9c/fonts/KaTeX_Main-Regular.woff2',
      'assets/katex.0e3b7a9c/katex.min.css',
      'img/favicon.svg',
      'img/icons/icon-192.png',
      'index.html',
      'manifest.webmanifest',
      'search.html',
      'study.html',
    ]);
  });

  test('a shell page missing from the build is an error that names it', () => {
    expect(() => selectPrecacheFiles(BUILD, { ...rules(1), shellPages: ['index.html', 'practice.html'] }, scriptsOf)).toThrow(
      /shell pages practice\.html are not in the build/,
    );
  });

  test('pages are found whichever way the build writes them', () => {
    expect(pageFileOf('/', BUILD)).toBe('index.html');
    expect(pageFileOf('/search', BUILD)).toBe('search.html');
    expect(pageFileOf('/study/', ['study/index.html'])).toBe('study/index.html');
  });

  test('hashed names need no revision; other files do', () => {
    expect(hasContentHash('assets/js/main.f6b722a6.js')).toBe(true);
    expect(hasContentHash('assets/katex.0e3b7a9c/fonts/KaTeX_Main-Regular.woff2')).toBe(true);
    expect(hasContentHash('assets/quiz-answers.5d41402a/17.json')).toBe(true);
    expect(hasContentHash('questions/what-is-an-slo.html')).toBe(false);
    expect(hasContentHash('img/icons/icon-192.png')).toBe(false);
  });

  test("a page's scripts and stylesheets under the base URL, each once", () => {
    const html =
      '<link rel="stylesheet" href="/sre/assets/css/styles.520eb67f.css"><script src="/sre/assets/js/runtime~main.6323ad70.js" defer></script>' +
      '<link rel="preload" href="/sre/assets/js/main.f6b722a6.js" as="script"><script src="/sre/assets/js/main.f6b722a6.js" defer></script>' +
      '<a href="/sre/downloads/sre-questions.csv">CSV</a><link rel="icon" href="/sre/img/favicon.svg">';
    expect(referencedAssets(html, '/sre/')).toEqual(['assets/css/styles.520eb67f.css', 'assets/js/runtime~main.6323ad70.js', 'assets/js/main.f6b722a6.js']);
    // As the build writes it: minified, unquoted.
    const minified = '<script src=/sre/assets/js/runtime~main.4ec0b511.js defer></script><link rel=stylesheet href=/sre/assets/css/styles.ce6694af.css />';
    expect(referencedAssets(minified, '/sre/')).toEqual(['assets/js/runtime~main.4ec0b511.js', 'assets/css/styles.ce6694af.css']);
  });
});

describe('the size summary', () => {
  test('counts files and adds raw and wire bytes', () => {
    const summary = summarisePrecache([
      { file: 'index.html', rawBytes: 20_000, wireBytes: 5_000 },
      { file: 'assets/js/main.f6b722a6.js', rawBytes: 400_000, wireBytes: 120_000 },
      { file: 'img/icons/icon-192.png', rawBytes: 3_000, wireBytes: 3_000 },
    ]);
    expect(summary).toEqual({ files: 3, rawBytes: 423_000, wireBytes: 128_000 });
    expect(formatPrecacheSummary(summary, 'whole-site', 176)).toBe('precache (whole site, 176 pages): 3 files, 423.0 kB raw, 128.0 kB gzip on the wire');
  });

  test('text is compressed on the wire; PNG and woff2 are not', () => {
    expect(['index.html', 'a.js', 'a.css', 'favicon.svg', 'manifest.webmanifest'].filter(isCompressedOnTheWire)).toHaveLength(5);
    expect(['icon.png', 'KaTeX_Main-Regular.woff2'].filter(isCompressedOnTheWire)).toEqual([]);
  });
});
