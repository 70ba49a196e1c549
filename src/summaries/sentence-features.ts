/**
 * Per-sentence features for the learned sentence scorer (src/summaries/sentence-model.ts): where the
 * sentence stands, how long it is, how much it shares with the article's title, centroid and most
 * frequent words, and what it carries (quotations, numbers, names, a question, an opening pronoun).
 * Pure and deterministic; the order of FEATURE_NAMES is the order of every feature row and of the
 * model's weights (src/summaries/sentence-model.ts).
 */
import { contentWords, cosine, type Vector } from "./similarity.js";

export const FEATURE_NAMES = [
  "position-0",
  "position-1",
  "position-2",
  "position-3",
  "position-4-5",
  "position-6-9",
  "relative-position",
  "position-prior",
  "length-prior",
  "over-long",
  "short",
  "centroid",
  "centrality",
  "title-overlap",
  "top-terms",
  "quotation",
  "number",
  "capitalized",
  "question",
  "opens-with-pronoun",
] as const;

/** What the ranker has already computed for an article's sentences, reused here. */
export interface FeatureInput {
  sentences: readonly string[];
  /** Content words of each sentence (src/summaries/similarity.ts). */
  tokens: readonly string[][];
  /** Unit TF-IDF vector of each sentence. */
  vectors: readonly Vector[];
  /** LexRank centrality of each sentence, normalised so that the largest is 1. */
  centrality: readonly number[];
  /** The article's title ("" when it has none). */
  title: string;
}

const IDEAL_TOKENS = 10;
const TOP_TERMS = 10;
const QUOTATION = /["“”«»]|(?:^|[\s(])[‘']\p{L}/u;
const NUMBER = /\p{N}/u;
const QUESTION = /\?\s*$/;
const OPENS_WITH_PRONOUN =
  /^(?:he|she|it|they|this|these|that|those|his|her|its|their|but|and|however|also|meanwhile|yet|so|then)\b/i;

/** The article's centroid: the sum of the sentences' vectors, made unit length. */
function centroidOf(vectors: readonly Vector[]): Vector {
  const centroid: Vector = new Map();
  for (const vector of vectors) {
    for (const [term, weight] of vector) centroid.set(term, (centroid.get(term) ?? 0) + weight);
  }
  let norm = 0;
  for (const weight of centroid.values()) norm += weight * weight;
  norm = Math.sqrt(norm) || 1;
  for (const [term, weight] of centroid) centroid.set(term, weight / norm);
  return centroid;
}

/** The article's most frequent content words (ties by the word, so the set is deterministic). */
function topTermsOf(tokens: readonly string[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const list of tokens) for (const term of list) counts.set(term, (counts.get(term) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Set(ranked.slice(0, TOP_TERMS).map(([term]) => term));
}

/** The share of `words` (a set) that the sentence's content words contain; 0 for an empty set. */
function shareOf(words: ReadonlySet<string>, sentence: readonly string[]): number {
  if (words.size === 0) return 0;
  const present = new Set(sentence);
  let hits = 0;
  for (const word of words) if (present.has(word)) hits++;
  return hits / words.size;
}

/** Capitalised words after the first, as a share of all words after the first: names, places. */
function capitalizedShare(sentence: string): number {
  const words = sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 2) return 0;
  let capitalized = 0;
  for (let i = 1; i < words.length; i++) if (/^\p{Lu}/u.test(words[i]!)) capitalized++;
  return capitalized / (words.length - 1);
}

function positionOneHot(index: number): number[] {
  const bucket = index <= 3 ? index : index <= 5 ? 4 : index <= 9 ? 5 : -1;
  return [0, 1, 2, 3, 4, 5].map((b) => (b === bucket ? 1 : 0));
}

/** One row of FEATURE_NAMES.length numbers per sentence, in article order. */
export function sentenceFeatures(input: FeatureInput): number[][] {
  const { sentences, tokens, vectors, centrality } = input;
  const n = sentences.length;
  const centroid = centroidOf(vectors);
  const topTerms = topTermsOf(tokens);
  const titleWords = new Set(contentWords(input.title));
  return sentences.map((sentence, i) => {
    const length = tokens[i]!.length;
    return [
      ...positionOneHot(i),
      n > 1 ? i / (n - 1) : 0,
      1 / (1 + i / 8),
      Math.min(length, IDEAL_TOKENS) / IDEAL_TOKENS,
      length > 3 * IDEAL_TOKENS ? 1 : 0,
      length < 6 ? 1 : 0,
      cosine(vectors[i]!, centroid),
      centrality[i]!,
      shareOf(titleWords, tokens[i]!),
      shareOf(topTerms, tokens[i]!),
      QUOTATION.test(sentence) ? 1 : 0,
      NUMBER.test(sentence) ? 1 : 0,
      capitalizedShare(sentence),
      QUESTION.test(sentence) ? 1 : 0,
      OPENS_WITH_PRONOUN.test(sentence.trim()) ? 1 : 0,
    ];
  });
}
