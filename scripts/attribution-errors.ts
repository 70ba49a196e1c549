/**
 * Error analysis of the combined engine (rules + tagger, no statement filter) on PolNeAR train, out
 * of fold, and the cross-validation of the tagger's options:
 *   node --import tsx scripts/attribution-errors.ts [--fold-models DIR] [--examples FILE]
 *     [--folds N] [--epochs N] [--no-cue-words | --cue-words COUNT,SHARE] [--settings JSON]
 *     [--trainer crf|perceptron [--l2 X] [--rate X] [--no-average] [--snapshot-epochs 5,10]]
 *     [--outside-bias B]
 *     (the tagger's learner: by default the one `npm run train:quotes` uses, TRAINER; the O penalty
 *     it decodes with: by default OUTSIDE_BIAS)
 * For each fold of scripts/train-quotes.ts a tagger is trained on the other folds (or read from DIR;
 * one DIR per variant), the combined and rules engines run on the held-out fold and are scored by
 * the eval (bench/eval-quotes.ts: mean all-attribution F1 and named speaker accuracy, the figures
 * cross-validation selects on). Then every missed gold attribution and every false statement is
 * classified (`goldTraits`, `coverageTrait`, `falseTraits` with `boundaryTrait`) and counted;
 * `--examples FILE` writes a few of each. `--no-cue-words`: taggers without learned cue words (as
 * before the fourth session); `--cue-words`: other minimums for them than
 * scripts/training-data.ts's; `--settings`: combination settings (src/quotes/learned.ts) over
 * BASE_SETTINGS. Never reads dev.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { evaluateQuotes } from "../bench/eval-quotes.js";
import {
  coveredLength,
  normalizeQuoteText,
  normalizeWithMap,
  overlap,
  placeText,
} from "../bench/text-spans.js";
import { cleanArticle } from "../src/articles/clean.js";
import { parseSeed } from "../src/articles/parse.js";
import { extractQuotes } from "../src/quotes/extract.js";
import type { Quote } from "../src/quotes/types.js";
import { isCueWord } from "../src/quotes/verbs.js";
import {
  BASE_SETTINGS,
  deal,
  FOLDS,
  foldTagger,
  optionValue,
  outsideBiasOption,
  readGold,
  TRAIN_DIR,
  TRAINER,
  type TrainingAttribution,
  taggerEpochs,
  trainerOption,
  trainingFiles,
} from "./training-data.js";

export interface Gold extends TrainingAttribution {
  content: string;
  source: string | null;
  cue: string | null;
  kind: string;
  span: [number, number];
}

type Span = [number, number];
export interface Placed {
  span: Span;
  quote: Quote;
  origin: "direct" | "rules" | "model";
}

const NOMINAL =
  /(?:tion|ment|sal|ence|ance|ism)$|^(?:claims?|views?|beliefs?|calls?|remarks?|comments?|criticism|arguments?|statements?|reports?|promises?|pledges?|plans?|ideas?|questions?|requests?|demands?|proposals?|opinions?|positions?|stance|words?|messages?|letters?|speech|testimony|interviews?|answers?|responses?|charges?|accusations?|allegations?|warnings?|vows?|insistence|assertions?|suggestions?|hopes?|fears?|concerns?|doubts?|support|opposition|praise|attacks?|case|push|view|message|line|point|theory|notion|sense|assessment|verdict|rhetoric|rules?|order|law|bill|poll|polls|survey|data|study|documents?|records?|emails?)$/;

/** How PolNeAR's cue introduces the attribution. */
export function cueClass(cue: string | null): string {
  if (cue === null || cue.trim() === "") return "cue: none";
  const lower = cue.toLowerCase().replace(/[’']/g, "’");
  if (/\baccording\b/.test(lower)) return "cue: according to";
  const words = lower.split(/[^\p{L}’]+/u).filter(Boolean);
  if (words.some((w) => isCueWord(w))) return "cue: reporting verb (lexicon)";
  if (words.some((w) => NOMINAL.test(w))) return "cue: nominal";
  if (/[:—–-]/.test(cue) && words.length === 0) return "cue: punctuation";
  return "cue: stance/attitude/other";
}

const SENTENCE_INSIDE = /[.!?]["”’)]?\s+["“‘(]?[A-Z0-9]/;

/** Traits of a gold attribution (not exclusive): where its source and cue are, how long it runs. */
export function goldTraits(g: Gold, all: readonly Gold[]): string[] {
  const traits = [cueClass(g.cue), `kind: ${g.kind}`];
  const inner = g.content.trim();
  if (inner.includes("\n")) traits.push("content over several paragraphs");
  else if (SENTENCE_INSIDE.test(inner)) traits.push("content over several sentences");
  if (g.source_start === null || g.source_end === null) traits.push("source: none");
  else if (g.source_start >= g.content_end) traits.push("source after content");
  else if (g.source_end <= g.content_start) traits.push("source before content");
  else traits.push("source inside content");
  if (
    g.source_start !== null &&
    g.source_end !== null &&
    g.cue_start !== null &&
    g.cue_end !== null
  ) {
    const gap = Math.max(g.cue_start - g.source_end, g.source_start - g.cue_end, 0);
    if (gap > 40) traits.push("source far from cue (> 40 chars)");
  }
  const nested = all.some(
    (o) => o !== g && o.content_start <= g.content_start && o.content_end >= g.content_end,
  );
  const holds = all.some(
    (o) =>
      o !== g &&
      o.cue_start !== null &&
      o.cue_start >= g.content_start &&
      (o.cue_end ?? 0) <= g.content_end,
  );
  if (nested || holds) traits.push("chain (nested in or holding another attribution)");
  const words = inner.split(/\s+/).length;
  traits.push(
    words <= 3 ? "content ≤ 3 words" : words <= 10 ? "content 4–10 words" : "content > 10 words",
  );
  return traits;
}

/** How a missed gold is (not) covered by the predictions. */
export function coverageTrait(span: Span, placed: readonly Placed[]): string {
  const length = span[1] - span[0];
  const pieces = placed.filter((p) => overlap(p.span, span) > 0);
  if (pieces.length === 0) return "missed: nothing predicted there";
  const covered =
    coveredLength(
      span,
      pieces.map((p) => p.span),
    ) / length;
  const label = covered >= 0.25 ? "25–50% covered" : "< 25% covered";
  return pieces.length > 1
    ? `missed: split in ${pieces.length > 2 ? "3+" : "2"} pieces, ${label}`
    : `missed: one piece, ${label}`;
}

/**
 * How a false statement that overlaps a gold content by less than half of itself (`best`, the gold
 * content it overlaps most) misses it: it runs on past the gold's end (into a clause after a comma,
 * or otherwise), starts before it, or both. `text`: the normalized body both spans index.
 */
export function boundaryTrait(span: Span, best: Span, text: string): string {
  const early = span[0] < best[0];
  const late = span[1] > best[1];
  if (early && late) return "boundary: starts before and runs on past the gold content";
  if (early) return "boundary: starts before the gold content";
  if (!late) return "boundary: inside the gold content";
  const tail = text.slice(best[1], span[1]).trimStart();
  return tail.startsWith(",")
    ? "boundary: runs on past the gold content, into a clause after a comma"
    : "boundary: runs on past the gold content, otherwise";
}

/** Traits of a false statement: where it comes from and how it meets the gold contents. */
function falseTraits(p: Placed, gold: readonly Gold[], text: string): string[] {
  const length = p.span[1] - p.span[0];
  const touching = gold.filter((g) => overlap(p.span, g.span) > 0);
  const inside = touching.reduce((best, g) => Math.max(best, overlap(p.span, g.span)), 0) / length;
  const shape =
    touching.length === 0
      ? "no gold content there"
      : touching.length > 1 &&
          coveredLength(
            p.span,
            touching.map((g) => g.span),
          ) *
            2 >=
            length
        ? "spans several gold contents (half inside gold, none holds half)"
        : inside > 0
          ? "overlaps a gold content by < half (boundary)"
          : "no gold content there";
  const traits = [`origin: ${p.origin}`, shape, `${p.origin}: ${shape}`];
  if (shape === "overlaps a gold content by < half (boundary)") {
    const best = touching.reduce((a, g) =>
      overlap(p.span, g.span) > overlap(p.span, a.span) ? g : a,
    );
    traits.push(boundaryTrait(p.span, best.span, text));
  }
  return traits;
}

class Counter {
  readonly counts = new Map<string, number>();
  readonly examples = new Map<string, string[]>();
  add(keys: readonly string[], example: string): void {
    for (const key of keys) {
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
      const list = this.examples.get(key) ?? [];
      if (list.length < 6) list.push(example);
      this.examples.set(key, list);
    }
  }
  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }
}

function place(
  normBody: string,
  text: string,
  quotes: readonly Quote[],
  rules: readonly Quote[],
): Placed[] {
  const ruleKeys = new Set(rules.map((q) => `${q.kind}:${q.start}:${q.end}`));
  const out: Placed[] = [];
  for (const quote of quotes) {
    const relative = text.indexOf(quote.text) / Math.max(1, text.length);
    const span = placeText(normBody, normalizeQuoteText(quote.text), relative * normBody.length);
    if (!span) continue;
    const origin =
      quote.kind === "direct"
        ? "direct"
        : ruleKeys.has(`${quote.kind}:${quote.start}:${quote.end}`)
          ? "rules"
          : "model";
    out.push({ span, quote, origin });
  }
  return out;
}

const found = (span: Span, placed: readonly Placed[]) =>
  coveredLength(
    span,
    placed.map((p) => p.span),
  ) *
    2 >=
  span[1] - span[0];

/** Classifies one article's misses and false statements into the counters. */
function classifyArticle(
  file: string,
  combined: readonly Quote[],
  rules: readonly Quote[],
  goldOf: Map<string, Gold[]>,
  tallies: { gold: Counter; missed: Counter; falses: Counter; predicted: Counter },
): void {
  const content = readFileSync(path.join(TRAIN_DIR, "articles", file), "utf8");
  const body = content.slice(content.indexOf("\n") + 1);
  const { text: normBody, map } = normalizeWithMap(body);
  const article = cleanArticle(parseSeed(content, file.replace(/\.txt$/, ""), file), {
    origin: "seed",
    addedAt: 0,
  });
  const gold = (goldOf.get(file) ?? []).map((g) => ({
    ...g,
    span: [
      map[Math.min(g.content_start, body.length)]!,
      map[Math.min(g.content_end, body.length)]!,
    ] as Span,
  }));
  const ours = place(normBody, article.text, combined, rules);
  const theirs = place(normBody, article.text, rules, rules);
  for (const g of gold) {
    if (g.span[1] <= g.span[0]) continue;
    const traits = goldTraits(g, gold);
    const line = `${file} | cue=${g.cue} source=${g.source} | ${g.content.slice(0, 160).replace(/\n/g, " ¶ ")}`;
    tallies.gold.add([...traits, "all"], line);
    const byRules = found(g.span, theirs);
    if (found(g.span, ours)) {
      if (!byRules) tallies.gold.add(["found by the combination, not by the rules"], line);
      continue;
    }
    const extra = [coverageTrait(g.span, ours), "all"];
    if (byRules) extra.push("found by the rules, lost in the combination");
    tallies.missed.add([...traits, ...extra], line);
  }
  for (const p of ours) {
    const length = p.span[1] - p.span[0];
    const best = gold.reduce((m, g) => Math.max(m, overlap(p.span, g.span)), 0);
    tallies.predicted.add([`origin: ${p.origin}`, "all"], "");
    if (best * 2 >= length) continue;
    tallies.falses.add(
      [...falseTraits(p, gold, normBody), "all"],
      `${file} | ${p.origin} speaker=${p.quote.speaker} | ${p.quote.text.slice(0, 160)}`,
    );
  }
}

const pct = (a: number, b: number) => (b === 0 ? "–" : `${((100 * a) / b).toFixed(1)}%`);
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function report(tallies: {
  gold: Counter;
  missed: Counter;
  falses: Counter;
  predicted: Counter;
}): string {
  const { gold, missed, falses, predicted } = tallies;
  const lines = [
    "## Missed gold attributions (combined engine, no filter; traits overlap)",
    "",
    "| trait | gold | missed | share of all misses | recall on the trait |",
    "|---|---|---|---|---|",
  ];
  const keys = [...new Set([...gold.counts.keys(), ...missed.counts.keys()])].sort(
    (a, b) => missed.get(b) - missed.get(a),
  );
  for (const key of keys) {
    const g = gold.get(key);
    const m = missed.get(key);
    lines.push(
      `| ${key} | ${g || ""} | ${m} | ${pct(m, missed.get("all"))} | ${g ? pct(g - m, g) : ""} |`,
    );
  }
  lines.push(
    "",
    "## False statements (traits overlap)",
    "",
    "| trait | false | share of all false | of predicted |",
    "|---|---|---|---|",
  );
  for (const [key, n] of [...falses.counts.entries()].sort((a, b) => b[1] - a[1])) {
    const origin = /^origin: (\w+)$/.exec(key)?.[1];
    const base = origin
      ? predicted.get(`origin: ${origin}`)
      : key === "all"
        ? predicted.get("all")
        : 0;
    lines.push(
      `| ${key} | ${n} | ${pct(n, falses.get("all"))} | ${base ? `${pct(n, base)} of ${base}` : ""} |`,
    );
  }
  return lines.join("\n");
}

function examples(tallies: { missed: Counter; falses: Counter }): string {
  const out: string[] = [];
  for (const [name, counter] of [
    ["MISSED", tallies.missed],
    ["FALSE", tallies.falses],
  ] as const) {
    for (const [key, list] of counter.examples) {
      out.push(`### ${name} ${key}`, ...list, "");
    }
  }
  return out.join("\n");
}

async function main(): Promise<void> {
  const cacheDir = optionValue("--fold-models");
  const foldCount = Number(optionValue("--folds") ?? FOLDS);
  const files = trainingFiles();
  const learn = !process.argv.includes("--no-cue-words");
  const trainer = trainerOption(TRAINER);
  const epochs = taggerEpochs(trainer);
  const outsideBias = outsideBiasOption();
  const settings = {
    ...BASE_SETTINGS,
    ...(JSON.parse(optionValue("--settings") ?? "{}") as object),
  };
  const [count, share] = (optionValue("--cue-words") ?? "").split(",").map(Number);
  const minimum = count && share ? { count, share } : undefined;
  const goldOf = readGold<Gold>(TRAIN_DIR);
  const tallies = {
    gold: new Counter(),
    missed: new Counter(),
    falses: new Counter(),
    predicted: new Counter(),
  };
  const figures = {
    combinedF1: [] as number[],
    combinedSpeaker: [] as number[],
    rulesF1: [] as number[],
    rulesSpeaker: [] as number[],
  };
  for (const [index, held] of deal(files, FOLDS).slice(0, foldCount).entries()) {
    const model = foldTagger(cacheDir, index, files, held, {
      epochs,
      learn,
      trainer,
      outsideBias,
      ...(minimum ? { minimum } : {}),
    });
    const combinedOf = new Map<string, Quote[]>();
    const rulesOf = new Map<string, Quote[]>();
    const options = { dir: TRAIN_DIR, files: held, baseline: false };
    const combined = await evaluateQuotes({
      ...options,
      extractor: (article) => {
        const quotes = extractQuotes(article, {
          engine: "combined",
          model,
          settings,
          filter: null,
        });
        combinedOf.set(article.text, quotes);
        return quotes;
      },
    });
    const rules = await evaluateQuotes({
      ...options,
      extractor: (article) => {
        const quotes = extractQuotes(article, { engine: "rules" });
        rulesOf.set(article.text, quotes);
        return quotes;
      },
    });
    figures.combinedF1.push(combined.ours.all.f1);
    figures.combinedSpeaker.push(combined.ours.speakerAccuracy ?? 0);
    figures.rulesF1.push(rules.ours.all.f1);
    figures.rulesSpeaker.push(rules.ours.speakerAccuracy ?? 0);
    process.stderr.write(
      `fold ${index + 1}: combined all F1 ${combined.ours.all.f1.toFixed(4)} (P ${combined.ours.all.precision.toFixed(3)} R ${combined.ours.all.recall.toFixed(3)}) speaker ${combined.ours.speakerAccuracy?.toFixed(4)}; rules ${rules.ours.all.f1.toFixed(4)} / ${rules.ours.speakerAccuracy?.toFixed(4)}\n`,
    );
    for (const file of held) {
      const content = readFileSync(path.join(TRAIN_DIR, "articles", file), "utf8");
      const text = cleanArticle(parseSeed(content, file.replace(/\.txt$/, ""), file), {
        origin: "seed",
        addedAt: 0,
      }).text;
      classifyArticle(file, combinedOf.get(text) ?? [], rulesOf.get(text) ?? [], goldOf, tallies);
    }
  }
  console.log(
    `# Out-of-fold errors on PolNeAR train (${foldCount} of ${FOLDS} folds)\n\nMean held-out: combined (no filter) all-F1 ${(100 * mean(figures.combinedF1)).toFixed(2)}%, speaker ${(100 * mean(figures.combinedSpeaker)).toFixed(2)}%; rules all-F1 ${(100 * mean(figures.rulesF1)).toFixed(2)}%, speaker ${(100 * mean(figures.rulesSpeaker)).toFixed(2)}%\n`,
  );
  console.log(report(tallies));
  const examplesFile = optionValue("--examples");
  if (examplesFile) writeFileSync(examplesFile, examples(tallies));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
