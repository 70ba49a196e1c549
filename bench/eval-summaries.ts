/**
 * ROUGE of the extractive engine against Lead-3 on the CNN/DailyMail dev set in ../shared
 * (`npm run eval:summaries`), with the engine's weights chosen by k-fold cross-validation: the dev
 * articles are shuffled with a fixed seed into K folds; for each fold a small grid of weights is
 * searched on the other folds and the best is scored on the held-out fold. Best: the largest worst
 * margin over Lead-3 across those folds (the smaller of the stemmed ROUGE-1 and ROUGE-2 margins, as
 * the target asks for Lead-3 or better on every fold), then the best mean stemmed R-1 + R-2. Both
 * rows read the same cleaned articles, are split by the same sentence splitter and scored by the
 * same ROUGE code (src/summaries/rouge.ts), stemmed and unstemmed, in the same run.
 * The engine is scored on what the user sees at `medium` length: the summary and its key point,
 * three sentences in all, Lead-3's budget, as src/summaries/tighten.ts leaves them (datelines,
 * bylines, video prompts and picture pointers removed); Lead-3 stays the plain first three
 * sentences of the same cleaned text, and a context table scores it tightened too. The shipped
 * DEFAULT_WEIGHTS are the grid's best on all dev articles by the same criterion (printed at the end).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cleanArticle } from "../src/articles/clean.js";
import { parseSeed } from "../src/articles/parse.js";
import { splitSentences } from "../src/articles/sentences.js";
import type { Article } from "../src/articles/types.js";
import { summarizeExtractively } from "../src/summaries/extractive.js";
import { checkQuotes } from "../src/summaries/quote-check.js";
import { DEFAULT_WEIGHTS, type RankWeights } from "../src/summaries/rank.js";
import { scoreRouge, scoreRougeLsum } from "../src/summaries/rouge.js";
import { tightenSentence } from "../src/summaries/tighten.js";
import { sharedPath } from "./shared.js";
import type { BenchSection } from "./types.js";

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

/** The first three sentences of the cleaned text. */
export function lead3(article: Article): string {
  return article.paragraphs
    .flatMap((paragraph) => splitSentences(paragraph).map((s) => s.text))
    .slice(0, 3)
    .join(" ");
}

/** Lead-3's three sentences tightened as the engine tightens what it shows: context, not the baseline. */
function lead3Tightened(article: Article): string[] {
  return sentencesOfText(lead3(article))
    .map(tightenSentence)
    .filter((s) => s);
}

export interface Figures {
  r1: number;
  r2: number;
  rl: number;
  /** Summary-level ROUGE-L (ROUGE-Lsum), the R-L that papers report. */
  rlsum: number;
}

/** One document's scores, unstemmed and stemmed. */
interface DocumentScore {
  plain: Figures;
  stemmed: Figures;
}

/** The reference highlights are tokenized text whose sentences end with " . ". */
function referenceSentences(reference: string): string[] {
  return reference.split(/\s+\.(?:\s+|$)/).filter((s) => s.trim());
}

const sentencesOfText = (text: string) => splitSentences(text).map((s) => s.text);

function scoreOne(sentences: readonly string[], reference: string): DocumentScore {
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

function meanOf(scores: readonly DocumentScore[], pick: (s: DocumentScore) => Figures): Figures {
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

/**
 * The small grid the cross-validation searches; the other weights stay at their defaults
 * (centrality 0 and MMR λ 1: no earlier run chose another value for all folds, and every extra
 * dimension gave the training-fold criterion more noise to fit). Points where the criterion moves:
 * the position scale, the length prior and its over-long penalty, and the question penalty off or
 * on.
 */
export function weightGrid(): RankWeights[] {
  const grid: RankWeights[] = [];
  for (const positionScale of [4, 8, 16]) {
    for (const length of [0.2, 0.4, 0.6]) {
      for (const overLong of [0.5, 0]) {
        for (const question of [0, 0.5]) {
          grid.push({ ...DEFAULT_WEIGHTS, positionScale, length, overLong, question });
        }
      }
    }
  }
  return grid;
}

/** Mulberry32: a tiny seeded generator, so the folds are the same at every run. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
function meanScore(scores: readonly DocumentScore[], docs: readonly number[]): number {
  const mean = meanOf(
    docs.map((d) => scores[d]!),
    (s) => s.stemmed,
  );
  return mean.r1 + mean.r2;
}

/** The smaller of the stemmed ROUGE-1 and ROUGE-2 margins over Lead-3 on `docs`. */
function margin(
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
function bestOn(
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

export interface FoldResult {
  documents: number;
  weights: RankWeights;
  ours: DocumentScore;
  lead3: DocumentScore;
  /** Lead-3 tightened like the engine's answers (for context; the target is against Lead-3). */
  lead3Tightened: DocumentScore;
}

export interface CrossValidation {
  folds: FoldResult[];
  /** Chosen on all the documents by the same criterion: the shipped defaults. */
  overall: RankWeights;
  gridSize: number;
}

export function crossValidate(documents: readonly EvalDocument[], k = 5): CrossValidation {
  const grid = weightGrid();
  const table = grid.map((weights) =>
    documents.map(({ article, reference }) => scoreOne(userSentences(article, weights), reference)),
  );
  const baseline = documents.map(({ article, reference }) =>
    scoreOne(sentencesOfText(lead3(article)), reference),
  );
  const tightened = documents.map(({ article, reference }) =>
    scoreOne(lead3Tightened(article), reference),
  );
  const dealt = assignFolds(documents.length, k);
  const folds = dealt.map((test, f) => {
    const g = bestOn(
      table,
      baseline,
      dealt.filter((_, other) => other !== f),
    );
    const of = (scores: readonly DocumentScore[]): DocumentScore => {
      const held = test.map((i) => scores[i]!);
      return { plain: meanOf(held, (s) => s.plain), stemmed: meanOf(held, (s) => s.stemmed) };
    };
    return {
      documents: test.length,
      weights: grid[g]!,
      ours: of(table[g]!),
      lead3: of(baseline),
      lead3Tightened: of(tightened),
    };
  });
  return { folds, overall: grid[bestOn(table, baseline, dealt)]!, gridSize: grid.length };
}

const f = (n: number) => n.toFixed(2);

function spread(values: readonly number[]): string {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(
    values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, values.length - 1),
  );
  return `${f(mean)} ± ${f(sd)}`;
}

const describeWeights = (w: RankWeights) =>
  `scale ${w.positionScale}, centrality ${w.centrality}, length ${w.length}, over-long ${w.overLong}, question ${w.question}, λ ${w.lambda}`;

function foldTable(cv: CrossValidation, stemmed: boolean): string[] {
  const pick = (s: DocumentScore) => (stemmed ? s.stemmed : s.plain);
  const rows = cv.folds.map((fold, i) => {
    const ours = pick(fold.ours);
    const base = pick(fold.lead3);
    const met = ours.r1 >= base.r1 && ours.r2 >= base.r2 ? "yes" : "no";
    return `| ${i + 1} | ${fold.documents} | ${f(ours.r1)} / ${f(base.r1)} | ${f(ours.r2)} / ${f(base.r2)} | ${f(ours.rlsum)} / ${f(base.rlsum)} | ${met} | ${describeWeights(fold.weights)} |`;
  });
  const col = (get: (fold: FoldResult) => number) => spread(cv.folds.map(get));
  return [
    `| fold | articles | ROUGE-1 ours / Lead-3 | ROUGE-2 ours / Lead-3 | ROUGE-Lsum ours / Lead-3 | ≥ Lead-3 in R-1 and R-2 | weights chosen on the other folds |`,
    "|---|---|---|---|---|---|---|",
    ...rows,
    `| mean ± sd | ${cv.folds.reduce((a, b) => a + b.documents, 0)} | ${col((x) => pick(x.ours).r1)} / ${col((x) => pick(x.lead3).r1)} | ${col((x) => pick(x.ours).r2)} / ${col((x) => pick(x.lead3).r2)} | ${col((x) => pick(x.ours).rlsum)} / ${col((x) => pick(x.lead3).rlsum)} | ${cv.folds.filter((x) => pick(x.ours).r1 >= pick(x.lead3).r1 && pick(x.ours).r2 >= pick(x.lead3).r2).length} of ${cv.folds.length} | |`,
  ];
}

/** The engine against Lead-3 tightened the same way: how much of the margin is the choice of sentences. */
function tightenedTable(cv: CrossValidation): string[] {
  const rows = cv.folds.map((fold, i) => {
    const ours = fold.ours.stemmed;
    const lead = fold.lead3Tightened.stemmed;
    return `| ${i + 1} | ${f(ours.r1)} / ${f(lead.r1)} | ${f(ours.r2)} / ${f(lead.r2)} |`;
  });
  const col = (get: (fold: FoldResult) => number) => spread(cv.folds.map(get));
  return [
    "| fold | ROUGE-1 ours / Lead-3 tightened | ROUGE-2 ours / Lead-3 tightened |",
    "|---|---|---|",
    ...rows,
    `| mean ± sd | ${col((x) => x.ours.stemmed.r1)} / ${col((x) => x.lead3Tightened.stemmed.r1)} | ${col((x) => x.ours.stemmed.r2)} / ${col((x) => x.lead3Tightened.stemmed.r2)} |`,
  ];
}

export const FOLDS = 5;

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
  const started = performance.now();
  const cv = crossValidate(documents, FOLDS);
  const seconds = (performance.now() - started) / 1000;
  const defaults = describeWeights(DEFAULT_WEIGHTS);
  const removed = quotesRemoved(documents);
  const markdown = [
    `${documents.length} articles of \`../shared/corpus/cnndm-dev\`, cleaned, against their reference highlights, dealt into ${FOLDS} folds by a seeded shuffle. For each fold the extractive engine's weights are chosen from a grid of ${cv.gridSize} (position scale × length × over-long penalty × question penalty; centrality 0 and MMR λ 1) on the other ${FOLDS - 1} folds — the point whose worst margin over Lead-3 across those folds (the smaller of its stemmed ROUGE-1 and ROUGE-2 margins) is largest, then the best mean stemmed ROUGE-1 + ROUGE-2 — and scored on the held-out fold; Lead-3 is scored on the same fold in the same run by the same code. The engine is scored on what the user sees at \`medium\`: the summary and its key point, three sentences in all, Lead-3's budget, tightened as the bot shows them (src/summaries/tighten.ts: wire datelines, bylines, \`Scroll down for video\` and pointers to pictures removed, a glued caption's full stop put back; quoted words untouched); Lead-3 is the plain first three sentences of the same cleaned text. ROUGE F1 ×100; ROUGE-Lsum is the summary-level LCS that published CNN/DM figures (Lead-3 40.4/17.6/36.7, stemmed, full test set) use. The sd is over folds. ${f(seconds)} s for the whole search.`,
    "",
    "Stemmed (Porter, tokens longer than three characters, as rouge-score's `use_stemmer`):",
    "",
    ...foldTable(cv, true),
    "",
    "Unstemmed (lower-case alphanumeric tokens):",
    "",
    ...foldTable(cv, false),
    "",
    "For context, not the target: the engine's answers shown above (tightened by src/summaries/tighten.ts) against Lead-3's own three sentences tightened the same way, stemmed — how much of the margin is the choice of sentences rather than the tightening:",
    "",
    ...tightenedTable(cv),
    "",
    `Quotations in the engine's answers (default weights) that the quote check (src/summaries/quote-check.ts) would remove: ${removed}.`,
    "",
    `Target: at or above Lead-3 in ROUGE-1 and ROUGE-2 on every fold. Weights chosen on all ${documents.length} articles by the same criterion: ${describeWeights(cv.overall)}; shipped DEFAULT_WEIGHTS: ${defaults}${describeWeights(cv.overall) === defaults ? " (the same)" : " (they differ: update src/summaries/rank.ts)"}.`,
    "",
  ].join("\n");
  return { title, markdown };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  void run().then((section) => {
    process.stdout.write(`## ${section.title}\n\n${section.markdown}`);
  });
}
