/**
 * Cross-validation of the learned sentence scorer (src/summaries/sentence-model.ts) on the
 * CNN/DailyMail dev articles, and the procedure that trains it on all of them (reported beside the
 * grid's choice). Every sentence the engine ranks (tightened, as shown) is a training
 * row (src/summaries/sentence-features.ts); the sentences of the article's greedy oracle against its
 * reference highlights (src/summaries/oracle.ts) are to be ranked above the others. For a held-out
 * fold the model is trained on the other folds' articles only; its one hyper-parameter, the L2 strength,
 * is chosen by a nested cross-validation inside those folds (train on all but one, score the engine's
 * whole answer on that one, for each), by the grid's criterion: the worst margin over Lead-3 across
 * the inner folds, then the best mean stemmed ROUGE-1 + ROUGE-2.
 */
import { engineSentences } from "../src/summaries/extractive.js";
import { greedyOracle } from "../src/summaries/oracle.js";
import { type TrainingArticle, trainSentenceModel } from "../src/summaries/pairwise.js";
import { featureRows, type RankWeights } from "../src/summaries/rank.js";
import type { PriorWeights, SentenceModel } from "../src/summaries/sentence-model.js";
import {
  bestOn,
  type DocumentScore,
  type EvalDocument,
  scoreOne,
  userSentences,
} from "./summaries-cv.js";

/** The L2 strengths the nested cross-validation chooses from (at 100 the model is the prior). */
export const RIDGES = [0.001, 0.01, 0.1, 1, 10, 100] as const;

/** An article's sentences as the engine ranks them, and its greedy oracle's sentences. */
export interface OracleArticle {
  sentences: string[];
  title: string;
  positives: number[];
}

export function oracleArticles(documents: readonly EvalDocument[]): OracleArticle[] {
  return documents.map(({ article, reference }) => {
    const sentences = engineSentences(article).map((s) => s.text);
    return { sentences, title: article.title, positives: greedyOracle(sentences, reference) };
  });
}

/** Training rows of every article, the hand-set score computed with `prior`. */
export function articleRows(
  articles: readonly OracleArticle[],
  prior: PriorWeights,
): TrainingArticle[] {
  return articles.map(({ sentences, title, positives }) => ({
    rows: featureRows(sentences, title, prior),
    positives,
  }));
}

/** The model trained on the articles `docs` (indices into `data`, taken in ascending order). */
export function trainOn(
  data: readonly TrainingArticle[],
  docs: readonly number[],
  ridge: number,
  prior: PriorWeights,
): SentenceModel {
  const sorted = [...docs].sort((a, b) => a - b);
  return trainSentenceModel(
    sorted.map((d) => data[d]!),
    ridge,
    prior,
  );
}

/** The hand-set ranking's weights that the learned model corrects. */
export function priorOf(weights: RankWeights): PriorWeights {
  const { position, positionScale, lead, centrality, length, idealTokens, overLong, question } =
    weights;
  return { position, positionScale, lead, centrality, length, idealTokens, overLong, question };
}

/**
 * The engine's answer with `model`, scored, for each of `docs` (a sparse array by article); the
 * selection (short sentences, similarity, MMR) is the grid point `point`'s.
 */
function scoreWith(
  documents: readonly EvalDocument[],
  docs: readonly number[],
  model: SentenceModel,
  point: RankWeights,
  into: DocumentScore[],
): void {
  const weights = { ...point, model };
  for (const d of docs) {
    into[d] = scoreOne(userSentences(documents[d]!.article, weights), documents[d]!.reference);
  }
}

/**
 * The ridge strength for the training folds `folds`: for each candidate, a model per fold trained on
 * the others and scored on it; the candidate that `bestOn` prefers over those scores.
 */
export function chooseRidge(
  documents: readonly EvalDocument[],
  data: readonly TrainingArticle[],
  baseline: readonly DocumentScore[],
  folds: readonly (readonly number[])[],
  point: RankWeights,
): number {
  const prior = priorOf(point);
  const table = RIDGES.map((ridge) => {
    const scores: DocumentScore[] = [];
    folds.forEach((fold, i) => {
      const training = folds.filter((_, j) => j !== i).flat();
      scoreWith(documents, fold, trainOn(data, training, ridge, prior), point, scores);
    });
    return scores;
  });
  return RIDGES[bestOn(table, baseline, folds)]!;
}

export interface LearnedCrossValidation {
  /** The L2 strength chosen on each held-out fold's training folds. */
  ridges: number[];
  /** Each article's score from the model trained without its fold. */
  scores: DocumentScore[];
}

/**
 * For each fold of `dealt`: with `priors[f]` (the hand-set grid point chosen on the other folds) as
 * the prior and its selection, the L2 strength chosen by nested CV on the other folds, trained on
 * them, scored on it.
 */
export function crossValidateLearned(
  documents: readonly EvalDocument[],
  articles: readonly OracleArticle[],
  baseline: readonly DocumentScore[],
  dealt: readonly (readonly number[])[],
  priors: readonly RankWeights[],
): LearnedCrossValidation {
  const scores: DocumentScore[] = [];
  const ridges = dealt.map((test, f) => {
    const point = priors[f]!;
    const prior = priorOf(point);
    const data = articleRows(articles, prior);
    const training = dealt.filter((_, other) => other !== f);
    const ridge = chooseRidge(documents, data, baseline, training, point);
    scoreWith(documents, test, trainOn(data, training.flat(), ridge, prior), point, scores);
    return ridge;
  });
  return { ridges, scores };
}

/** The model the same procedure trains on every article (L2 by CV over all folds). */
export function trainFinal(
  documents: readonly EvalDocument[],
  articles: readonly OracleArticle[],
  baseline: readonly DocumentScore[],
  dealt: readonly (readonly number[])[],
  priorWeights: RankWeights,
): SentenceModel {
  const prior = priorOf(priorWeights);
  const data = articleRows(articles, prior);
  const ridge = chooseRidge(documents, data, baseline, dealt, priorWeights);
  return trainOn(data, dealt.flat(), ridge, prior);
}
