/**
 * A learned sentence scorer for the extractive engine: a linear model over the standardised
 * features of src/summaries/sentence-features.ts and the hand-set ranking's score, trained as a
 * pairwise ranking inside each article (src/summaries/pairwise.ts) to put the sentences of the
 * reference's greedy oracle (src/summaries/oracle.ts) above the others. bench/eval-summaries.ts
 * cross-validates it against the hand-set ranking; it did not beat it on the CNN/DailyMail dev
 * articles, so the engine's DEFAULT_WEIGHTS carry no model (docs/adr/0003-summary-cache.md).
 */

import type { RankWeights } from "./rank.js";
import { FEATURE_NAMES } from "./sentence-features.js";

/** The hand-set ranking's weights whose score is the model's last feature. */
export type PriorWeights = Pick<
  RankWeights,
  | "position"
  | "positionScale"
  | "lead"
  | "centrality"
  | "length"
  | "idealTokens"
  | "overLong"
  | "question"
>;

/**
 * The model's features: those of src/summaries/sentence-features.ts, then the hand-set ranking's
 * score with the model's `prior` weights — the one feature training does not penalise, so that a
 * strongly penalised model is the hand-set ranking and the rest is a learned correction of it.
 */
export const MODEL_FEATURES = [...FEATURE_NAMES, "hand-set"] as const;

export interface SentenceModel {
  /** Feature names, in the order of `weights`, `mean` and `scale` (MODEL_FEATURES). */
  features: readonly string[];
  /** The weights of the hand-set score, the last feature. */
  prior: PriorWeights;
  /** Each feature's mean and standard deviation on the training rows (scale 1 for a constant). */
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  bias: number;
  /** The L2 strength it was trained with. */
  ridge: number;
  /** How many articles and sentences it was trained on. */
  articles: number;
  sentences: number;
}

/** The model's score of each feature row: bias + Σ weight × standardised feature. */
export function scoreRows(rows: readonly (readonly number[])[], model: SentenceModel): number[] {
  return rows.map((row) => {
    let score = model.bias;
    for (let j = 0; j < model.weights.length; j++) {
      score += (model.weights[j]! * (row[j]! - model.mean[j]!)) / model.scale[j]!;
    }
    return score;
  });
}
