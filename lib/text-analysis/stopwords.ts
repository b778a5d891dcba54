/**
 * Words that carry no meaning on their own, so they are neither indexed nor
 * compared. Two lists for the two uses, built from one core so what differs
 * between them is written down here rather than hidden in two files.
 */

/** Function words both uses drop. */
// prettier-ignore
const FUNCTION_WORDS = [
  'a', 'about', 'after', 'again', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at',
  'be', 'because', 'been', 'before', 'being', 'both', 'but', 'by',
  'can', 'could', 'did', 'do', 'does', 'doing', 'during', 'each', 'few', 'for', 'from', 'further',
  'had', 'has', 'have', 'having', 'he', 'her', 'here', 'how',
  'i', 'if', 'in', 'into', 'is', 'it', 'its', 'just', 'me', 'more', 'most', 'my',
  'no', 'nor', 'not', 'of', 'on', 'once', 'only', 'or', 'other', 'our', 'own',
  'same', 'she', 'should', 'so', 'some', 'such', 'than', 'that', 'the', 'their', 'them', 'then', 'there',
  'these', 'they', 'this', 'those', 'through', 'to', 'too', 'very',
  'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who', 'whom', 'why', 'will', 'with', 'would',
  'you', 'your',
] as const;

/**
 * Search: "how do you handle alert fatigue" searches for "handle alert fatigue".
 *
 * Kept deliberately short. Words that mean something in operations stay
 * searchable even though they are common: up, down, out, over, back, off,
 * time, work, first, new ("scale out", "time to recover", "out of memory").
 */
// prettier-ignore
export const SEARCH_STOPWORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  'above', 'against', 'between', 'etc', 'hers', 'him', 'his', 'itself', 'ours', 'versus', 'vs', 'yours', 'yourself',
  // What is left of contractions once the apostrophe splits them: "don't" → "don", "t".
  'd', 'll', 'm', 're', 's', 't', 've', 'don', 'doesn', 'didn', 'isn', 'aren', 'wasn', 'weren', 'won', 'wouldn', 'shouldn', 'couldn', 'haven', 'hasn',
]);

/**
 * Related questions (generator/stages/related.ts): words too common in answers
 * to say two questions are alike (up, down, out, like, make…) go too, and
 * contractions whole, as that tokenizer keeps the apostrophe. The published
 * related links were chosen with exactly this list: changing it changes them.
 */
// prettier-ignore
export const SIMILARITY_STOPWORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  'down', 'even', 'like', 'make', 'now', 'off', 'one', 'out', 'over', 'under', 'until', 'up',
  'i’d', 'i’m', 'i’ve', 'it’s', 'don’t',
]);
