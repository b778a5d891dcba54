/**
 * How the index is cut so that the first search downloads little however
 * many questions there are (see README.md, "Search"):
 *
 * - term shards: the index terms, sorted, cut into contiguous ranges of about
 *   a byte budget each; a query loads the ranges its words fall in (a word
 *   being typed: every range its completions can fall in). One set of ranges
 *   for the question fields (title, keywords, topics), one for the answer;
 * - page blocks: the stored results (title, URL, id) and the answers'
 *   excerpts, in blocks of consecutive page numbers; a search loads the blocks
 *   of the results it shows.
 *
 * While everything fits the budget there is one shard and one block, shipped
 * inside the two index files, and nothing loads on demand.
 */

/** What the index files carry of the cut: enough to name the shard of any term or page. */
export interface ShardLayout {
  /** The first term of every question-term shard after the first, sorted. */
  readonly questionBounds: readonly string[];
  /** Pages per block. */
  readonly blockSize: number;
}

/**
 * Cuts `terms` (sorted, each with its size in bytes) into ranges of at most
 * `budget` bytes, a term never split; returns the first term of every range
 * after the first. A single term larger than the budget gets a range alone.
 */
export function cutIntoRanges(terms: readonly { readonly term: string; readonly bytes: number }[], budget: number): string[] {
  if (!(budget > 0)) throw new Error(`shard budget ${budget} is not a positive number of bytes`);
  const bounds: string[] = [];
  let filled = 0;
  terms.forEach(({ term, bytes }, position) => {
    if (position > 0 && terms[position - 1]!.term >= term) throw new Error(`terms are not sorted and unique: "${terms[position - 1]!.term}" before "${term}"`);
    if (filled > 0 && filled + bytes > budget) {
      bounds.push(term);
      filled = 0;
    }
    filled += bytes;
  });
  return bounds;
}

/** The shard (0 = first) whose range holds `term`: the last bound at or before it. */
export function shardOfTerm(bounds: readonly string[], term: string): number {
  let low = 0;
  let high = bounds.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (bounds[middle]! <= term) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Every shard that may hold a term starting with `prefix` (its completions), in order. */
export function shardsOfPrefix(bounds: readonly string[], prefix: string): number[] {
  const first = shardOfTerm(bounds, prefix);
  // '\uffff' sorts after every character a term can hold.
  const last = shardOfTerm(bounds, `${prefix}\uffff`);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** The block that stores page `page`. */
export function blockOfPage(page: number, blockSize: number): number {
  if (!Number.isInteger(page) || page < 0) throw new Error(`page ${page} is not a page number`);
  return Math.floor(page / blockSize);
}

/** The names the shards load by (the plugin's loader module and file names use them). */
export const shardKeys = {
  questionTerms: (shard: number) => `t${shard}`,
  answerTerms: (shard: number) => `a${shard}`,
  stored: (block: number) => `d${block}`,
  excerpts: (block: number) => `e${block}`,
} as const;
