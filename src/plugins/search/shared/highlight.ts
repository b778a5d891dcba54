/**
 * Marks the words of a text that matched the query. The result is a list of
 * plain-text segments, never HTML: components render each as a text node, so
 * a question containing `<img src=x onerror=alert(1)>` shows exactly that.
 * (flexsearch's own `highlight` option returns unescaped HTML; it is not used.)
 */
import { stems } from './analyze.ts';
import type { Segment } from './types.ts';

/** A word as a reader sees it, with inner hyphens, slashes and apostrophes: "on-call", "ci/cd", "don't". */
const WORD_RUN = /[\p{L}\p{N}]+(?:[-/'’][\p{L}\p{N}]+)*/gu;

/** Stems of the words results show, kept across searches: highlighting is most of a search's work otherwise. */
const stemsOfWord = new Map<string, string[]>();
const MAX_CACHED_WORDS = 20_000;

function cachedStems(word: string): string[] {
  let result = stemsOfWord.get(word);
  if (!result) {
    if (stemsOfWord.size >= MAX_CACHED_WORDS) stemsOfWord.clear();
    result = stems(word);
    stemsOfWord.set(word, result);
  }
  return result;
}

export function highlight(text: string, terms: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  const push = (part: string, match: boolean) => {
    if (part === '') return;
    const previous = segments[segments.length - 1];
    if (previous && previous.match === match && !match) segments[segments.length - 1] = { text: previous.text + part, match };
    else segments.push({ text: part, match });
  };
  let end = 0;
  for (const run of text.matchAll(WORD_RUN)) {
    push(text.slice(end, run.index), false);
    push(run[0], terms.size > 0 && cachedStems(run[0]).some((stem) => terms.has(stem)));
    end = run.index + run[0].length;
  }
  push(text.slice(end), false);
  return segments;
}
