/**
 * Every HTML file of the build is valid HTML by the W3C Nu HTML Checker: not
 * one error (warnings are advice, and not checked). One JVM run checks the
 * whole build together with written-down snippets: the navbar search box and
 * a redirect page as they were (errors the checker must report, or a clean
 * result proves nothing), and the search box as it is now (which it must
 * accept; the build has the new redirect pages).
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHtml, type NuError } from './helpers/nu-html-checker.ts';
import { buildDir, questions, topics } from './helpers/site.ts';

/** A complete, otherwise valid page around `body`, so the only errors are the snippet's. */
const page = (body: string): string =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Snippet</title>\n</head>\n<body>\n<ul id="results" role="listbox" aria-label="Questions"></ul>\n${body}\n</body>\n</html>\n`;

/** The navbar search box before the fix, as the build wrote it: HTML allows neither role="combobox" nor aria-expanded on a search input. */
const OLD_SEARCH_BOX =
  '<label for="q">Search questions</label><input id="q" type="search" placeholder="Search" autocomplete="off" spellcheck="false" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="results" name="q" value="">';
/** The same combobox on a text input (ARIA in HTML allows it there), with the search keyboard kept on phones. */
const NEW_SEARCH_BOX =
  '<label for="q">Search questions</label><input id="q" type="text" inputmode="search" enterkeyhint="search" placeholder="Search" autocomplete="off" spellcheck="false" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="results" name="q" value="">';

/** A redirect page as @docusaurus/plugin-client-redirects wrote it (now src/plugins/redirect-pages writes them). */
const OLD_REDIRECT_PAGE = `<!DOCTYPE html>
<html>
  <head>
    <meta charset="UTF-8">
    <meta http-equiv="refresh" content="0; url=/sre/questions/a">
    <link rel="canonical" href="/sre/questions/a" />
  </head>
  <script>
    window.location.href = '/sre/questions/a' + window.location.search + window.location.hash;
  </script>
</html>
`;

const htmlFiles = (directory: string): string[] =>
  readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(directory, name))
    .sort();

const shown = (error: NuError, root: string): string => `${relative(root, error.file)}:${error.line ?? '?'}: ${error.message}`;

const scratch = mkdtempSync(join(tmpdir(), 'html-validity-'));
const oldSnippet = join(scratch, 'old-search-box.html');
const newSnippet = join(scratch, 'new-search-box.html');
const oldRedirect = join(scratch, 'old-redirect-page.html');
const buildFiles = htmlFiles(buildDir);
let errors: NuError[] = [];

beforeAll(async () => {
  writeFileSync(oldSnippet, page(OLD_SEARCH_BOX));
  writeFileSync(newSnippet, page(NEW_SEARCH_BOX));
  writeFileSync(oldRedirect, OLD_REDIRECT_PAGE);
  errors = await checkHtml([...buildFiles, oldSnippet, newSnippet, oldRedirect]);
}, 300_000); // a guard against a hung JVM, not a speed requirement: one run over the 186 files took 12 s here

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the W3C Nu HTML Checker', () => {
  it('checks every page of the build: each question and topic has one, so there are at least that many', () => {
    expect(buildFiles.length).toBeGreaterThanOrEqual(questions.length + topics.length);
  });

  it('finds no error in any HTML file of the build', () => {
    const inBuild = errors.filter((error) => !relative(buildDir, error.file).startsWith('..'));
    expect(inBuild.map((error) => shown(error, buildDir))).toEqual([]);
  });

  it('reports the old search box (role="combobox" and aria-expanded on a search input)', () => {
    const found = errors.filter((error) => error.file === oldSnippet).map((error) => error.message);
    expect(found).toEqual([expect.stringMatching(/“combobox”.*“role”.*“input”/), expect.stringMatching(/“aria-expanded”.*not allowed.*“input”/)]);
  });

  it('reports the old redirect page (no <title>, a script between <head> and <body>)', () => {
    const found = errors.filter((error) => error.file === oldRedirect).map((error) => error.message);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/missing a required instance of child element “title”/),
        expect.stringMatching(/“script” element between “head” and “body”/),
      ]),
    );
  });

  it('accepts the new search box (the same combobox on a text input)', () => {
    expect(errors.filter((error) => error.file === newSnippet).map((error) => shown(error, scratch))).toEqual([]);
  });
});
