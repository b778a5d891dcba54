/**
 * The remark and rehype plugins every MDX page on the site is compiled with.
 * docusaurus.config.ts and the generator's escaping tests import this one
 * list, so the tests compile pages exactly as the site does.
 */
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import remarkAnswerKeyPoints from './answer-key-points.ts';

export const remarkPlugins = [remarkMath, remarkAnswerKeyPoints];
export const rehypePlugins = [rehypeKatex];
