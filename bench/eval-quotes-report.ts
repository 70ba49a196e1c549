/**
 * The quote evaluation's figures as a section of docs/benchmarks.md (bench/eval-quotes.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { TrainingReport } from "../scripts/train-quotes.js";
import type { QuoteEvaluation, QuoteScores, SpeakerScores } from "./eval-quotes.js";
import type { BenchSection } from "./types.js";

function pct(x: number | null): string {
  return x === null ? "n/a" : `${(x * 100).toFixed(1)}%`;
}

/** What `npm run train:quotes` measured, when its report is present. */
function readTrainingReport(): TrainingReport | null {
  const file = fileURLToPath(new URL("../src/quotes/model/training-report.json", import.meta.url));
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as TrainingReport) : null;
}

function speakerCell(scores: QuoteScores, kind: keyof SpeakerScores): string {
  const figure = scores.speakers?.[kind];
  return figure ? `${pct(figure.accuracy)} (n=${figure.scored})` : "n/a (no speakers)";
}

/** What the training report says about the cross-validation, as a sentence. */
function trainingSentence(training: TrainingReport | null): string {
  if (!training) return "Training time: no training report (run `npm run train:quotes`).";
  const chosen = training.grid.find((g) => g.setting === training.chosen);
  const unfiltered = training.grid.find((g) =>
    /"threshold":0,"speakerThreshold":0,/.test(g.setting),
  );
  const figures = (g: TrainingReport["grid"][number] | undefined) =>
    g ? `all-attribution F1 ${pct(g.meanF1)}, speaker accuracy ${pct(g.meanSpeaker)}` : "n/a";
  return `Training (\`npm run train:quotes\`, from its report): the tagger and combination settings are fixed (${training.base}); ${training.folds}-fold cross-validation on ${training.articles} PolNeAR train articles chose the statement filter ${training.chosen} — the best mean held-out all-attribution F1 among the filters whose mean speaker accuracy (named sources) is at least the rules engine's on the same folds (${pct(training.rulesSpeaker)}). Held-out means: chosen filter ${figures(chosen)}; no filter ${figures(unfiltered)}. The final tagger trains in ${training.finalTrainingCpuSeconds.toFixed(1)} CPU s; the whole run (featurizing, ${training.folds} fold taggers, the filter grid on each fold, the final tagger and filter) took ${training.totalCpuSeconds.toFixed(1)} CPU s.`;
}

/**
 * The figures as a section of docs/benchmarks.md: the combined engine (with its statement filter),
 * the same without the filter, the rules engine, and compromise.
 */
export function formatQuoteEvaluation(
  combined: QuoteEvaluation,
  unfiltered: QuoteEvaluation,
  rules: QuoteEvaluation,
  training: TrainingReport | null = readTrainingReport(),
): BenchSection {
  const [c, u, r, b] = [combined.ours, unfiltered.ours, rules.ours, combined.baseline];
  const row = (label: string, target: string, pick: (s: QuoteScores) => string) =>
    `| ${label} | ${pick(c)} | ${pick(u)} | ${pick(r)} | ${pick(b)} | ${target} |`;
  const met = (value: number | null, target: number) =>
    value !== null && value >= target ? "met" : "not met";
  const lines = [
    `PolNeAR dev: ${combined.articles} articles, ${combined.goldAttributions} gold attributions. The combined engine (rules + the learned attribution model + the statement filter, \`{ engine: "combined" }\`), the same without the statement filter (\`filter: null\`), the rules engine alone (the default, \`extractQuotes(article, { engine: "rules" })\`) and compromise \`.quotations()\`, same run (${combined.seconds.toFixed(1)} s, ${unfiltered.seconds.toFixed(1)} s and ${rules.seconds.toFixed(1)} s). The model was trained on PolNeAR train only; its features and thresholds were chosen by cross-validation on train; dev is only reported here.`,
    "",
    "| measure | combined | combined, no filter | rules | compromise | target |",
    "|---|---|---|---|---|---|",
    row("direct precision", "", (s) => pct(s.direct.precision)),
    row("direct recall", "", (s) => pct(s.direct.recall)),
    row("direct F1", `≥ 96% (${met(c.direct.f1, 0.96)})`, (s) => pct(s.direct.f1)),
    row("all-attribution precision", "", (s) => pct(s.all.precision)),
    row("all-attribution recall", "", (s) => pct(s.all.recall)),
    row("all-attribution F1", `≥ 82% (${met(c.all.f1, 0.82)})`, (s) => pct(s.all.f1)),
    row(
      "speaker accuracy, named sources (headline)",
      `≥ 90% (${met(c.speakerAccuracy, 0.9)})`,
      (s) => speakerCell(s, "named"),
    ),
    row("speaker accuracy, pronoun/description sources (approximate)", "", (s) =>
      speakerCell(s, "referring"),
    ),
    row("speaker accuracy, all scored sources", "", (s) => speakerCell(s, "all")),
    row("speaker accuracy, old metric (first session)", "", (s) => speakerCell(s, "old")),
    row("predicted quotes", "", (s) => String(s.all.predicted)),
    "",
    trainingSentence(training),
    "",
    "A prediction is correct when at least half of it lies inside one gold content (for the direct figures: a gold content holding quoted words — kind direct or mixed, or quotation marks in it, since PolNeAR labels many of the NYT's ''…'' quotes indirect); a gold attribution is found when predictions cover at least half of it (direct recall: gold kind direct against predicted direct quotes). Texts are compared after normalizing case, white space and quote marks. Speaker accuracy, over correct predictions whose gold has a source: the predicted speaker (or its title) names the gold source — all its name tokens, or its last one, without honorifics or titles. Headline: gold sources that name someone, taken whole — the name is the source's first part or, after a description, the part after its comma (`Dow's chief executive, Andrew Liveris,`). Pronoun, relative and description sources (he, who, the Florida senator) are counted apart, because PolNeAR annotates no coreference: their antecedent is approximated by the nearest earlier named gold source (for he/she one naming one person, for they several or a body), which a hand check of train mismatches found wrong about half the time, so that row understates the engine. The old metric (the first session's: name cut at the first comma, pronouns pooled with names) is kept for comparison; ADR 0018 explains the change.",
  ];
  return { title: "Quote extraction quality (PolNeAR dev)", markdown: lines.join("\n") };
}
