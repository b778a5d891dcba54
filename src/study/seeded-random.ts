/**
 * Reproducible randomness: the same seed gives the same sequence in every
 * browser, so a shared mock-interview link asks the same questions in the same
 * order. Math.random cannot be seeded; this is a small, well-known generator
 * (a 32-bit FNV-1a hash of the seed text, then mulberry32), plenty for
 * shuffling a few dozen questions.
 */

function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < seed.length; index += 1) {
    hash ^= seed.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A function returning numbers in [0, 1), determined entirely by `seed`. */
export function seededRandom(seed: string): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates on a copy: every order equally likely, the input untouched. */
export function shuffled<T>(items: readonly T[], seed: string): T[] {
  const random = seededRandom(seed);
  const result = [...items];
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other]!, result[index]!];
  }
  return result;
}

const SEED_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A short seed that reads well in a URL (no 0/o or 1/l to confuse when read aloud). */
export function newSeed(randomBytes: Uint8Array): string {
  return Array.from(randomBytes, (byte) => SEED_ALPHABET[byte % SEED_ALPHABET.length]).join('');
}
