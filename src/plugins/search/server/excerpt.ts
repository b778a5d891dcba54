/** The answer's opening, on one line, cut at a word boundary: what a result shows under the question. */
export function excerpt(answer: string, maxLength: number): string {
  const text = answer.replace(/\s+/g, ' ').trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
