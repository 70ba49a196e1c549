/**
 * Near-duplicate detection: word shingles and MinHash. Two articles that are copies of one wire
 * story (a syndicated piece with a new headline, a re-post with a changed first line) share most of
 * their k-word shingles; MinHash estimates that Jaccard similarity from fixed-size signatures. The
 * seeds are fixed, so signatures (and clusters) are the same on every run and every machine.
 */
import { fnv1a, mix32 } from "../hash.js";

/** Words of a text for shingling: lower case, letters and digits only. */
export function shingleWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The distinct k-word shingles of a word list (one shingle of all words when there are fewer). */
export function shingles(words: readonly string[], k = 4): Set<string> {
  const out = new Set<string>();
  if (words.length === 0) return out;
  if (words.length <= k) {
    out.add(words.join(" "));
    return out;
  }
  for (let i = 0; i + k <= words.length; i++) out.add(words.slice(i, i + k).join(" "));
  return out;
}

/** `count` seeds from a fixed linear congruential sequence (Numerical Recipes' constants). */
export function minHashSeeds(count: number, start = 0x9e3779b9): Uint32Array {
  const seeds = new Uint32Array(count);
  let state = start >>> 0;
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    seeds[i] = state;
  }
  return seeds;
}

/** 128 permutations: the estimate's standard error is at most 0.5 / sqrt(128) ≈ 0.044. */
export const DEFAULT_SEEDS = minHashSeeds(128);

/** The MinHash signature of a shingle set: per seed, the smallest mixed hash. */
export function minHashSignature(
  set: ReadonlySet<string>,
  seeds: Uint32Array = DEFAULT_SEEDS,
): Uint32Array {
  const signature = new Uint32Array(seeds.length).fill(0xffffffff);
  for (const shingle of set) {
    const base = fnv1a(shingle);
    for (let i = 0; i < seeds.length; i++) {
      const value = mix32(base ^ seeds[i]!);
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

/** The estimated Jaccard similarity of two sets: the share of equal signature slots. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError("signatures of different lengths");
  if (a.length === 0) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}
