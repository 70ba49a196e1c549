/**
 * What the summary evaluations share (bench/eval-summaries.ts, bench/eval-summaries-learned.ts,
 * bench/summaries.ts): the CNN/DailyMail dev articles and their highlights, Lead-3, ROUGE of what
 * the user sees, the seeded folds, the hand-set weight grid, and the criterion that chooses between
 * candidates on training folds (the worst margin over Lead-3 across them, then the best mean).
 */
import { existsSync, readFileSync } from "node:fs";
import { cleanArticle } from "../src/articles/clean.js";
import { parseSeed } from "../src/articles/parse.js";
import { splitSentences } from "../src/articles/sentences.js";
import type { Article } from "../src/articles/types.js";
import { seededRandom } from "../src/random.js";
import { summarizeExtractively } from "../src/summaries/extractive.js";
import { DEFAULT_WEIGHTS, type RankWeights } from "../src/summaries/rank.js";
import { scoreRouge, scoreRougeLsum } from "../src/summaries/rouge.js";
import { sharedPath } from "./shared.js";

export const CNNDM_DIR = sharedPath("corpus/cnndm-dev/");
export const CNNDM_REFS = sharedPath("eval/cnndm-dev.refs.jsonl");

export interface EvalDocument {
  article: Article;
  reference: string;
}

/** The dev set, cleaned as the bot cleans seeds; empty when ../shared is absent. */
export function loadCnnDmDev(): EvalDocument[] {
  if (!existsSync(CNNDM_REFS)) return [];
  return readFileSync(CNNDM_REFS, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => {
      const { file, reference } = JSON.parse(line) as { file: string; reference: string };
      const raw = parseSeed(readFileSync(`${CNNDM_DIR}${file}`), file.replace(/\.txt$/, ""), file);
      return { article: cleanArticle(raw, { origin: "seed", addedAt: 0 }), reference };
    });
}

/** The first three sentences of the cleaned text, each as the splitter cut it. */
export function lead3Sentences(article: Pick<Article, "paragraphs">): string[] {
  return article.paragraphs
    .flatMap((paragraph) => splitSentences(paragraph).map((s) => s.text))
    .slice(0, 3);
}

/** The first three sentences of the cleaned text, as one text. */
export function lead3(article: Pick<Article, "paragraphs">): string {
  return lead3Sentences(article).join(" ");
}

export interface Figures {
  r1: number;
  r2: number;
  rl: number;
  /** Summary-level ROUGE-L (ROUGE-Lsum), the R-L that papers report. */
  rlsum: number;
}

/** One document's scores, unstemmed and stemmed. */
export interface DocumentScore {
  plain: Figures;
  stemmed: Figures;
}

/** The reference highlights are tokenized text whose sentences end with " . ". */
function referenceSentences(reference: string): string[] {
  return reference.split(/\s+\.(?:\s+|$)/).filter((s) => s.trim());
}

export const sentencesOfText = (text: string) => splitSentences(text).map((s) => s.text);

export function scoreOne(sentences: readonly string[], reference: string): DocumentScore {
  const candidate = sentences.join(" ");
  const refSentences = referenceSentences(reference);
  const figures = (stem: boolean): Figures => {
    const s = scoreRouge(candidate, reference, { stem });
    return {
      r1: 100 * s.rouge1.f1,
      r2: 100 * s.rouge2.f1,
      rl: 100 * s.rougeL.f1,
      rlsum: 100 * scoreRougeLsum(sentences, refSentences, { stem }).f1,
    };
  };
  return { plain: figures(false), stemmed: figures(true) };
}

export function meanOf(
  scores: readonly DocumentScore[],
  pick: (s: DocumentScore) => Figures,
): Figures {
  const n = Math.max(1, scores.length);
  const sum = (key: keyof Figures) => scores.reduce((acc, s) => acc + pick(s)[key], 0) / n;
  return { r1: sum("r1"), r2: sum("r2"), rl: sum("rl"), rlsum: sum("rlsum") };
}

/** What the user sees from the extractive engine at `medium`: summary and key points. */
export function userSentences(article: Article, weights: RankWeights): string[] {
  const { text, keyPoints } = summarizeExtractively(
    article,
    { length: "medium", format: "paragraph" },
    weights,
  );
  return [...sentencesOfText(text), ...keyPoints];
}

/** Stemmed and unstemmed ROUGE of Lead-3 (the first three sentences of the cleaned text), per article. */
export function lead3Scores(documents: readonly EvalDocument[]): DocumentScore[] {
  return documents.map(({ article, reference }) =>
    scoreOne(sentencesOfText(lead3(article)), reference),
  );
}

/** How many folds the dev articles are dealt into. */
export const FOLDS = 5;

/** Document indices 0..n-1 shuffled with `seed` and dealt into `k` folds. */
export function assignFolds(n: number, k: number, seed = 18): number[][] {
  const order = Array.from({ length: n }, (_, i) => i);
  const random = seededRandom(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return Array.from({ length: k }, (_, f) =>
    order.filter((_, i) => i % k === f).sort((a, b) => a - b),
  );
}

/** Mean stemmed ROUGE-1 + ROUGE-2 over the given documents. */
export function meanScore(scores: readonly DocumentScore[], docs: readonly number[]): number {
  const mean = meanOf(
    docs.map((d) => scores[d]!),
    (s) => s.stemmed,
  );
  return mean.r1 + mean.r2;
}

/** The smaller of the stemmed ROUGE-1 and ROUGE-2 margins over Lead-3 on `docs`. */
export function margin(
  scores: readonly DocumentScore[],
  baseline: readonly DocumentScore[],
  docs: readonly number[],
): number {
  const ours = meanOf(
    docs.map((d) => scores[d]!),
    (s) => s.stemmed,
  );
  const lead = meanOf(
    docs.map((d) => baseline[d]!),
    (s) => s.stemmed,
  );
  return Math.min(ours.r1 - lead.r1, ours.r2 - lead.r2);
}

/**
 * The grid point for `folds` (the training folds): the target asks for Lead-3 or better on every
 * fold, so the criterion is the worst margin over Lead-3 (the smaller of) across these
 * folds, and on a tie (within 0.01) the best mean stemmed ROUGE-1 + ROUGE-2; ties after that go to
 * the earlier grid point.
 */
export function bestOn(
  table: readonly DocumentScore[][],
  baseline: readonly DocumentScore[],
  folds: readonly (readonly number[])[],
): number {
  let best = 0;
  let bestWorst = Number.NEGATIVE_INFINITY;
  let bestMean = Number.NEGATIVE_INFINITY;
  const docs = folds.flat();
  table.forEach((scores, g) => {
    const worst = Math.min(...folds.map((fold) => margin(scores, baseline, fold)));
    const mean = meanScore(scores, docs);
    if (worst > bestWorst + 0.01 || (worst > bestWorst - 0.01 && mean > bestMean + 1e-12)) {
      bestWorst = worst;
      bestMean = mean;
      best = g;
    }
  });
  return best;
}

/**
 * The small grid the cross-validation searches; the other weights stay at their defaults
 * (centrality 0 and MMR λ 1: no earlier run chose another value for all folds, and every extra
 * dimension gave the training-fold criterion more noise to fit). Points where the criterion moves:
 * the position scale, the length prior and its over-long penalty, the question penalty off or on,
 * the lead weight off or on, and short sentences that read as clauses allowed or not (a reading of
 * the folds that lose to Lead-3 — a short opening fact, `He was 88.`, dropped for a longer later
 * sentence — added these two; their values were set on this dev set, in-sample).
 */
export function weightGrid(): RankWeights[] {
  const grid: RankWeights[] = [];
  for (const positionScale of [4, 8, 16]) {
    for (const length of [0.2, 0.4, 0.6]) {
      for (const overLong of [0.5, 0]) {
        for (const question of [0, 0.5]) {
          for (const lead of [0, 0.5]) {
            for (const shortClauses of [false, true]) {
              grid.push({
                ...DEFAULT_WEIGHTS,
                positionScale,
                length,
                overLong,
                question,
                lead,
                shortClauses,
              });
            }
          }
        }
      }
    }
  }
  return grid;
}

/** The grid's scores: one row of per-article scores per grid point. */
export function gridTable(documents: readonly EvalDocument[], grid: readonly RankWeights[]) {
  return grid.map((weights) =>
    documents.map(({ article, reference }) => scoreOne(userSentences(article, weights), reference)),
  );
}

/** Per-article differences of one answer's stemmed ROUGE from another's, summarised. */
export interface PairedDifference {
  wins: number;
  ties: number;
  losses: number;
  mean: number;
  /** A 95 % percentile-bootstrap interval of the mean (2,000 resamples of the articles, seeded). */
  low: number;
  high: number;
}

export function pairedDifference(
  ours: readonly number[],
  theirs: readonly number[],
  seed = 18,
): PairedDifference {
  const differences = ours.map((value, i) => value - theirs[i]!);
  const n = differences.length;
  const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const random = seededRandom(seed);
  const means = Array.from({ length: 2000 }, () =>
    mean(Array.from({ length: n }, () => differences[Math.floor(random() * n)]!)),
  ).sort((a, b) => a - b);
  return {
    wins: differences.filter((x) => x > 1e-9).length,
    ties: differences.filter((x) => Math.abs(x) <= 1e-9).length,
    losses: differences.filter((x) => x < -1e-9).length,
    mean: mean(differences),
    low: means[Math.floor(0.025 * means.length)]!,
    high: means[Math.ceil(0.975 * means.length) - 1]!,
  };
}
