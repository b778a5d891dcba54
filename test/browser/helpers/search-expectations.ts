/**
 * What the site's search must find, written down by reading
 * source/sre-interview-questions.txt, never computed by the site's engine:
 * the browser tests compare the page against these.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = 'source/sre-interview-questions.txt';
/** "10. What is your experience with Kubernetes…" lines of the source, by number. */
const sourceTitles = new Map(
  [...readFileSync(resolve(fileURLToPath(import.meta.url), '../../../..', SOURCE), 'utf8').matchAll(/^(\d+)\. (.+)$/gm)].map(([, number, title]) => [
    Number(number),
    title!.trim(),
  ]),
);

/**
 * Queries and the questions (by number in the source) that must be among the
 * first three results, from reading the source: the query is in their titles.
 * - kubernetes: 10 "What is your experience with Kubernetes…" and 21 "How do you debug a Kubernetes workload…"
 * - kubernets (a typo): the same two
 * - postmortem: 15 "Tell me about a postmortem you wrote…" and 19 "…how do you avoid postmortems becoming blame-oriented?"
 * - toil: 11 "How do you measure operational toil…"
 * - canary: 27 "What strategies have you used for safe production changes, such as canaries…" (its answer says "Canary rollouts")
 */
export const MUST_BE_IN_TOP_3: Record<string, number[]> = {
  kubernetes: [10, 21],
  kubernets: [10, 21],
  postmortem: [15, 19],
  toil: [11],
  canary: [27],
};
/** The title the source gives question `number`. */
export function titleOfNumber(number: number): string {
  const title = sourceTitles.get(number);
  if (title === undefined) throw new Error(`${SOURCE} has no question numbered ${number} (a line "${number}. <question>")`);
  return title;
}
