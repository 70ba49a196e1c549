/**
 * Quote extraction quality on PolNeAR (US political news, dev split): precision, recall and F1 for
 * direct quotes and for all attributions, and speaker accuracy, for the combined engine (rules + the
 * learned model), the rules engine alone and, in the same run, compromise's `.quotations()` as a
 * baseline. `npm run eval:quotes`.
 *
 * Matching is by text, not offsets (cleaning moves offsets): the raw body and every quote are
 * normalized (lower case, quote marks dropped, white space collapsed); gold contents are placed in the
 * normalized body through their raw offsets, predicted quotes by finding their normalized text in it.
 * - A predicted quote is correct when at least half of it lies inside one gold content (direct
 *   figures: a gold content holding quoted words — kind `direct` or `mixed`, or quotation marks in
 *   the content, since PolNeAR labels many of the NYT's ''…'' quotes `indirect`; all: any gold).
 * - A gold attribution is found when at least half of it is covered by predicted quotes (direct
 *   figures: gold `direct` against predicted direct quotes; all: every gold against every prediction).
 * - Speaker accuracy, over correct predictions whose best-matching gold has a source: the predicted
 *   speaker names the gold source or its antecedent. The antecedent of a pronoun, relative or
 *   description source (`he`, `who`, `the president`) is the nearest earlier gold source in the same
 *   article that contains a proper name — for `he`/`she`/`him`/`her`/`his` one that names one person
 *   (not `India and Pakistan`, `Lawmakers` or `The Security Council`), for `they`/`them`/`their` one
 *   that names several or a body. Names match when every name token of the gold source (honorifics,
 *   titles and articles removed; the appositive after `,`, `(`, `who`, `which`, `from` or `of` cut,
 *   except an `of` inside a title before the name: `Secretary of State John F. Kerry`) appears in the
 *   predicted speaker or its title, or its last name token does. Gold sources with no name and no
 *   antecedent are not scored.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import type { TrainingReport } from "../scripts/train-quotes.js";
import { cleanArticle } from "../src/articles/clean.js";
import { parseSeed } from "../src/articles/parse.js";
import type { Article } from "../src/articles/types.js";
import { extractQuotes } from "../src/quotes/extract.js";
import type { Quote } from "../src/quotes/types.js";
import { sharedPath } from "./shared.js";
import type { BenchSection } from "./types.js";

const DEFAULT_DIR = sharedPath("eval/polnear-dev/");

export interface GoldAttribution {
  file: string;
  content: string;
  content_start: number;
  content_end: number;
  source: string | null;
  kind: "direct" | "mixed" | "indirect";
}

/** What an extractor returns for the eval: quote texts, their kind and speaker. */
export type EvalExtractor = (
  article: Article,
) => Pick<Quote, "kind" | "text" | "speaker" | "speakerTitle">[];

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
  predicted: number;
  gold: number;
}

export interface QuoteScores {
  direct: PrecisionRecall;
  all: PrecisionRecall;
  /** null when the extractor names no speakers. */
  speakerAccuracy: number | null;
  speakerScored: number;
  /** Predicted quotes whose text could not be found in the raw body. */
  unplaced: number;
}

export interface QuoteEvaluation {
  articles: number;
  goldAttributions: number;
  ours: QuoteScores;
  baseline: QuoteScores;
  seconds: number;
}

const QUOTE_MARKS = /["“”‘’'«»`„]/;

/** The normalized text and, for each raw index, its index in the normalized text. */
function normalizeWithMap(raw: string): { text: string; map: Int32Array } {
  const map = new Int32Array(raw.length + 1);
  let out = "";
  let lastSpace = true;
  for (let i = 0; i < raw.length; i++) {
    map[i] = out.length;
    const ch = raw[i]!;
    if (QUOTE_MARKS.test(ch)) continue;
    if (/\s/.test(ch)) {
      if (!lastSpace) out += " ";
      lastSpace = true;
      continue;
    }
    out += ch.toLowerCase();
    lastSpace = false;
  }
  map[raw.length] = out.length;
  return { text: out, map };
}

export function normalizeQuoteText(text: string): string {
  return normalizeWithMap(text).text.trim();
}

function placeText(body: string, needle: string, expectedAt: number): [number, number] | null {
  if (needle.length === 0) return null;
  let best = -1;
  for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + 1)) {
    if (best < 0 || Math.abs(at - expectedAt) < Math.abs(best - expectedAt)) best = at;
  }
  if (best >= 0) return [best, best + needle.length];
  // Cleaning may have mended a few characters: place it by its first and last words.
  const head = needle.slice(0, 40);
  const tail = needle.slice(-40);
  const h = body.indexOf(head);
  if (h < 0) return null;
  const t = body.indexOf(tail, h);
  if (t < 0 || t + tail.length - h > needle.length * 1.5) return null;
  return [h, t + tail.length];
}

function overlap(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

function coveredLength(
  target: readonly [number, number],
  spans: readonly [number, number][],
): number {
  const parts = spans
    .map((s): [number, number] => [Math.max(s[0], target[0]), Math.min(s[1], target[1])])
    .filter((s) => s[1] > s[0])
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = target[0];
  for (const [s, e] of parts) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

const NON_NAME = new Set(
  "the a an of mr mrs ms miss dr sen rep gov gen president presidential vice former secretary senator governor candidate nominee republican democratic democrat spokesman spokeswoman his her their its".split(
    " ",
  ),
);
const PRONOUN_SOURCE =
  /^(?:he|she|they|it|we|i|you|who|which|that|his|her|their|its|him|them|this|these|those)$/i;

const SINGULAR_PRONOUN = /^(?:he|she|him|her|his)$/i;
const PLURAL_PRONOUN = /^(?:they|them|their)$/i;
const PLURAL_HEAD =
  /^(?:few|many|some|several|most|all|both|other|others|officials|lawmakers|legislators|critics|democrats|republicans|people|members|leaders|experts|analysts|aides|advisers|advocates|supporters|opponents|voters|protesters|demonstrators|residents|police|authorities|sources|polls|reports|studies|companies|groups|states|nations|countries|americans|families|parents|students|teachers|officers|investigators|prosecutors|activists|scientists|economists|researchers|historians|judges|senators|delegates|diplomats)$/i;

/**
 * A source naming several (`India and Pakistan`, `Lawmakers`, `Few people`) or a body (`The Security
 * Council`), not one person.
 */
function isPlural(source: string): boolean {
  const first = source.trim().split(/[\s,]+/)[0] ?? "";
  return (
    /\s(?:and|&)\s/.test(source.split(",")[0] ?? source) ||
    PLURAL_HEAD.test(first) ||
    /^the\s/i.test(source.trim())
  );
}

function nameTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((t) => t.length > 0 && !NON_NAME.has(t));
}

/**
 * A source that names someone: `Trump`, `Mr. Obama`, `The New York Times` — not a pronoun and not
 * a description (`the Republican nominee`, `a Donald Trump tweet`).
 */
function hasProperName(source: string): boolean {
  const s = source.trim();
  if (PRONOUN_SOURCE.test(s) || !/\p{Lu}/u.test(s)) return false;
  if (/^(?:the|The)\s/.test(s)) {
    const rest = s
      .slice(4)
      .split(/[\s,(]+/)
      .filter((w) => w.length > 0);
    return (
      rest.length > 0 &&
      rest.every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:of|for|and|the|on)$/.test(w))
    );
  }
  return (
    /^[\p{Lu}\d]/u.test(s) &&
    !/^(?:A|An|His|Her|Their|Its|One|Another|Some|Many|Other|Several|Two|Three)\s/.test(s)
  );
}

function capitalizedWords(text: string): string {
  return text
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .join(" ");
}

function namesMatch(predicted: string, title: string | null, gold: string): boolean {
  // The name, not its appositive: `Victor Cha, who served as …` → `Victor Cha`, `Mr. Morgan of the
  // Sierra Club` → `Mr. Morgan`; but `of` inside a title keeps the name after it (`Secretary of State
  // John F. Kerry`, whose part before `of` holds no name).
  const beforeOf = gold.split(/,|\(|\s(?:who|which|of|from)\s/)[0] ?? gold;
  const withOf = gold.split(/,|\(|\s(?:who|which|from)\s/)[0] ?? gold;
  const goldName =
    nameTokens(beforeOf).length === 0 && nameTokens(capitalizedWords(withOf)).length > 0
      ? withOf
      : beforeOf;
  const goldTokens = nameTokens(goldName);
  if (goldTokens.length === 0) return false;
  const predictedTokens = new Set([...nameTokens(predicted), ...nameTokens(title ?? "")]);
  if (goldTokens.every((t) => predictedTokens.has(t))) return true;
  return predictedTokens.has(goldTokens[goldTokens.length - 1]!);
}

function safeDivide(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function prf(correct: number, predicted: number, found: number, gold: number): PrecisionRecall {
  const precision = safeDivide(correct, predicted);
  const recall = safeDivide(found, gold);
  const f1 = safeDivide(2 * precision * recall, precision + recall);
  return { precision, recall, f1, predicted, gold };
}

interface Tally {
  directPredicted: number;
  directCorrect: number;
  directGold: number;
  directFound: number;
  allPredicted: number;
  allCorrect: number;
  allGold: number;
  allFound: number;
  speakerScored: number;
  speakerCorrect: number;
  unplaced: number;
  namesSpeakers: boolean;
}

function newTally(): Tally {
  return {
    directPredicted: 0,
    directCorrect: 0,
    directGold: 0,
    directFound: 0,
    allPredicted: 0,
    allCorrect: 0,
    allGold: 0,
    allFound: 0,
    speakerScored: 0,
    speakerCorrect: 0,
    unplaced: 0,
    namesSpeakers: false,
  };
}

interface GoldPlaced extends GoldAttribution {
  span: [number, number];
  /** Holds quoted words: kind direct or mixed, or quotation marks in the content (PolNeAR labels
   * some of the NYT's ''…'' quotes `indirect`). */
  quoted: boolean;
  antecedent: string | null;
}

type Debug = ((line: string) => void) | undefined;

function scoreArticle(
  debug: Debug,
  tally: Tally,
  normBody: string,
  articleText: string,
  gold: readonly GoldPlaced[],
  predictions: ReturnType<EvalExtractor>,
): void {
  const placed: { span: [number, number]; quote: (typeof predictions)[number] }[] = [];
  for (const quote of predictions) {
    const needle = normalizeQuoteText(quote.text);
    const relative = articleText.indexOf(quote.text) / Math.max(1, articleText.length);
    const span = placeText(normBody, needle, relative * normBody.length);
    if (quote.speaker !== null) tally.namesSpeakers = true;
    tally.allPredicted++;
    if (quote.kind === "direct") tally.directPredicted++;
    if (!span) {
      tally.unplaced++;
      continue;
    }
    placed.push({ span, quote });
  }
  for (const { span, quote } of placed) {
    const length = span[1] - span[0];
    let best: GoldPlaced | null = null;
    let bestOverlap = 0;
    let bestDirectOverlap = 0;
    for (const g of gold) {
      const o = overlap(span, g.span);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = g;
      }
      if (g.quoted && o > bestDirectOverlap) bestDirectOverlap = o;
    }
    if (bestOverlap * 2 >= length && best) {
      tally.allCorrect++;
      const antecedentOk =
        best.source !== null && (hasProperName(best.source) || best.antecedent !== null);
      if (antecedentOk && best.source !== null) {
        tally.speakerScored++;
        const ok =
          quote.speaker !== null &&
          (namesMatch(quote.speaker, quote.speakerTitle, best.source) ||
            (best.antecedent !== null &&
              namesMatch(quote.speaker, quote.speakerTitle, best.antecedent)));
        if (ok) tally.speakerCorrect++;
        else
          debug?.(
            `SPEAKER pred=${quote.speaker} gold=${best.source} ante=${best.antecedent} | ${quote.text.slice(0, 80)}`,
          );
      }
    } else {
      debug?.(`FP ${quote.kind} speaker=${quote.speaker} | ${quote.text.slice(0, 140)}`);
    }
    if (quote.kind === "direct") {
      if (bestDirectOverlap * 2 >= length) tally.directCorrect++;
      else
        debug?.(
          `DFP speaker=${quote.speaker} inAll=${bestOverlap * 2 >= length} | ${quote.text.slice(0, 140)}`,
        );
    }
  }
  const allSpans = placed.map((p) => p.span);
  const directSpans = placed.filter((p) => p.quote.kind === "direct").map((p) => p.span);
  for (const g of gold) {
    const length = g.span[1] - g.span[0];
    if (length <= 0) continue;
    tally.allGold++;
    if (coveredLength(g.span, allSpans) * 2 >= length) tally.allFound++;
    else debug?.(`FN ${g.kind} source=${g.source} | ${g.content.slice(0, 140)}`);
    if (g.kind === "direct") {
      tally.directGold++;
      if (coveredLength(g.span, directSpans) * 2 >= length) tally.directFound++;
    }
  }
}

function finish(tally: Tally): QuoteScores {
  return {
    direct: prf(tally.directCorrect, tally.directPredicted, tally.directFound, tally.directGold),
    all: prf(tally.allCorrect, tally.allPredicted, tally.allFound, tally.allGold),
    speakerAccuracy: tally.namesSpeakers
      ? safeDivide(tally.speakerCorrect, tally.speakerScored)
      : null,
    speakerScored: tally.speakerScored,
    unplaced: tally.unplaced,
  };
}

/** compromise's quotations, as the baseline: direct quotes only, no speakers. */
export const compromiseExtractor: EvalExtractor = (article) =>
  nlp(article.text)
    .quotations()
    .out("array")
    .map((text: string) => ({
      kind: "direct" as const,
      text: text.replace(/^[\s"“”‘’'«»]+|[\s"“”‘’'«»]+$/g, ""),
      speaker: null,
      speakerTitle: null,
    }));

/**
 * Scores `extractor` (our rules by default) and compromise on the PolNeAR dev set in `dir`.
 * @throws Error when the data set is absent.
 */
export async function evaluateQuotes(
  options: {
    dir?: string;
    /** Only these article files (cross-validation folds); all by default. */
    files?: readonly string[];
    extractor?: EvalExtractor;
    baseline?: boolean;
    debug?: Debug;
  } = {},
): Promise<QuoteEvaluation> {
  const dir = options.dir ?? DEFAULT_DIR;
  const extractor =
    options.extractor ?? ((article: Article) => extractQuotes(article, { engine: "combined" }));
  const goldFile = path.join(dir, "gold.jsonl");
  if (!existsSync(goldFile)) throw new Error(`PolNeAR dev set not found at ${dir}`);
  const goldByFile = new Map<string, GoldAttribution[]>();
  for (const line of readFileSync(goldFile, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const g = JSON.parse(line) as GoldAttribution;
    const list = goldByFile.get(g.file) ?? [];
    list.push(g);
    goldByFile.set(g.file, list);
  }
  const began = performance.now();
  const ours = newTally();
  const baseline = newTally();
  const only = options.files ? new Set(options.files) : null;
  const files = readdirSync(path.join(dir, "articles"))
    .filter((f) => f.endsWith(".txt") && (only === null || only.has(f)))
    .sort();
  let goldCount = 0;
  for (const file of files) {
    const content = readFileSync(path.join(dir, "articles", file), "utf8");
    const body = content.slice(content.indexOf("\n") + 1);
    const { text: normBody, map } = normalizeWithMap(body);
    const raw = parseSeed(content, file.replace(/\.txt$/, ""), file);
    const article = cleanArticle(raw, { origin: "seed", addedAt: 0 });
    const gold: GoldPlaced[] = [];
    let lastNamed: string | null = null;
    let lastSingular: string | null = null;
    let lastPlural: string | null = null;
    const sorted = [...(goldByFile.get(file) ?? [])].sort(
      (a, b) => a.content_start - b.content_start,
    );
    for (const g of sorted) {
      const start = map[Math.min(g.content_start, body.length)]!;
      const end = map[Math.min(g.content_end, body.length)]!;
      const named = g.source !== null && hasProperName(g.source);
      const quoted = g.kind !== "indirect" || /[“”"]|''/.test(g.content);
      // `he`/`she` points at one person, not at `India and Pakistan` or `Lawmakers`; `they` at
      // several people or a body, not at `Trump`.
      const singular = g.source !== null && SINGULAR_PRONOUN.test(g.source.trim());
      const plural = g.source !== null && PLURAL_PRONOUN.test(g.source.trim());
      const antecedent = named ? null : singular ? lastSingular : plural ? lastPlural : lastNamed;
      gold.push({ ...g, span: [start, end], quoted, antecedent });
      if (named) lastNamed = g.source;
      if (named && g.source !== null) {
        if (isPlural(g.source)) lastPlural = g.source;
        else lastSingular = g.source;
      }
    }
    goldCount += gold.length;
    options.debug?.(`# ${file}`);
    scoreArticle(options.debug, ours, normBody, article.text, gold, extractor(article));
    if (options.baseline !== false) {
      scoreArticle(undefined, baseline, normBody, article.text, gold, compromiseExtractor(article));
    }
  }
  return {
    articles: files.length,
    goldAttributions: goldCount,
    ours: finish(ours),
    baseline: finish(baseline),
    seconds: (performance.now() - began) / 1000,
  };
}

function pct(x: number | null): string {
  return x === null ? "n/a" : `${(x * 100).toFixed(1)}%`;
}

/** What `npm run train:quotes` measured, when its report is present. */
function readTrainingReport(): TrainingReport | null {
  const file = fileURLToPath(new URL("../src/quotes/model/training-report.json", import.meta.url));
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as TrainingReport) : null;
}

/** The figures as a section of docs/benchmarks.md: combined and rules engines, and compromise. */
export function formatQuoteEvaluation(
  combined: QuoteEvaluation,
  rules: QuoteEvaluation,
  training: TrainingReport | null = readTrainingReport(),
): BenchSection {
  const [c, r, b] = [combined.ours, rules.ours, combined.baseline];
  const row = (label: string, target: string, pick: (s: QuoteScores) => string) =>
    `| ${label} | ${pick(c)} | ${pick(r)} | ${pick(b)} | ${target} |`;
  const met = (value: number | null, target: number) =>
    value !== null && value >= target ? "met" : "not met";
  const lines = [
    `PolNeAR dev: ${combined.articles} articles, ${combined.goldAttributions} gold attributions. The combined engine (rules + the learned attribution model, \`{ engine: "combined" }\`), the rules engine alone (the default, \`extractQuotes(article, { engine: "rules" })\`) and compromise \`.quotations()\`, same run (${combined.seconds.toFixed(1)} s and ${rules.seconds.toFixed(1)} s). The model was trained on PolNeAR train only; its features and thresholds were chosen by cross-validation on train; dev is only reported here.`,
    "",
    "| measure | combined | rules | compromise | target |",
    "|---|---|---|---|---|",
    row("direct precision", "", (s) => pct(s.direct.precision)),
    row("direct recall", "", (s) => pct(s.direct.recall)),
    row("direct F1", `≥ 96% (${met(c.direct.f1, 0.96)})`, (s) => pct(s.direct.f1)),
    row("all-attribution precision", "", (s) => pct(s.all.precision)),
    row("all-attribution recall", "", (s) => pct(s.all.recall)),
    row("all-attribution F1", `≥ 82% (${met(c.all.f1, 0.82)})`, (s) => pct(s.all.f1)),
    row("speaker accuracy", `≥ 90% (${met(c.speakerAccuracy, 0.9)})`, (s) =>
      s.speakerAccuracy === null
        ? "n/a (no speakers)"
        : `${pct(s.speakerAccuracy)} (n=${s.speakerScored})`,
    ),
    row("predicted quotes", "", (s) => String(s.all.predicted)),
    "",
    training
      ? `Training (\`npm run train:quotes\`, from its report): ${training.folds}-fold cross-validation on ${training.articles} PolNeAR train articles chose ${training.chosen} (mean held-out all-attribution F1 ${pct(Math.max(...training.grid.map((g) => g.meanF1)))}); the final model trains in ${training.finalTrainingCpuSeconds.toFixed(1)} CPU s, the whole run (featurizing, ${training.folds} folds × the grid, final model) took ${training.totalCpuSeconds.toFixed(1)} CPU s.`
      : "Training time: no training report (run `npm run train:quotes`).",
    "",
    "A prediction is correct when at least half of it lies inside one gold content (for the direct figures: a gold content holding quoted words — kind direct or mixed, or quotation marks in it, since PolNeAR labels many of the NYT's ''…'' quotes indirect); a gold attribution is found when predictions cover at least half of it (direct recall: gold kind direct against predicted direct quotes). Texts are compared after normalizing case, white space and quote marks. Speaker accuracy: over correct predictions whose gold has a source, the predicted speaker (or its title) names the gold source — all its name tokens, or its last one, without honorifics, titles or appositive — or, for a pronoun or description source, the nearest earlier gold source in the article that is a proper name (for he/she one naming one person, for they one naming several or a body); sources with neither are not scored. The metric is unchanged from the rules-only evaluation, so the figures compare.",
  ];
  return { title: "Quote extraction quality (PolNeAR dev)", markdown: lines.join("\n") };
}

export async function run(): Promise<BenchSection> {
  const combined = await evaluateQuotes();
  const rules = await evaluateQuotes({
    baseline: false,
    extractor: (article) => extractQuotes(article, { engine: "rules" }),
  });
  return formatQuoteEvaluation(combined, rules);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(DEFAULT_DIR)) {
    console.error(`skipped: the PolNeAR dev set is not at ${DEFAULT_DIR} (it lives in ../shared)`);
  } else {
    const section = await run();
    console.log(`## ${section.title}\n\n${section.markdown}`);
  }
}
