/**
 * BM25 over the sentences of one article (each sentence is a document), for the extractive answer
 * to `/ask`. Tokens are the summaries' content words (lower case, stop words out) Porter-stemmed,
 * so "walked out" matches "walk out"; question words ("who", "what", "how long", "happen") never
 * match on their own.
 */
import { stemPorter } from "../summaries/porter.js";
import { contentWords } from "../summaries/rank.js";

/** Words that shape a question rather than name what it is about. */
const QUESTION_WORDS = new Set(
  (
    "long much many often far kind sort type happen happened happens happening mean means meant " +
    "tell know explain describe think anything something someone anyone thing things article story " +
    "please exactly actually really"
  ).split(" "),
);

function tokens(text: string): string[] {
  return contentWords(text).map(stemPorter);
}

function questionTokens(question: string): string[] {
  const words = question.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return tokens(words.filter((w) => !QUESTION_WORDS.has(w)).join(" "));
}

export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

export interface SentenceScore {
  /** 0-based sentence index. */
  index: number;
  score: number;
  /**
   * The share of the question's weight (sum of its terms' IDF, a term the article never uses
   * counting as one it uses once) that this sentence holds: 1 when it has every question term.
   */
  coverage: number;
}

export interface Bm25Index {
  /** Every sentence with a positive score, best first (ties: article order). */
  score(question: string): SentenceScore[];
}

export function createBm25Index(sentences: readonly string[]): Bm25Index {
  const docs = sentences.map((s) => {
    const tf = new Map<string, number>();
    const list = tokens(s);
    for (const token of list) tf.set(token, (tf.get(token) ?? 0) + 1);
    return { tf, length: list.length };
  });
  const n = docs.length;
  const averageLength = docs.reduce((sum, d) => sum + d.length, 0) / Math.max(1, n) || 1;
  const df = new Map<string, number>();
  for (const doc of docs) for (const term of doc.tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  // A term the article never uses weighs like one it uses once: rare, but not more than rare.
  const idf = (term: string) => {
    const f = Math.max(1, df.get(term) ?? 0);
    return Math.log(1 + (n - f + 0.5) / (f + 0.5));
  };
  return {
    score(question) {
      const terms = [...new Set(questionTokens(question))];
      const weights = terms.map(idf);
      const total = weights.reduce((sum, w) => sum + w, 0);
      if (terms.length === 0 || total === 0) return [];
      const scores: SentenceScore[] = [];
      docs.forEach((doc, index) => {
        let score = 0;
        let held = 0;
        terms.forEach((term, i) => {
          const f = doc.tf.get(term);
          if (!f) return;
          const w = weights[i]!;
          held += w;
          score +=
            (w * f * (BM25_K1 + 1)) /
            (f + BM25_K1 * (1 - BM25_B + (BM25_B * doc.length) / averageLength));
        });
        if (score > 0) scores.push({ index, score, coverage: held / total });
      });
      return scores.sort((a, b) => b.score - a.score || a.index - b.index);
    },
  };
}
