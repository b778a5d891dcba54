/**
 * Rspack's module concatenation (scope hoisting) by the size of the bank: on for a small bank, off for a large one.
 *
 * Concatenation joins modules into their importers' scope, so the browser gets less JavaScript: at 52 questions
 * `main.js` is 2.7 KB gzip smaller with it and all the JavaScript 7.0 KB (1.6%). But its cost grows with the square
 * of the questions, each a page module in its own chunk: bundling alone, with Rspack's trace, it took 121 of 299 s at
 * 10,000 questions, and while it ran the bundler's memory rose from 5.6 to 12.8 GiB; at 2,000 questions about 5 of
 * 41 s. Without it, the 10,000-question bundling took 195 s and peaked at 7.2 GiB (README.md "Build time and size").
 */
/** What the bundler's configuration gets: nothing below the threshold, so Docusaurus's production default stays. */
export function concatenationFor(questionCount: number, offFromQuestions: number): { optimization?: { concatenateModules: false } } {
  return questionCount >= offFromQuestions ? { optimization: { concatenateModules: false } } : {};
}
