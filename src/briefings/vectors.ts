/**
 * TF-IDF vectors over content words (src/summaries/rank.ts's tokenizer: lower case, stop words
 * removed, lightly stemmed) and their cosine similarity. Pure; the IDF is computed over the
 * documents given, so similarity is relative to what else is in the briefing.
 */
import { contentWords } from "../summaries/rank.js";

export type Vector = ReadonlyMap<string, number>;

/** Unit-length TF-IDF vectors, one per token list; idf = ln(1 + n / df). */
export function tfIdfVectors(tokenLists: readonly (readonly string[])[]): Vector[] {
  const documentFrequency = new Map<string, number>();
  for (const tokens of tokenLists) {
    for (const term of new Set(tokens)) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const n = tokenLists.length;
  return tokenLists.map((tokens) => {
    const vector = new Map<string, number>();
    for (const term of tokens) vector.set(term, (vector.get(term) ?? 0) + 1);
    let norm = 0;
    for (const [term, tf] of vector) {
      const weight = tf * Math.log(1 + n / (documentFrequency.get(term) ?? 1));
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
}

/** Cosine similarity of two unit vectors (0 when either is empty). */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return dot;
}

export { contentWords };
