/**
 * Speaker errors of the combined engine (rules + tagger, no statement filter) on PolNeAR train, out
 * of fold:
 *   node --import tsx scripts/speaker-errors.ts [--fold-models DIR] [--folds N] [--settings JSON]
 *     [--examples FILE] [--trainer crf|perceptron …] [--outside-bias B], as
 *     scripts/attribution-errors.ts
 * For each fold of scripts/train-quotes.ts (fold taggers as scripts/attribution-errors.ts makes
 * them, cached in DIR), the combined engine runs on the held-out fold with its phases opened up, so
 * each statement keeps where it came from (direct quote, rules statement, a piece of a rules
 * statement the model split, model statement), its raw speaker phrase and, for model statements,
 * the source span the tagger linked. Every correct statement whose gold source names someone and
 * whose speaker the eval counts wrong (bench/eval-quotes.ts: the named speaker figure) is
 * classified (`speakerErrorClass`) and counted by origin. Never reads dev.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { evaluateQuotes } from "../bench/eval-quotes.js";
import type { GoldAttribution } from "../bench/eval-quotes-types.js";
import { speakerNamesSource } from "../bench/speaker-match.js";
import { findDirectCandidates } from "../src/quotes/direct.js";
import { buildLayout, type Candidate } from "../src/quotes/layout.js";
import { addModelCandidates } from "../src/quotes/learned.js";
import type { Evidence } from "../src/quotes/learned-evidence.js";
import { tagSpans } from "../src/quotes/model/attribution.js";
import type { Weights } from "../src/quotes/model/perceptron.js";
import { findReportedCandidates } from "../src/quotes/reported.js";
import { linkUncued, resolveSpeakers } from "../src/quotes/resolve.js";
import type { Quote, QuoteSource } from "../src/quotes/types.js";
import {
  BASE_SETTINGS,
  deal,
  FOLDS,
  foldTagger,
  optionValue,
  outsideBiasOption,
  TRAIN_DIR,
  TRAINER,
  taggerEpochs,
  trainerOption,
  trainingFiles,
} from "./training-data.js";

/** What the combination knew about one reported quote. */
export interface QuoteTrace {
  origin: "direct" | "rules" | "split" | "model";
  /** The speaker phrase of its cue (before resolution), or null without a cue. */
  phrase: string | null;
  inherited: boolean;
  /** The paragraph's text. */
  paragraph: string;
  /** Model statements: the source span the tagger linked (text), or null. */
  linkedSource: string | null;
  /** The source spans the tagger marked in the paragraph (text). */
  taggedSources: string[];
}

const PRONOUN = /^(?:he|she|they|it|we|i|you|who|his|her|their|its)$/i;

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Whether `a` and `b` share a capitalized word of `b` (a name token). */
function sharesName(a: string, b: string): boolean {
  const names = new Set(
    b
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => /^\p{Lu}/u.test(w) && w.length > 1)
      .map((w) => w.toLowerCase()),
  );
  return words(a).some((w) => names.has(w));
}

/**
 * The class of a wrong named speaker: what went wrong first, from the phrase the cue named to the
 * resolved name.
 */
export function speakerErrorClass(trace: QuoteTrace, quote: Quote, goldSource: string): string {
  const inParagraph = sharesName(trace.paragraph, goldSource);
  const where = inParagraph ? "gold source in the paragraph" : "gold source elsewhere";
  if (trace.phrase === null) {
    if (trace.inherited) return `inherited a wrong speaker (${where})`;
    return `no cue, no speaker (${where})`;
  }
  if (trace.phrase === "") return `cue without a speaker phrase (${where})`;
  if (speakerNamesSource(trace.phrase, null, goldSource) || sharesName(trace.phrase, goldSource)) {
    return quote.speaker === null
      ? "right phrase, resolved to nothing"
      : "right phrase, resolved to another name";
  }
  const pronoun = PRONOUN.test(trace.phrase.trim());
  if (pronoun) {
    const word = trace.phrase.trim().toLowerCase();
    return quote.speaker === null
      ? `pronoun \`${word}\` resolved to nothing (${where})`
      : `pronoun \`${word}\` resolved to another name (${where})`;
  }
  if (/^\p{Ll}/u.test(trace.phrase) || /^(?:The|A|An)\s/.test(trace.phrase)) {
    return `description resolved wrongly (${where})`;
  }
  return `another name linked (${where})`;
}

/** The combined engine's quotes (no filter) with what each came from. */
export function traceQuotes(
  article: QuoteSource,
  model: Weights,
  settings = BASE_SETTINGS,
): { quotes: Quote[]; traces: Map<Quote, QuoteTrace> } {
  const layout = buildLayout(article);
  const reported = findReportedCandidates(layout);
  const rules = [
    ...reported.candidates,
    ...findDirectCandidates(layout, reported.candidates, reported.sentenceCues),
  ];
  const ruleKeys = new Set(rules.map((c) => `${c.kind}:${c.start}:${c.end}`));
  const evidence = new Map<Candidate, Evidence>();
  const candidates = addModelCandidates(layout, rules, model, settings, evidence);
  linkUncued(layout, candidates);
  const quotes = resolveSpeakers(layout, candidates);
  const byPlace = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = `${c.kind}:${c.start}:${c.end}`;
    if (!c.hidden && !byPlace.has(key)) byPlace.set(key, c);
  }
  const traces = new Map<Quote, QuoteTrace>();
  const tagged = new Map<number, string[]>();
  for (const quote of quotes) {
    const key = `${quote.kind}:${quote.start}:${quote.end}`;
    const c = byPlace.get(key)!;
    const known = evidence.get(c);
    const origin =
      c.kind === "direct"
        ? "direct"
        : ruleKeys.has(key)
          ? "rules"
          : known?.origin === "rules"
            ? "split"
            : "model";
    const p = c.paragraph;
    const paragraph = article.paragraphs[p]!;
    const base = layout.offsets[p]!;
    if (!tagged.has(p)) {
      tagged.set(
        p,
        tagSpans(model, paragraph, layout.spansByParagraph[p])
          .filter((s) => s.kind === "source")
          .map((s) => paragraph.slice(s.start, s.end)),
      );
    }
    traces.set(quote, {
      origin,
      phrase: c.cue ? c.cue.speaker : null,
      inherited: c.inheritFrom !== null,
      paragraph,
      linkedSource: known?.source ? layout.text.slice(known.source[0], known.source[1]) : null,
      taggedSources: base >= 0 ? tagged.get(p)! : [],
    });
  }
  return { quotes, traces };
}

class Tally {
  readonly counts = new Map<string, number>();
  readonly examples = new Map<string, string[]>();
  add(key: string, example: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    const list = this.examples.get(key) ?? [];
    if (list.length < 12) list.push(example);
    this.examples.set(key, list);
  }
}

async function main(): Promise<void> {
  const cacheDir = optionValue("--fold-models");
  const trainer = trainerOption(TRAINER);
  const outsideBias = outsideBiasOption();
  const foldCount = Number(optionValue("--folds") ?? FOLDS);
  const settings = {
    ...BASE_SETTINGS,
    ...(JSON.parse(optionValue("--settings") ?? "{}") as object),
  };
  const files = trainingFiles();
  const scored = new Tally();
  const wrong = new Tally();
  const classes = new Tally();
  const f1: number[] = [];
  const speaker: number[] = [];
  for (const [index, held] of deal(files, FOLDS).slice(0, foldCount).entries()) {
    const model = foldTagger(cacheDir, index, files, held, {
      epochs: taggerEpochs(trainer),
      learn: true,
      trainer,
      outsideBias,
    });
    let traces = new Map<Quote, QuoteTrace>();
    const result = await evaluateQuotes({
      dir: TRAIN_DIR,
      files: held,
      baseline: false,
      extractor: (article) => {
        const traced = traceQuotes(article, model, settings);
        traces = traced.traces;
        return traced.quotes;
      },
      judge: (quote, _correct, right, gold: GoldAttribution | null = null) => {
        if (right === null || !gold?.source) return;
        const trace = traces.get(quote as Quote);
        if (!trace) return;
        scored.add(trace.origin, "");
        scored.add("all", "");
        if (right) return;
        wrong.add(trace.origin, "");
        wrong.add("all", "");
        const tagged = trace.taggedSources.some((t) => sharesName(t, gold.source!));
        const kind = `${speakerErrorClass(trace, quote as Quote, gold.source)}${tagged ? ", gold source tagged" : ""}`;
        const example = `pred=${quote.speaker} phrase=${trace.phrase} linked=${trace.linkedSource} tagged=[${trace.taggedSources.join(" | ")}] gold=${gold.source} | ${quote.text.slice(0, 100)} || ${trace.paragraph.slice(0, 300)}`;
        classes.add(`${trace.origin}: ${kind}`, example);
        classes.add(`all: ${kind}`, example);
      },
    });
    f1.push(result.ours.all.f1);
    speaker.push(result.ours.speakerAccuracy ?? 0);
    process.stderr.write(
      `fold ${index + 1}: all F1 ${result.ours.all.f1.toFixed(4)} speaker ${result.ours.speakerAccuracy?.toFixed(4)}\n`,
    );
  }
  const mean = (v: number[]) => (100 * v.reduce((a, b) => a + b, 0)) / v.length;
  const lines = [
    `# Speaker errors out of fold (${foldCount} folds): all-F1 ${mean(f1).toFixed(2)}%, named speaker ${mean(speaker).toFixed(2)}%`,
    "",
    "| origin | scored | wrong | accuracy |",
    "|---|---|---|---|",
  ];
  for (const [origin, n] of scored.counts) {
    const w = wrong.counts.get(origin) ?? 0;
    lines.push(`| ${origin} | ${n} | ${w} | ${((100 * (n - w)) / n).toFixed(1)}% |`);
  }
  lines.push("", "| class | wrong |", "|---|---|");
  for (const [key, n] of [...classes.counts].sort((a, b) => a[0].localeCompare(b[0]))) {
    lines.push(`| ${key} | ${n} |`);
  }
  console.log(lines.join("\n"));
  const examplesFile = optionValue("--examples");
  if (examplesFile) {
    const out: string[] = [];
    for (const [key, list] of classes.examples) out.push(`### ${key}`, ...list, "");
    writeFileSync(examplesFile, out.join("\n"));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
