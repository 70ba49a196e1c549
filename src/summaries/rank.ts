/**
 * Sentence ranking for the extractive engine: position (lead bias), centrality (LexRank: PageRank
 * over TF-IDF cosine similarities), length and question weights — or, for evaluation, a learned
 * linear scorer over per-sentence features (src/summaries/sentence-model.ts) — then a greedy pick by
 * maximal marginal relevance (MMR) so that a near-duplicate of a sentence already chosen (an image
 * caption repeating the lede) is skipped. Pure and deterministic; works on sentence strings.
 */
import { sentenceFeatures } from "./sentence-features.js";
import { type PriorWeights, type SentenceModel, scoreRows } from "./sentence-model.js";
import { contentWords, cosine, lexRank, type Vector, vectorizer } from "./similarity.js";

export { contentWords };

export interface RankWeights {
  /** Weight of the position prior 1 / (1 + index / positionScale). */
  position: number;
  positionScale: number;
  /**
   * Added to the score of each of the first LEAD_SENTENCES sentences (Lead-3's choice): news puts
   * its facts first, so a later sentence displaces one of them only when it outscores it by this
   * much on the other weights.
   */
  lead: number;
  /** Weight of LexRank centrality, normalised to [0, 1]. */
  centrality: number;
  /** Weight of the length prior (sentences near `idealTokens` content words score 1). */
  length: number;
  idealTokens: number;
  /** Subtracted from the length prior of a sentence over three times `idealTokens` content words. */
  overLong: number;
  /**
   * Subtracted from the score of a sentence that asks a question in its own voice (ends with `?`,
   * not with a quotation that does): a hook (`But will he face death?`), not news.
   */
  question: number;
  /** MMR trade-off: 1 ignores redundancy, 0 only avoids it. */
  lambda: number;
  /** Sentences more similar than this to one already chosen are never picked. */
  maxSimilarity: number;
  /**
   * Sentences with fewer content words than this are only picked when nothing else is left —
   * unless `shortClauses` is set and the sentence reads as one (`readsAsClause`).
   */
  minTokens: number;
  /**
   * Whether a short sentence that reads as a clause of its own (`He was 88.`) competes like any
   * other; page furniture of the same length (`Sign In`, `ST. JOSEPH, Mich.`, a date) still waits.
   */
  shortClauses: boolean;
  /**
   * A learned sentence scorer (src/summaries/sentence-model.ts). When set, a sentence's score is
   * the model's (whose last feature is the hand-set score with the model's own prior weights) and
   * the position, centrality, length and question weights here are unused. The shipped defaults
   * have none; bench/eval-summaries.ts cross-validates one against them.
   */
  model: SentenceModel | null;
}

/** How many opening sentences the `lead` weight favours: Lead-3's three. */
export const LEAD_SENTENCES = 3;

/**
 * Chosen on all 123 articles of ../shared/corpus/cnndm-dev by the procedure that
 * bench/eval-summaries.ts cross-validates (a grid over position scale, length, the over-long and
 * question penalties, the lead weight and short clauses; the largest worst-fold margin over
 * Lead-3, then the best mean stemmed ROUGE-1 + ROUGE-2 of the whole answer at `medium`). Its
 * per-fold figures, weights chosen on the other folds, say how well the procedure generalizes: see
 * docs/benchmarks.md. No learned model: the learned sentence scorer, cross-validated in the same
 * run, does not beat it (see there and docs/adr/0003-summary-cache.md).
 */
export const DEFAULT_WEIGHTS: RankWeights = {
  position: 1,
  positionScale: 4,
  lead: 0.5,
  centrality: 0,
  length: 0.4,
  idealTokens: 10,
  overLong: 0.5,
  question: 0.5,
  lambda: 1,
  maxSimilarity: 0.6,
  minTokens: 4,
  shortClauses: true,
  model: null,
};

/** Boilerplate a scrape leaves in the text: bylines, timestamps, share and newsletter prompts. */
const BOILERPLATE =
  /^(by\s*\.|published:|updated:|last updated|follow\b|click here|scroll down|read more|share this|comments?\b|sign up\b|subscribe\b|get breaking news|related:|\[related|also on\b|media playback|this (?:post|article|page) (?:may )?contains? affiliate)|\|\s*(updated|published)/i;

/**
 * Starts with a capital (after an opening quotation mark); ends with a word of two or more letters
 * or digits and its own full stop, question or exclamation mark, a closing mark on either side.
 */
const CLAUSE_EDGES = /^["“‘']?\p{Lu}.*[\p{L}\p{N}]{2}["”’')]?[.!?]["”’')]?$/su;
const LOWER_WORD = /(?:^|\s)["“‘']?\p{Ll}{2}/u;

/**
 * A short sentence that reads as a clause of its own, as a lead's short fact does (`He was 88.`,
 * `Xi's problem is simple.`): three words or more, capitalised, a lower-case word among them, its
 * own closing punctuation after a word. Not the furniture a page's opening lines carry: a
 * dateline (`ST. JOSEPH, Mich.`), a menu item or label (`Sign In`, `BREAKING NEWS`), a date
 * (`November 20, 2019`), a photo credit, a fragment a splitter cut at an ordinal (`Am 12.`).
 */
export function readsAsClause(sentence: string): boolean {
  const text = sentence.trim();
  // Three words or more: two runs of white space in the trimmed text (no array of its words).
  return CLAUSE_EDGES.test(text) && LOWER_WORD.test(text) && /\s\S+\s/.test(text);
}

/** A sentence that ends with its own question mark (`…worth buying?`, `…"service of process"?`). */
const QUESTION = /\?\s*$/;

export interface RankedSentences {
  /** The score of each sentence, in article order. */
  scores: number[];
  /** Cosine similarity of sentence `i`'s TF-IDF vector to sentence `j`'s (0 when i = j). */
  similarity: (i: number, j: number) => number;
  /** Content-word counts. */
  lengths: number[];
  boilerplate: boolean[];
  /** Whether each sentence may be picked in the first pass: not boilerplate, not too short. */
  eligible: boolean[];
}

interface Analysis {
  tokens: string[][];
  /** Each sentence's TF-IDF vector, built when asked for. */
  vectorOf: (i: number) => Vector;
  similarity: (i: number, j: number) => number;
  /**
   * LexRank centrality, normalised so that the largest is 1; empty unless asked for, since it reads
   * every pair of sentences (a long page made the default ranking, which weighs centrality 0,
   * quadratic in time and memory: 44 s and 1.2 GB for 1.6 MB of text).
   */
  centrality: number[];
}

function analyse(sentences: readonly string[], withCentrality: boolean): Analysis {
  const tokens = sentences.map(contentWords);
  const vectorOf = vectorizer(tokens);
  const n = sentences.length;
  const pair = (i: number, j: number) => (i === j ? 0 : cosine(vectorOf(i), vectorOf(j)));
  if (!withCentrality) return { tokens, vectorOf, similarity: pair, centrality: [] };
  const matrix = sentences.map((_, i) => {
    const row = new Float64Array(n);
    for (let j = 0; j < n; j++) row[j] = pair(i, j);
    return row;
  });
  const rank = lexRank(matrix);
  const maxCentrality = Math.max(...rank, Number.MIN_VALUE);
  return {
    tokens,
    vectorOf,
    similarity: (i, j) => matrix[i]![j]!,
    centrality: rank.map((c) => c / maxCentrality),
  };
}

/** The hand-set ranking's score of each sentence: position, lead, centrality, length, questions. */
function handSetScores(
  sentences: readonly string[],
  analysis: Analysis,
  weights: PriorWeights,
): number[] {
  const { tokens, centrality } = analysis;
  return sentences.map((_, i) => {
    const length = tokens[i]!.length;
    const lengthScore = Math.min(length, weights.idealTokens) / weights.idealTokens;
    const overLong = length > 3 * weights.idealTokens ? weights.overLong : 0;
    const question = QUESTION.test(sentences[i]!) ? weights.question : 0;
    return (
      weights.position / (1 + i / weights.positionScale) +
      (i < LEAD_SENTENCES ? weights.lead : 0) +
      (weights.centrality === 0 ? 0 : weights.centrality * centrality[i]!) +
      weights.length * (lengthScore - overLong) -
      question
    );
  });
}

function rowsOf(
  sentences: readonly string[],
  title: string,
  analysis: Analysis,
  prior: PriorWeights,
): number[][] {
  const hand = handSetScores(sentences, analysis, prior);
  const vectors = sentences.map((_, i) => analysis.vectorOf(i));
  return sentenceFeatures({ sentences, title, ...analysis, vectors }).map((row, i) => [
    ...row,
    hand[i]!,
  ]);
}

/**
 * The learned scorer's feature rows (MODEL_FEATURES of src/summaries/sentence-model.ts): the
 * sentence features, then the hand-set score with `prior`.
 */
export function featureRows(
  sentences: readonly string[],
  title: string,
  prior: PriorWeights,
): number[][] {
  return rowsOf(sentences, title, analyse(sentences, true), prior);
}

/**
 * Scores each sentence: by the learned model when `weights.model` is set, else by the hand-set
 * position, centrality, length and question weights. Pure and deterministic.
 */
export function rankSentences(
  sentences: readonly string[],
  weights: RankWeights = DEFAULT_WEIGHTS,
  title = "",
): RankedSentences {
  const analysis = analyse(sentences, weights.model !== null || weights.centrality !== 0);
  const boilerplate = sentences.map((sentence) => BOILERPLATE.test(sentence.trim()));
  const lengths = analysis.tokens.map((t) => t.length);
  const scores = weights.model
    ? scoreRows(rowsOf(sentences, title, analysis, weights.model.prior), weights.model)
    : handSetScores(sentences, analysis, weights);
  const eligible = sentences.map(
    (sentence, i) =>
      !boilerplate[i] &&
      (lengths[i]! >= weights.minTokens || (weights.shortClauses && readsAsClause(sentence))),
  );
  return { scores, similarity: analysis.similarity, lengths, boilerplate, eligible };
}

/**
 * Picks `count` sentences by MMR over the ranking; returns their indices in article order, then the
 * indices of up to `extra` further picks (key points), also in article order.
 */
export function selectSentences(
  sentences: readonly string[],
  count: number,
  extra = 0,
  weights: RankWeights = DEFAULT_WEIGHTS,
  title = "",
): { chosen: number[]; further: number[] } {
  const ranked = rankSentences(sentences, weights, title);
  const picked: number[] = [];
  const unlike = (i: number) =>
    picked.every((j) => ranked.similarity(i, j) <= weights.maxSimilarity);
  const pickOne = (): boolean => {
    for (const strict of [true, false]) {
      let best = -1;
      let bestValue = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < sentences.length; i++) {
        if (picked.includes(i) || (strict && !ranked.eligible[i]!)) continue;
        // At λ = 1 redundancy weighs nothing: not computed.
        const redundancy =
          weights.lambda === 1
            ? 0
            : picked.reduce((max, j) => Math.max(max, ranked.similarity(i, j)), 0);
        const value = weights.lambda * ranked.scores[i]! - (1 - weights.lambda) * redundancy;
        // Too like a pick rules a sentence out; tested only where it would win (a long page's
        // sentences then need no vector).
        if (value > bestValue && unlike(i)) {
          bestValue = value;
          best = i;
        }
      }
      if (best >= 0) {
        picked.push(best);
        return true;
      }
    }
    return false;
  };
  while (picked.length < count && pickOne()) {}
  const chosen = [...picked].sort((a, b) => a - b);
  while (picked.length < count + extra && pickOne()) {}
  const further = picked.slice(chosen.length).sort((a, b) => a - b);
  return { chosen, further };
}
