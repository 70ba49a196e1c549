/**
 * Training of the learned sentence scorer (src/summaries/sentence-model.ts): a linear ranking of the
 * sentences inside each article, by a pairwise logistic loss with an L2 penalty, solved by Newton's
 * method. Pure and deterministic; used by bench/eval-summaries.ts (bench/eval-summaries-learned.ts),
 * never at run time.
 */
import { MODEL_FEATURES, type PriorWeights, type SentenceModel } from "./sentence-model.js";

const UNPENALIZED = "hand-set";

/** Solves the symmetric positive-definite system `a x = b` by Cholesky decomposition. */
function solveSymmetric(a: number[][], b: number[]): number[] {
  const n = b.length;
  const l = a.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i]![j]!;
      for (let k = 0; k < j; k++) sum -= l[i]![k]! * l[j]![k]!;
      l[i]![j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j]![j]!;
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i]![k]! * y[k]!;
    y[i] = sum / l[i]![i]!;
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < n; k++) sum -= l[k]![i]! * x[k]!;
    x[i] = sum / l[i]![i]!;
  }
  return x;
}

/** One article's training rows: a feature row per sentence, and the sentences to rank first. */
export interface TrainingArticle {
  rows: readonly (readonly number[])[];
  /** Indices of the sentences that should score above every other sentence of the article. */
  positives: readonly number[];
}

const NEWTON_STEPS = 50;

/** Each feature's mean and standard deviation over all rows (1 for a constant feature). */
function standardizer(articles: readonly TrainingArticle[], d: number) {
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  const n = articles.reduce((sum, a) => sum + a.rows.length, 0);
  for (const { rows } of articles)
    for (const row of rows) for (let j = 0; j < d; j++) mean[j]! += row[j]! / n;
  for (const { rows } of articles) {
    for (const row of rows) for (let j = 0; j < d; j++) scale[j]! += (row[j]! - mean[j]!) ** 2 / n;
  }
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]!) || 1;
  return { mean, scale, n };
}

/** Every (positive, other) pair of every article as a difference of standardised rows, with its weight. */
function pairsOf(
  articles: readonly TrainingArticle[],
  mean: readonly number[],
  scale: readonly number[],
): { differences: Float64Array[]; weights: number[] } {
  const differences: Float64Array[] = [];
  const weights: number[] = [];
  const usable = articles.filter(
    (a) => a.positives.length > 0 && a.positives.length < a.rows.length,
  );
  for (const { rows, positives } of usable) {
    const positive = new Set(positives);
    const count = positives.length * (rows.length - positive.size);
    for (const p of positive) {
      for (let o = 0; o < rows.length; o++) {
        if (positive.has(o)) continue;
        const difference = new Float64Array(mean.length);
        for (let j = 0; j < mean.length; j++) {
          difference[j] = (rows[p]![j]! - rows[o]![j]!) / scale[j]!;
        }
        differences.push(difference);
        // Every article weighs the same, whatever its length; the weights sum to 1.
        weights.push(1 / (count * usable.length));
      }
    }
  }
  return { differences, weights };
}

/**
 * A linear ranking of the sentences inside each article: minimises the weighted logistic loss
 * Σ log(1 + exp(−w·(z_positive − z_other))) over every article's pairs (each article weighs the
 * same) plus ridge/2 · |w|² over every weight but the hand-set score's, z being the rows standardised by all rows' mean and standard deviation.
 * Convex; solved by Newton's method from w = 0, so the same articles give the same weights. The
 * bias is 0: only the order inside an article matters.
 */
export function trainSentenceModel(
  articles: readonly TrainingArticle[],
  ridge: number,
  prior: PriorWeights,
  features: readonly string[] = MODEL_FEATURES,
): SentenceModel {
  const d = features.length;
  // The hand-set score is not penalised (a tiny penalty keeps the system positive definite).
  const penalty = features.map((name) => (name === UNPENALIZED ? 1e-9 : ridge));
  const { mean, scale, n } = standardizer(articles, d);
  if (n === 0) throw new Error("trainSentenceModel: no training rows");
  const { differences, weights: pairWeights } = pairsOf(articles, mean, scale);
  const objective = (v: readonly number[]) => {
    let loss = 0;
    differences.forEach((x, p) => {
      let margin = 0;
      for (let j = 0; j < d; j++) margin += v[j]! * x[j]!;
      // log(1 + e^−m), stable for large |m|.
      loss +=
        pairWeights[p]! *
        (margin > 0 ? Math.log1p(Math.exp(-margin)) : -margin + Math.log1p(Math.exp(margin)));
    });
    return loss + v.reduce((sum, x, j) => sum + (penalty[j]! / 2) * x * x, 0);
  };
  let w = new Array<number>(d).fill(0);
  for (let iteration = 0; iteration < NEWTON_STEPS; iteration++) {
    const gradient = w.map((v, j) => penalty[j]! * v);
    const hessian = Array.from({ length: d }, (_, j) =>
      Array.from({ length: d }, (_, k) => (j === k ? penalty[j]! : 0)),
    );
    differences.forEach((x, p) => {
      let margin = 0;
      for (let j = 0; j < d; j++) margin += w[j]! * x[j]!;
      const sigma = 1 / (1 + Math.exp(margin));
      const a = pairWeights[p]!;
      const curvature = a * sigma * (1 - sigma);
      for (let j = 0; j < d; j++) {
        gradient[j]! -= a * sigma * x[j]!;
        for (let k = 0; k <= j; k++) hessian[j]![k]! += curvature * x[j]! * x[k]!;
      }
    });
    for (let j = 0; j < d; j++) for (let k = j + 1; k < d; k++) hessian[j]![k] = hessian[k]![j]!;
    const delta = solveSymmetric(hessian, gradient);
    // Backtracking: halve the Newton step until the objective does not rise.
    const before = objective(w);
    let step = 1;
    let next = w.map((v, j) => v - delta[j]!);
    while (objective(next) > before && step > 1e-6) {
      step /= 2;
      next = w.map((v, j) => v - step * delta[j]!);
    }
    w = next;
    if (step * Math.max(...delta.map(Math.abs)) < 1e-10) break;
  }
  return {
    features: [...features],
    prior,
    mean,
    scale,
    weights: w,
    bias: 0,
    ridge,
    articles: articles.length,
    sentences: n,
  };
}
