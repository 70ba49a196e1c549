/**
 * Word and similarity helpers of the extractive engine: content words, TF-IDF sentence vectors,
 * cosine similarity and LexRank centrality. Pure and deterministic.
 */
const STOP_WORDS = new Set(
  (
    "a an the and or but if of at by for with about against between into through during before after " +
    "above below to from up down in out on off over under again further then once here there when where " +
    "why how all any both each few more most other some such no nor not only own same so than too very " +
    "s t can will just don should now i me my myself we our ours you your he him his she her it its they " +
    "them their what which who whom this that these those am is are was were be been being have has had " +
    "having do does did doing would could also said says say mr mrs ms one two"
  ).split(" "),
);

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Content words of a sentence: lower-case, alphanumeric, stop words removed, lightly stemmed. Word
 * by word, never an array of every word: on a page of one huge sentence of stop words that array
 * is all garbage (600,000 words at 4 MB).
 */
export function contentWords(sentence: string): string[] {
  const lower = sentence.toLowerCase();
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower)) {
    if (STOP_WORDS.has(m[0])) continue;
    out.push(stemLight(m[0]));
  }
  return out;
}

function stemLight(word: string): string {
  if (word.length > 5 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

export type Vector = Map<string, number>;

/** Unit-length TF-IDF vectors, one per token list; idf = ln(1 + n / df) over the lists given. */
export function buildVectors(tokenLists: readonly (readonly string[])[]): Vector[] {
  const vectorOf = vectorizer(tokenLists);
  return tokenLists.map((_, i) => vectorOf(i));
}

/**
 * The vector `buildVectors` gives list `i`, built when first asked for and kept: a caller that
 * compares a few lists keeps no vector for the others (a hostile page has 100,000 sentences).
 */
export function vectorizer(tokenLists: readonly (readonly string[])[]): (i: number) => Vector {
  const documentFrequency = new Map<string, number>();
  for (const tokens of tokenLists) {
    for (const term of new Set(tokens)) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const n = tokenLists.length;
  const built = new Map<number, Vector>();
  return (i) => {
    const known = built.get(i);
    if (known) return known;
    const tokens = tokenLists[i]!;
    const vector: Vector = new Map();
    for (const term of tokens) vector.set(term, (vector.get(term) ?? 0) + 1);
    let norm = 0;
    for (const [term, tf] of vector) {
      const weight = tf * Math.log(1 + n / (documentFrequency.get(term) ?? 1));
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    built.set(i, vector);
    return vector;
  };
}

/** Cosine similarity of two unit vectors (0 when either is empty). */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return dot;
}

/** LexRank (continuous): PageRank with damping 0.85 over the cosine-similarity graph. */
export function lexRank(similarity: readonly Float64Array[]): number[] {
  const n = similarity.length;
  if (n === 0) return [];
  const rowSums = similarity.map((row) => row.reduce((sum, value) => sum + value, 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < 50; iteration++) {
    const next = new Array<number>(n).fill((1 - 0.85) / n);
    for (let j = 0; j < n; j++) {
      const row = similarity[j]!;
      const total = rowSums[j]!;
      if (total === 0) {
        for (let i = 0; i < n; i++) next[i]! += (0.85 * rank[j]!) / n;
        continue;
      }
      for (let i = 0; i < n; i++) next[i]! += (0.85 * rank[j]! * row[i]!) / total;
    }
    const delta = next.reduce((sum, value, i) => sum + Math.abs(value - rank[i]!), 0);
    rank = next;
    if (delta < 1e-6) break;
  }
  return rank;
}
