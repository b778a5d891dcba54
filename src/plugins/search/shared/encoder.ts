/**
 * flexsearch's Encoder, configured with the rules of analyze.ts, for building
 * the index. Passed as the `encoder` option: 0.8 ignores the older `charset`
 * option without a warning.
 */
import { Encoder } from 'flexsearch';
import { joinCompounds, normalizeText, WORD_SEPARATOR } from './analyze.ts';
import { SEARCH_STOPWORDS as stopwords } from '../../../../lib/text-analysis/stopwords.ts';
import { stem } from '../../../../lib/text-analysis/stem.ts';

export function createEncoder(): Encoder {
  return new Encoder({
    normalize: normalizeText,
    prepare: joinCompounds,
    split: WORD_SEPARATOR,
    // Numbers stay whole ("2024", "p99"), not cut into triplets.
    numeric: false,
    // Letters stay as written, so a prefix is compared with what the reader typed.
    dedupe: false,
    filter: new Set(stopwords),
    finalize: (terms) => terms.map(stem),
    cache: false,
  });
}
