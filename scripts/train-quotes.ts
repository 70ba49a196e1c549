/**
 * `npm run train:quotes`: trains the attribution model and its statement filter on PolNeAR train
 * (../shared/eval/polnear-train, never dev) and writes src/quotes/model/attribution.json.
 * Deterministic: fixed seeds, sorted files.
 *
 * 1. Out-of-fold statements: the articles are dealt into FOLDS folds by a seeded shuffle; for each
 *    fold a tagger is trained on the others (EPOCHS epochs, with the cue words learned from those
 *    folds' gold cues: scripts/training-data.ts) and the combined engine runs, unfiltered,
 *    on the held-out fold; each statement it reports gets the filter's features and the eval's
 *    verdicts (bench/eval-quotes.ts: correct or not; for a named gold source, speaker right or not).
 *    The rules engine is scored on the same fold.
 * 2. Cross-validation of the statement filter: for each fold, the filter is trained on the other
 *    folds' statements and the grid of thresholds is scored on the fold (`choose` says which wins).
 * 3. The final tagger is trained on all train articles (cue words learned from all of them, written
 *    in the model file), the final filter on every fold's
 *    statements, and both are written with the chosen thresholds.
 * `--quick` uses two folds and three epochs and writes nothing (a smoke run). `--fold-models DIR`
 * keeps the fold taggers in DIR and reuses them on the next run (for trying filter features); each
 * file is named by what trained it (`trainingFingerprint` in scripts/training-data.ts: the fold's
 * examples and the learners' code), so a tagger from other code or data is never read: it is
 * trained again. The cross-validation ends with the trade-off curve (`tradeOffCurve`).
 * `--trainer crf|perceptron` (with `--l2`, `--rate`, `--no-average`, `--output-scale`, `--epochs`)
 * overrides the tagger's learner, TRAINER in scripts/training-data.ts; `--outside-bias B` the O
 * penalty the taggers decode with (OUTSIDE_BIAS there; `--outside-bias 0 --rate 0.05` gives the
 * sixth session's tagger); `--bits N` the feature hash's size (BITS there). `--cv-only` stops after
 * the cross-validation: no final tagger, nothing written (for comparing variants side by side).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { evaluateQuotes } from "../bench/eval-quotes.js";
import { extractQuotes, extractScoredQuotes, type ScoredQuote } from "../src/quotes/extract.js";
import type { CombineSettings } from "../src/quotes/learned.js";
import {
  type FilterExample,
  keepsStatement,
  type StatementFilter,
  trainFilter,
} from "../src/quotes/model/filter.js";
import {
  penalizeOutside,
  type SerializedModel,
  serializeWeights,
  type Weights,
} from "../src/quotes/model/perceptron.js";
import {
  BASE_SETTINGS,
  BITS,
  CUE_WORD_MIN_COUNT,
  CUE_WORD_MIN_SHARE,
  deal,
  FOLDS,
  foldTagger,
  learnCueWords,
  loadTrainingArticles,
  outsideBiasOption,
  SEED,
  TRAIN_DIR,
  TRAINER,
  taggerEpochs,
  trainerName,
  trainerOption,
  trainingFiles,
  trainTagger,
} from "./training-data.js";

const MODEL_PATH = fileURLToPath(new URL("../src/quotes/model/attribution.json", import.meta.url));
/** What the run measured (CV figures, CPU times): read by bench/eval-quotes.ts. */
export const REPORT_PATH = fileURLToPath(
  new URL("../src/quotes/model/training-report.json", import.meta.url),
);

export interface TrainingReport {
  folds: number;
  articles: number;
  /** The tagger's epochs, learned cue words and the combination settings (fixed). */
  base: string;
  /** Mean held-out all-attribution F1 and speaker accuracy (named sources) of each filter of the
   * grid (probability threshold, scope; threshold 0 keeps everything). */
  grid: { setting: string; meanF1: number; meanSpeaker: number }[];
  /** The rules engine's mean speaker accuracy (named sources) on the same held-out folds. */
  rulesSpeaker: number;
  chosen: string;
  /** CPU seconds of the final training on all train articles, and of the whole run. */
  finalTrainingCpuSeconds: number;
  totalCpuSeconds: number;
}

export interface TrainedModel extends SerializedModel {
  settings: CombineSettings;
  filter: StatementFilter;
}

/**
 * Whether the tagger counts the cue words it learns from the training folds' gold cues as cue words
 * (scripts/training-data.ts `learnCueWords`), chosen by the 5-fold CV of scripts/attribution-errors.ts.
 */
const LEARN_CUE_WORDS = true;
const FILTER_FORMAT = "newsdesk-statement-filter/2";
const STATEMENT_THRESHOLDS = [0, 0.2, 0.3, 0.4, 0.5];
const SPEAKER_THRESHOLDS = [
  0, 0.3, 0.5, 0.6, 0.65, 0.7, 0.72, 0.75, 0.76, 0.77, 0.78, 0.79, 0.8, 0.85, 0.86, 0.87, 0.88, 0.9,
];

const log = (line: string) => process.stderr.write(`${line}\n`);
const cpuSeconds = () => process.cpuUsage().user / 1e6;
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** One held-out fold's unfiltered statements (by article text) and their labelled features. */
interface FoldCandidates {
  held: string[];
  byText: Map<string, ScoredQuote[]>;
  examples: FilterExample[];
  /** The rules engine's speaker accuracy (named sources) on the fold. */
  rulesSpeaker: number;
}

/** Runs the combined engine unfiltered on a held-out fold; labels each statement by the eval. */
async function collectFold(held: string[], model: Weights): Promise<FoldCandidates> {
  const byText = new Map<string, ScoredQuote[]>();
  const featuresOf = new Map<object, string[]>();
  const examples: FilterExample[] = [];
  const result = await evaluateQuotes({
    dir: TRAIN_DIR,
    files: held,
    baseline: false,
    extractor: (article) => {
      const scored = extractScoredQuotes(article, { model, settings: BASE_SETTINGS });
      byText.set(article.text, scored);
      for (const s of scored) featuresOf.set(s.quote, s.features);
      return scored.map((s) => s.quote);
    },
    judge: (quote, correct, speakerRight) =>
      examples.push({ features: featuresOf.get(quote)!, correct, speakerRight }),
  });
  log(
    `  unfiltered: all F1 ${result.ours.all.f1.toFixed(4)} speaker ${result.ours.speakerAccuracy?.toFixed(4)}, ${examples.length} statements`,
  );
  const rules = await evaluateQuotes({
    dir: TRAIN_DIR,
    files: held,
    baseline: false,
    extractor: (article) => extractQuotes(article, { engine: "rules" }),
  });
  const rulesSpeaker = rules.ours.speakerAccuracy ?? 0;
  log(`  rules engine: all F1 ${rules.ours.all.f1.toFixed(4)} speaker ${rulesSpeaker.toFixed(4)}`);
  return { held, byText, examples, rulesSpeaker };
}

type GridPoint = Pick<StatementFilter, "threshold" | "speakerThreshold" | "scope">;

/**
 * The filters the cross-validation compares: statement threshold × speaker threshold, on reported
 * statements (the first grid also judged direct quotes: never better, often worse); 0 × 0 keeps all.
 */
function filterGrid(): GridPoint[] {
  return SPEAKER_THRESHOLDS.flatMap((speakerThreshold) =>
    STATEMENT_THRESHOLDS.map((threshold) => ({ threshold, speakerThreshold, scope: "indirect" })),
  );
}

/**
 * ADR 0018's condition for the combined engine: it must name speakers as well as the rules engine.
 * The filter with the best mean all-attribution F1 among those whose mean speaker accuracy (named
 * sources) on the held-out folds is at least the rules engine's on the same folds; when none is,
 * the one with the best speaker accuracy.
 */
function choose(scores: Map<string, GridScore>, rulesSpeaker: number): string {
  const entries = [...scores.entries()];
  const eligible = entries.filter(([, s]) => mean(s.speaker) >= rulesSpeaker);
  if (eligible.length === 0) {
    return entries.sort((a, b) => mean(b[1].speaker) - mean(a[1].speaker))[0]![0];
  }
  return eligible.sort((a, b) => mean(b[1].f1) - mean(a[1].f1))[0]![0];
}

export interface GridScore {
  f1: number[];
  speaker: number[];
}

/** Speaker accuracy levels of the trade-off curve, in points about the rules engine's. */
const CURVE_OFFSETS = [-0.5, -0.25, 0, 0.15, 0.35];

/**
 * The trade-off the speaker condition sets: for each level of mean speaker accuracy (the rules
 * engine's, and points either side of it; null: no condition), the grid's best mean F1 among the
 * filters that reach it, and which filter that is (null when none does). Filter features are
 * compared by this curve, not only by the chosen point (ADR 0018, twenty-seventh session).
 */
export function tradeOffCurve(
  scores: ReadonlyMap<string, GridScore>,
  rulesSpeaker: number,
): { level: number | null; f1: number | null; setting: string | null }[] {
  const levels = [null, ...CURVE_OFFSETS.map((d) => rulesSpeaker + d / 100)];
  return levels.map((level) => {
    let best: { f1: number; setting: string } | null = null;
    for (const [setting, score] of scores) {
      if (level !== null && mean(score.speaker) < level) continue;
      const f1 = mean(score.f1);
      if (!best || f1 > best.f1) best = { f1, setting };
    }
    return { level, f1: best?.f1 ?? null, setting: best?.setting ?? null };
  });
}

/** Scores every filter of the grid on each fold, the filter trained on the other folds. */
async function crossValidateFilter(
  folds: readonly FoldCandidates[],
): Promise<Map<string, GridScore>> {
  const scores = new Map<string, GridScore>();
  for (const [index, fold] of folds.entries()) {
    const trained = trainFilter(folds.filter((f) => f !== fold).flatMap((f) => f.examples));
    for (const point of filterGrid()) {
      const filter: StatementFilter = {
        format: FILTER_FORMAT,
        ...trained,
        ...point,
        trainedOn: "",
      };
      const result = await evaluateQuotes({
        dir: TRAIN_DIR,
        files: fold.held,
        baseline: false,
        extractor: (article) =>
          (fold.byText.get(article.text) ?? [])
            .filter((s) => keepsStatement(filter, s.quote.kind, s.features))
            .map((s) => s.quote),
      });
      const key = JSON.stringify(point);
      const score = scores.get(key) ?? { f1: [], speaker: [] };
      score.f1.push(result.ours.all.f1);
      score.speaker.push(result.ours.speakerAccuracy ?? 0);
      scores.set(key, score);
      log(
        `fold ${index + 1} filter ${key}: all F1 ${result.ours.all.f1.toFixed(4)} (P ${result.ours.all.precision.toFixed(3)} R ${result.ours.all.recall.toFixed(3)}) speaker ${result.ours.speakerAccuracy?.toFixed(4)} direct F1 ${result.ours.direct.f1.toFixed(4)}`,
      );
    }
  }
  return scores;
}

async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  const cacheAt = process.argv.indexOf("--fold-models");
  const cacheDir = cacheAt > 0 ? (process.argv[cacheAt + 1] ?? null) : null;
  const began = cpuSeconds();
  const files = trainingFiles();
  const folds = deal(files, FOLDS).slice(0, quick ? 2 : FOLDS);
  const trainer = trainerOption(TRAINER);
  const epochs = quick ? 3 : taggerEpochs(trainer);
  const outsideBias = outsideBiasOption();
  const collected: FoldCandidates[] = [];
  for (const [index, held] of folds.entries()) {
    const model = foldTagger(cacheDir, index, files, held, {
      epochs,
      learn: LEARN_CUE_WORDS,
      trainer,
      outsideBias,
    });
    log(`fold ${index + 1}: tagger trained on the other folds (${cpuSeconds().toFixed(0)} s CPU)`);
    collected.push(await collectFold(held, model));
  }
  const scores = await crossValidateFilter(collected);
  const rulesSpeaker = mean(collected.map((f) => f.rulesSpeaker));
  const bestKey = choose(scores, rulesSpeaker);
  const chosen = JSON.parse(bestKey) as GridPoint;
  log(
    `chosen by ${folds.length}-fold CV on train: ${bestKey} (mean all F1 ${mean(scores.get(bestKey)!.f1).toFixed(4)}, speaker ${mean(scores.get(bestKey)!.speaker).toFixed(4)}; rules engine speaker ${rulesSpeaker.toFixed(4)})`,
  );
  const pct = (x: number | null) => (x === null ? "none" : `${(100 * x).toFixed(2)}%`);
  log("best mean all F1 by speaker accuracy (the rules engine's is the bar):");
  for (const { level, f1, setting } of tradeOffCurve(scores, rulesSpeaker)) {
    log(`  speaker ≥ ${level === null ? "any" : pct(level)}: ${pct(f1)} ${setting ?? ""}`);
  }
  if (process.argv.includes("--cv-only")) {
    log("--cv-only: no final tagger; the committed model and report are left as they were");
    return;
  }
  const filterWeights = trainFilter(collected.flatMap((f) => f.examples));
  const trainStarted = cpuSeconds();
  const cueWords = LEARN_CUE_WORDS ? learnCueWords(TRAIN_DIR, files) : null;
  const articles = loadTrainingArticles(TRAIN_DIR, BITS, cueWords);
  log(
    `final tagger: ${articles.length} articles featurized, ${cueWords?.size ?? 0} learned cue words`,
  );
  const [trained] = trainTagger(
    articles.flatMap((a) => a.examples),
    trainer,
    [epochs],
  );
  const weights = penalizeOutside(trained!, outsideBias);
  // The perceptron's text as before this trainer switch, so its model file is unchanged.
  const learner = trainer.kind === "crf" ? `${trainerName(trainer)}, ` : "";
  const penalty = outsideBias === 0 ? "" : `, O penalty ${outsideBias}`;
  const trainedOn = `PolNeAR train, ${articles.length} articles, ${learner}${epochs} epochs${penalty}, seed ${SEED}`;
  const model: TrainedModel = {
    ...serializeWeights({ ...weights, ...(cueWords ? { cueWords } : {}) }, trainedOn),
    settings: BASE_SETTINGS,
    filter: {
      format: FILTER_FORMAT,
      ...filterWeights,
      ...chosen,
      trainedOn: `out-of-fold statements of ${articles.length} PolNeAR train articles (${folds.length} folds)`,
    },
  };
  if (quick) {
    log("--quick: a smoke run; the committed model and report are left as they were");
    return;
  }
  writeFileSync(MODEL_PATH, `${JSON.stringify(model)}\n`);
  const report: TrainingReport = {
    folds: folds.length,
    articles: articles.length,
    base: JSON.stringify({
      ...(trainer.kind === "crf" ? { trainer } : {}),
      epochs,
      ...(outsideBias === 0 ? {} : { outsideBias }),
      learnedCueWords: cueWords
        ? { minCount: CUE_WORD_MIN_COUNT, minShare: CUE_WORD_MIN_SHARE, words: cueWords.size }
        : null,
      ...BASE_SETTINGS,
    }),
    grid: [...scores.entries()].map(([setting, s]) => ({
      setting,
      meanF1: mean(s.f1),
      meanSpeaker: mean(s.speaker),
    })),
    chosen: bestKey,
    rulesSpeaker,
    finalTrainingCpuSeconds: cpuSeconds() - trainStarted,
    totalCpuSeconds: cpuSeconds() - began,
  };
  writeFileSync(REPORT_PATH, `${JSON.stringify(report, null, 2)}\n`);
  log(
    `wrote ${MODEL_PATH}: final training ${(cpuSeconds() - trainStarted).toFixed(1)} s CPU, ${(cpuSeconds() - began).toFixed(1)} s CPU in all`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
