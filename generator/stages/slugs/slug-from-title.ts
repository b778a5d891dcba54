import { FILLER_WORDS } from './filler-words.ts';

const MAX_SLUG_WORDS = 5;
const MAX_SLUG_LENGTH = 50;
/** Interview framing that says nothing about the subject. */
const LEADING_PROMPT = /^(?:tell me about a time(?: when)?|describe a time(?: when)?|tell me about|walk me through|describe|explain)\b/i;

/** A short readable slug from a question's words, without filler words. */
export function slugFromTitle(title: string): string {
  const words = title
    .replace(LEADING_PROMPT, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9-]+|(?<![a-z0-9])-|-(?![a-z0-9])/)
    .filter((word) => word.length > 0 && !FILLER_WORDS.has(word));
  let slug = '';
  for (const word of words.slice(0, MAX_SLUG_WORDS)) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug || 'question';
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet. */
export function uniqueSlug(base: string, used: ReadonlySet<string>): string {
  if (!used.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base}-${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
