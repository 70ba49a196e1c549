/**
 * ROUGE of the extractive engine against Lead-3 on the CNN/DailyMail dev set in ../shared
 * (`npm run eval:summaries`, `npm run bench -- eval-summaries`), by k-fold cross-validation: the dev
 * articles are shuffled with a fixed seed into K folds, and for each fold two rankings are chosen or
 * trained on the other folds only and scored on the held-out fold: the learned sentence scorer
 * (bench/eval-summaries-learned.ts: a pairwise ranking, its L2 strength by nested CV) and the hand-set
 * ranking (a small grid of weights). Both choose by the largest worst margin over Lead-3 across the
 * training folds (the smaller of the stemmed ROUGE-1 and ROUGE-2 margins, as the target asks for
 * Lead-3 or better on every fold), then the best mean stemmed R-1 + R-2. Every row reads the same
 * cleaned articles, is split by the same sentence splitter and scored by the same ROUGE code
 * (src/summaries/rouge.ts), stemmed and unstemmed, in the same run. The engine is scored on what the
 * user sees at `medium` length: the summary and its key point, three sentences in all, Lead-3's
 * budget, as src/summaries/tighten.ts leaves them; Lead-3 stays the plain first three sentences of
 * the same cleaned text, and a context table scores it tightened too. The report
 * (bench/eval-summaries-report.ts) says which ranking the pre-registered rule ships and checks that
 * DEFAULT_WEIGHTS follow it.
 */
import { fileURLToPath } from "node:url";
import type { Article } from "../src/articles/types.js";
import { summarizeExtractively } from "../src/summaries/extractive.js";
import { checkQuotes } from "../src/summaries/quote-check.js";
import { DEFAULT_WEIGHTS, type RankWeights } from "../src/summaries/rank.js";
import type { SentenceModel } from "../src/summaries/sentence-model.js";
import { tightenSentence } from "../src/summaries/tighten.js";
import {
  articleRows,
  crossValidateLearned,
  oracleArticles,
  priorOf,
  RIDGES,
  trainFinal,
  trainOn,
} from "./eval-summaries-learned.js";
import { report } from "./eval-summaries-report.js";
import {
  assignFolds,
  bestOn,
  CNNDM_REFS,
  type DocumentScore,
  type EvalDocument,
  FOLDS,
  gridTable,
  lead3,
  lead3Scores,
  loadCnnDmDev,
  meanOf,
  type PairedDifference,
  pairedDifference,
  scoreOne,
  sentencesOfText,
  userSentences,
  weightGrid,
} from "./summaries-cv.js";
import { offArticle, offArticleLead3, readPages } from "./summaries-web.js";
import type { BenchSection } from "./types.js";

/** Lead-3's three sentences tightened as the engine tightens what it shows: context, not the baseline. */
function lead3Tightened(article: Article): string[] {
  return sentencesOfText(lead3(article))
    .map(tightenSentence)
    .filter((s) => s);
}

export interface FoldResult {
  documents: number;
  /** The learned scorer trained on the other folds, L2 strength chosen by nested CV inside them. */
  learned: DocumentScore;
  ridge: number;
  /** The hand-set ranking with the grid point chosen on the other folds. */
  grid: DocumentScore;
  weights: RankWeights;
  lead3: DocumentScore;
  /** Lead-3 tightened like the engine's answers (for context; the target is against Lead-3). */
  lead3Tightened: DocumentScore;
}

export interface CrossValidation {
  folds: FoldResult[];
  /** Grid point chosen on all the documents by the same criterion. */
  overall: RankWeights;
  gridSize: number;
  /** The learned scorer trained on all the documents by the same procedure. */
  model: SentenceModel;
  /** The greedy oracle's answers (src/summaries/oracle.ts), mean over all documents: the ceiling. */
  oracle: DocumentScore;
  /**
   * Trained and scored on all documents (no held-out data): the learned scorer at the smallest L2
   * and the grid's own choice. How much of the fit survives out of fold.
   */
  inSample: { learned: DocumentScore; grid: DocumentScore; ridge: number };
  /** Out of fold, article by article, stemmed: the hand-set engine against Lead-3. */
  paired: { r1: PairedDifference; r2: PairedDifference };
  /** Seconds for the grid search and for the learned scorer's (nested) cross-validation. */
  gridSeconds: number;
  learnedSeconds: number;
}

const meanScores = (scores: readonly DocumentScore[]): DocumentScore => ({
  plain: meanOf(scores, (s) => s.plain),
  stemmed: meanOf(scores, (s) => s.stemmed),
});

export function crossValidate(documents: readonly EvalDocument[], k = FOLDS): CrossValidation {
  const dealt = assignFolds(documents.length, k);
  const baseline = lead3Scores(documents);
  const tightened = documents.map(({ article, reference }) =>
    scoreOne(lead3Tightened(article), reference),
  );
  let started = performance.now();
  const grid = weightGrid();
  const table = gridTable(documents, grid);
  const chosen = dealt.map((_, f) =>
    bestOn(
      table,
      baseline,
      dealt.filter((_, other) => other !== f),
    ),
  );
  const overall = grid[bestOn(table, baseline, dealt)]!;
  const gridSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const articles = oracleArticles(documents);
  const priors = chosen.map((g) => grid[g]!);
  const learned = crossValidateLearned(documents, articles, baseline, dealt, priors);
  const model = trainFinal(documents, articles, baseline, dealt, overall);
  const learnedSeconds = (performance.now() - started) / 1000;
  const folds = dealt.map((test, f) => {
    const g = chosen[f]!;
    const of = (scores: readonly DocumentScore[]) => meanScores(test.map((i) => scores[i]!));
    return {
      documents: test.length,
      learned: of(learned.scores),
      ridge: learned.ridges[f]!,
      grid: of(table[g]!),
      weights: grid[g]!,
      lead3: of(baseline),
      lead3Tightened: of(tightened),
    };
  });
  const oracleScores = articles.map((a, d) =>
    scoreOne(
      a.positives.map((i) => a.sentences[i]!),
      documents[d]!.reference,
    ),
  );
  const all = dealt.flat();
  const ridge = RIDGES[0];
  const fitted = trainOn(articleRows(articles, priorOf(overall)), all, ridge, priorOf(overall));
  const inSample = {
    learned: meanScores(
      documents.map(({ article, reference }) =>
        scoreOne(userSentences(article, { ...overall, model: fitted }), reference),
      ),
    ),
    grid: meanScores(table[grid.indexOf(overall)]!),
    ridge,
  };
  // Each article's answer from the grid point chosen without its fold.
  const outOfFold = documents.map(
    (_, d) => table[chosen[dealt.findIndex((fold) => fold.includes(d))]!]![d]!,
  );
  const paired = {
    r1: pairedDifference(
      outOfFold.map((s) => s.stemmed.r1),
      baseline.map((s) => s.stemmed.r1),
    ),
    r2: pairedDifference(
      outOfFold.map((s) => s.stemmed.r2),
      baseline.map((s) => s.stemmed.r2),
    ),
  };
  return {
    folds,
    overall,
    gridSize: grid.length,
    model,
    oracle: meanScores(oracleScores),
    inSample,
    paired,
    gridSeconds,
    learnedSeconds,
  };
}

/** Quotations in what the engine shows (default weights, `medium`) that the quote check removes. */
export function quotesRemoved(documents: readonly EvalDocument[]): number {
  return documents.reduce((sum, { article }) => {
    const summary = summarizeExtractively(article, { length: "medium", format: "paragraph" });
    return sum + checkQuotes(summary, article.text).removed.length;
  }, 0);
}

export async function run(): Promise<BenchSection> {
  const title = "Summaries: ROUGE on CNN/DailyMail dev, weights by cross-validation";
  const documents = loadCnnDmDev();
  if (documents.length === 0) {
    return { title, markdown: `Skipped: ${CNNDM_REFS} is absent (it lives in ../shared).\n` };
  }
  const cv = crossValidate(documents, FOLDS);
  const pages = readPages();
  const web = {
    shipped: offArticle(pages, DEFAULT_WEIGHTS),
    unguarded: offArticle(pages, { ...DEFAULT_WEIGHTS, shortClauses: false, minTokens: 1 }),
    plain: offArticle(pages, { ...DEFAULT_WEIGHTS, lead: 0, shortClauses: false }),
    lead3: offArticleLead3(pages),
  };
  return { title, markdown: report(cv, documents.length, quotesRemoved(documents), web) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  void run().then((section) => {
    process.stdout.write(`## ${section.title}\n\n${section.markdown}`);
  });
}
