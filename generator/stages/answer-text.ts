import type { ParsedQuestion, SourceLine } from '../document-types.ts';

/** Every line of a question's answer, in order, as written; a code block or formula counts as one. */
function answerLines(question: ParsedQuestion): SourceLine[] {
  return question.blocks.flatMap((block) => (block.kind === 'list' ? block.items : [block]));
}

export function answerText(question: ParsedQuestion): string {
  return answerLines(question)
    .map((line) => line.text)
    .join('\n');
}

/** The first sentence of the answer, for descriptions and previews. */
export function firstSentence(question: ParsedQuestion, maxLength = 200): string {
  const first = answerLines(question)[0]?.text ?? '';
  const sentence = /^.*?[.!?](?=\s|$)/.exec(first)?.[0] ?? first;
  return truncateAtWord(sentence, maxLength);
}

export function truncateAtWord(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
