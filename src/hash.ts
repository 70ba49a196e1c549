/**
 * Small non-cryptographic 32-bit hashes shared by the minhash of briefings and the claim filter of
 * the article index. (The quote tagger's featurizer inlines the same FNV-1a in its hot loop.)
 */

/** FNV-1a, 32 bits, over UTF-16 code units, from `basis` (FNV's offset basis by default). */
export function fnv1a(text: string, basis = 0x811c9dc5): number {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's 32-bit finalizer: mixes every input bit into every output bit. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
