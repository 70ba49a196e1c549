/**
 * Same-event clustering: articles that report one event, across sources. Two signals:
 * 1. near-duplicates (MinHash estimate of the Jaccard similarity of 4-word shingles of the whole
 *    text at or above `duplicateJaccard`) are the same story whatever their headlines say;
 * 2. otherwise the TF-IDF cosine of title and lead (the title counted twice: it names the event).
 * Then agglomerative clustering (average link by default, single link on request) merges while the
 * best link is at or above `threshold`. The default threshold comes from the sweep on the labelled
 * demo newsroom (bench/briefings.ts; figures in docs/benchmarks.md).
 */
import { splitSentences } from "../articles/sentences.js";
import { estimateJaccard, minHashSignature, shingles, shingleWords } from "./minhash.js";
import type { BriefingArticle } from "./types.js";
import { contentWords, cosine, tfIdfVectors } from "./vectors.js";

export type Linkage = "average" | "single";

export interface ClusterOptions {
  /** Merge while the best link is at least this (0–1). */
  threshold?: number;
  linkage?: Linkage;
  /** MinHash Jaccard at or above which two articles are near-duplicates (0–1). */
  duplicateJaccard?: number;
  /** Sentences of the lead counted with the title. */
  leadSentences?: number;
}

export const DEFAULT_CLUSTER_THRESHOLD = 0.15;
export const DEFAULT_DUPLICATE_JACCARD = 0.5;
const DEFAULT_LEAD_SENTENCES = 2;

/** The first `count` sentences of an article's text. */
export function leadOf(article: Pick<BriefingArticle, "paragraphs">, count: number): string[] {
  const out: string[] = [];
  for (const paragraph of article.paragraphs) {
    for (const span of splitSentences(paragraph)) {
      out.push(span.text);
      if (out.length >= count) return out;
    }
  }
  return out;
}

/** Pairwise similarity of the articles (symmetric, 1 on the diagonal). */
export function similarityMatrix(
  articles: readonly BriefingArticle[],
  options: ClusterOptions = {},
): Float64Array[] {
  const duplicateJaccard = options.duplicateJaccard ?? DEFAULT_DUPLICATE_JACCARD;
  const leadCount = options.leadSentences ?? DEFAULT_LEAD_SENTENCES;
  const signatures = articles.map((article) => {
    const set = shingles(shingleWords(`${article.title} ${article.paragraphs.join(" ")}`));
    return set.size > 0 ? minHashSignature(set) : null;
  });
  const vectors = tfIdfVectors(
    articles.map((article) => {
      const title = contentWords(article.title);
      return [...title, ...title, ...contentWords(leadOf(article, leadCount).join(" "))];
    }),
  );
  const n = articles.length;
  const matrix = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    matrix[i]![i] = 1;
    for (let j = i + 1; j < n; j++) {
      const a = signatures[i];
      const b = signatures[j];
      const duplicate = a && b && estimateJaccard(a, b) >= duplicateJaccard;
      const value = duplicate ? 1 : cosine(vectors[i]!, vectors[j]!);
      matrix[i]![j] = value;
      matrix[j]![i] = value;
    }
  }
  return matrix;
}

/**
 * Agglomerates items given their similarity matrix: repeatedly merges the two most similar
 * clusters (Lance–Williams update for the linkage) while their link is at least `threshold`.
 * Returns clusters of indices, each sorted, in order of their smallest index. Deterministic: ties
 * go to the pair with the smallest indices.
 */
export function agglomerate(
  similarity: readonly Float64Array[],
  threshold: number,
  linkage: Linkage = "average",
): number[][] {
  const n = similarity.length;
  const link = similarity.map((row) => Float64Array.from(row));
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  for (;;) {
    let best = Number.NEGATIVE_INFINITY;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (!members[i]) continue;
      const row = link[i]!;
      for (let j = i + 1; j < n; j++) {
        if (members[j] && row[j]! > best) {
          best = row[j]!;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0 || best < threshold) break;
    const a = members[bi]!;
    const b = members[bj]!;
    for (let k = 0; k < n; k++) {
      if (!members[k] || k === bi || k === bj) continue;
      const value =
        linkage === "single"
          ? Math.max(link[bi]![k]!, link[bj]![k]!)
          : (a.length * link[bi]![k]! + b.length * link[bj]![k]!) / (a.length + b.length);
      link[bi]![k] = value;
      link[k]![bi] = value;
    }
    members[bi] = [...a, ...b].sort((x, y) => x - y);
    members[bj] = null;
  }
  return members.filter((m): m is number[] => m !== null);
}

/** Groups articles that report the same event; each group keeps the input order of its articles. */
export function clusterArticles<A extends BriefingArticle>(
  articles: readonly A[],
  options: ClusterOptions = {},
): A[][] {
  const matrix = similarityMatrix(articles, options);
  return agglomerate(
    matrix,
    options.threshold ?? DEFAULT_CLUSTER_THRESHOLD,
    options.linkage ?? "average",
  ).map((indices) => indices.map((i) => articles[i]!));
}
