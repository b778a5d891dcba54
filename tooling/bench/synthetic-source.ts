/**
 * A synthetic source document of any size, made by recombining the real
 * questions' words and answers, with the same layout and marketing blocks, so
 * benchmarks exercise every stage on realistic text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as marketingPatterns from '../../generator/config/marketing-patterns.ts';
import { siteTaxonomy } from '../../generator/config/site-taxonomy.ts';
import type { ParsedQuestion } from '../../generator/document-types.ts';
import { classifyQuestions } from '../../generator/stages/classify.ts';
import { cleanDocument } from '../../generator/stages/clean.ts';
import { parseSource } from '../../generator/stages/parse.ts';

const realSource = readFileSync(fileURLToPath(new URL('../../source/sre-interview-questions.txt', import.meta.url)), 'utf8');
const realQuestions = cleanDocument(parseSource(realSource, 'source'), marketingPatterns).questions;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same input. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  readonly seed?: number;
  /**
   * Crowd one topic: this share of the questions recombine only the real
   * questions of `focusTopic` (title and answer), so the generator files
   * most of them under it. Models a bank where one topic holds 1,500 questions.
   */
  readonly focusTopic?: string;
  readonly focusShare?: number;
}

function material(questions: readonly ParsedQuestion[]) {
  const blocks = questions.flatMap((question) => question.blocks);
  return {
    titles: questions.map((question) => question.title),
    paragraphs: blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : [])),
    bullets: blocks.flatMap((block) => (block.kind === 'list' && !block.ordered ? block.items.map((item) => `  • ${item.text}`) : [])),
  };
}

function focusQuestions(topicId: string): ParsedQuestion[] {
  const known = siteTaxonomy.topics.map((topic) => topic.id);
  if (!known.includes(topicId)) throw new Error(`--focus-topic "${topicId}" is not a topic; valid: ${known.join(', ')}`);
  const classified = classifyQuestions(realQuestions, siteTaxonomy).questions;
  return realQuestions.filter((_, position) => classified[position]!.classification.primary === topicId);
}

export function syntheticSource(count: number, options: SyntheticOptions = {}): string {
  const next = random(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const everything = material(realQuestions);
  const focused = options.focusTopic === undefined ? everything : material(focusQuestions(options.focusTopic));
  const focusShare = options.focusTopic === undefined ? 0 : (options.focusShare ?? 0.75);
  const words = everything.titles.join(' ').split(/\s+/);

  const out: string[] = ['SRE Interview Questions', '', 'Find mentors at', ''];
  for (let number = 1; number <= count; number++) {
    // Draws only when focusing, so an unfocused source stays byte-identical to earlier runs'.
    const { titles, paragraphs, bullets } = focusShare > 0 && next() < focusShare ? focused : everything;
    const title = `${pick(titles).replace(/[?.]$/, '')} for ${pick(words)} ${pick(words)} case ${number}?`;
    out.push(`${number}. ${title}`, '', pick(paragraphs), '');
    const bulletCount = Math.floor(next() * 5);
    for (let index = 0; index < bulletCount; index++) out.push(pick(bullets));
    if (bulletCount > 0) out.push('');
    if (next() < 0.4) out.push(pick(paragraphs), '');
    if (number % 10 === 0) out.push('User Check', '', 'Find your perfect mentor match', '', 'Start matching', '');
  }
  out.push('Get Interview Coaching from SRE Experts', '');
  return out.join('\n');
}
