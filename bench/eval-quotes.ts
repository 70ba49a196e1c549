/**
 * Quote extraction quality on PolNeAR (US political news, dev split): precision, recall and F1 for
 * direct quotes and for all attributions, and speaker accuracy, for the combined engine (rules + the
 * learned model), the rules engine alone and, in the same run, compromise's `.quotations()` as a
 * baseline. `npm run eval:quotes`.
 *
 * Matching is by text, not offsets (cleaning moves offsets): the raw body and every quote are
 * normalized (lower case, quote marks dropped, white space collapsed); gold contents are placed in the
 * normalized body through their raw offsets, predicted quotes by finding their normalized text in it
 * (the occurrence nearest the quote's own offset, so a repeated short quote is scored where it was
 * found).
 * - A predicted quote is correct when at least half of it lies inside one gold content (direct
 *   figures: a gold content holding quoted words — kind `direct` or `mixed`, or quotation marks in
 *   the content, since PolNeAR labels many of the NYT's ''…'' quotes and quotes in single marks
 *   `indirect`; all: any gold).
 * - A gold attribution is found when at least half of it is covered by predicted quotes (direct
 *   figures: gold `direct` against predicted direct quotes; all: every gold against every prediction).
 * - Speaker accuracy, over correct predictions whose best-matching gold has a source
 *   (`bench/speaker-match.ts`). The headline figure counts gold sources that name someone, taken
 *   whole: the predicted speaker (or its title) must name the source's name — all its name tokens
 *   (honorifics, titles and articles removed) or its last one — where the name is the source's
 *   first part or, after a description, the part after its comma (`Dow's chief executive, Andrew
 *   Liveris,`). Pronoun, relative and description sources (`he`, `who`, `the Florida senator`) are
 *   counted apart: PolNeAR annotates no coreference, so their antecedent is only approximated by the
 *   nearest earlier named gold source (for `he`/`she` one naming one person, for `they` several or a
 *   body), which is often not the real one. The first session's metric (name cut at the first comma,
 *   pronouns pooled with names) is printed beside them as the "old" figure.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import { cleanArticle } from "../src/articles/clean.js";
import { parseSeed } from "../src/articles/parse.js";
import type { Article } from "../src/articles/types.js";
import { extractQuotes } from "../src/quotes/extract.js";
import { type DirectErrorSink, directErrorSink } from "./direct-error-sink.js";
import { formatQuoteEvaluation } from "./eval-quotes-report.js";
import type {
  Accuracy,
  DirectError,
  EvalExtractor,
  GoldAttribution,
  Judge,
  PrecisionRecall,
  QuoteEvaluation,
  QuoteScores,
  SpeakerScores,
} from "./eval-quotes-types.js";
import { sharedPath } from "./shared.js";
import {
  createAntecedents,
  hasProperName,
  namesMatch,
  sourceName,
  speakerNamesSource,
} from "./speaker-match.js";
import {
  coveredLength,
  normalizeQuoteText,
  normalizeWithMap,
  overlap,
  placeText,
} from "./text-spans.js";
import type { BenchSection } from "./types.js";

const DEFAULT_DIR = sharedPath("eval/polnear-dev/");

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
  /** [scored, correct] by kind of gold source. */
  speakers: Record<keyof SpeakerScores, [number, number]>;
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
    speakers: { named: [0, 0], referring: [0, 0], all: [0, 0], old: [0, 0] },
    unplaced: 0,
    namesSpeakers: false,
  };
}

/**
 * Quotation marks in a gold content: double ones (`“`, `"`, the NYT's `''`), or single ones (`‘`, or
 * a straight `'` opening a word, as headlines and the Daily Mail print quotations); not apostrophes.
 */
const QUOTATION_MARK = /[“”"‘]|''|(?:^|[\s(:—–-])'\p{L}/u;

interface GoldPlaced extends GoldAttribution {
  span: [number, number];
  /** Holds quoted words: kind direct or mixed, or quotation marks in the content (PolNeAR labels
   * some of the NYT's ''…'' quotes and quotes in single marks `indirect`). */
  quoted: boolean;
  /** The first session's antecedent (nearest earlier gold source whose first part is a name). */
  antecedent: string | null;
  /** Whether the source, taken whole, names someone (`Dow's chief executive, Andrew Liveris,`). */
  named: boolean;
  /** The same rule over sources taken whole; null for named sources. */
  referent: string | null;
}

type Debug = ((line: string) => void) | undefined;

function scoreArticle(
  debug: Debug,
  judge: Judge | undefined,
  sink: DirectErrorSink | undefined,
  tally: Tally,
  normBody: string,
  articleText: string,
  gold: readonly GoldPlaced[],
  predictions: ReturnType<EvalExtractor>,
): void {
  const placed: { span: [number, number]; quote: (typeof predictions)[number] }[] = [];
  for (const quote of predictions) {
    const needle = normalizeQuoteText(quote.text);
    // Where the extractor found it: a short quote ("Denver") may also appear earlier in the text.
    const at = quote.start ?? articleText.indexOf(quote.text);
    const relative = at / Math.max(1, articleText.length);
    const span = placeText(normBody, needle, relative * normBody.length);
    if (quote.speaker !== null) tally.namesSpeakers = true;
    tally.allPredicted++;
    if (quote.kind === "direct") tally.directPredicted++;
    if (!span) {
      tally.unplaced++;
      judge?.(quote, false, null);
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
      // Scored first: `judge?.(…)` would skip its arguments when there is no judge.
      const speakerRight = scoreSpeaker(debug, tally, best, quote);
      judge?.(quote, true, speakerRight, best);
    } else {
      judge?.(quote, false, null);
      debug?.(`FP ${quote.kind} speaker=${quote.speaker} | ${quote.text.slice(0, 140)}`);
    }
    if (quote.kind === "direct") {
      if (bestDirectOverlap * 2 >= length) tally.directCorrect++;
      else {
        debug?.(
          `DFP speaker=${quote.speaker} inAll=${bestOverlap * 2 >= length} | ${quote.text.slice(0, 140)}`,
        );
        sink?.fp(span, quote, best, best !== null && bestOverlap * 2 >= length);
      }
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
      else
        sink?.fn(
          g,
          directSpans.filter((s) => overlap(s, g.span) > 0),
        );
    }
  }
}

function count(entry: [number, number], ok: boolean): void {
  entry[0]++;
  if (ok) entry[1]++;
}

/**
 * Tallies the speaker of a correct prediction, under the new rules and the old metric; returns
 * whether it is right when the gold source names someone (the headline figure), else null.
 */
function scoreSpeaker(
  debug: Debug,
  tally: Tally,
  best: GoldPlaced,
  quote: ReturnType<EvalExtractor>[number],
): boolean | null {
  if (best.source === null) return null;
  const { speaker, speakerTitle: title } = quote;
  if (hasProperName(best.source) || best.antecedent !== null) {
    const ok =
      speaker !== null &&
      (namesMatch(speaker, title, best.source) ||
        (best.antecedent !== null && namesMatch(speaker, title, best.antecedent)));
    count(tally.speakers.old, ok);
  }
  if (!best.named && best.referent === null) return null;
  const ok =
    speaker !== null &&
    (speakerNamesSource(speaker, title, best.source) ||
      (best.referent !== null && speakerNamesSource(speaker, title, best.referent)));
  count(best.named ? tally.speakers.named : tally.speakers.referring, ok);
  count(tally.speakers.all, ok);
  if (!ok) {
    debug?.(
      `SPEAKER @${best.source_start ?? -1} ${best.named ? "named" : "referring"} pred=${speaker} gold=${best.source} ante=${best.referent} | ${quote.text.slice(0, 80)}`,
    );
  }
  return best.named ? ok : null;
}

function toAccuracy([scored, correct]: [number, number]): Accuracy {
  return { accuracy: safeDivide(correct, scored), scored };
}

function finish(tally: Tally): QuoteScores {
  const s = tally.speakers;
  return {
    direct: prf(tally.directCorrect, tally.directPredicted, tally.directFound, tally.directGold),
    all: prf(tally.allCorrect, tally.allPredicted, tally.allFound, tally.allGold),
    speakerAccuracy: tally.namesSpeakers ? toAccuracy(s.named).accuracy : null,
    speakerScored: s.named[0],
    speakers: tally.namesSpeakers
      ? {
          named: toAccuracy(s.named),
          referring: toAccuracy(s.referring),
          all: toAccuracy(s.all),
          old: toAccuracy(s.old),
        }
      : null,
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
    /** Told whether each prediction is correct (training the statement filter). */
    judge?: Judge;
    /** Told every direct false positive and miss (scripts/direct-errors.ts). */
    directErrors?: (error: DirectError) => void;
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
    // The old rule judged a source by its first part, the new one takes it whole.
    const oldAntecedentOf = createAntecedents((source) => (hasProperName(source) ? source : null));
    const referentOf = createAntecedents(sourceName);
    const sorted = [...(goldByFile.get(file) ?? [])].sort(
      (a, b) => a.content_start - b.content_start,
    );
    for (const g of sorted) {
      const start = map[Math.min(g.content_start, body.length)]!;
      const end = map[Math.min(g.content_end, body.length)]!;
      const quoted = g.kind !== "indirect" || QUOTATION_MARK.test(g.content);
      const named = g.source !== null && sourceName(g.source) !== null;
      const antecedent = oldAntecedentOf(g.source);
      const referent = referentOf(g.source);
      gold.push({ ...g, span: [start, end], quoted, antecedent, named, referent });
    }
    goldCount += gold.length;
    options.debug?.(`# ${file}`);
    const sink = options.directErrors && directErrorSink(options.directErrors, file, body, map);
    scoreArticle(
      options.debug,
      options.judge,
      sink,
      ours,
      normBody,
      article.text,
      gold,
      extractor(article),
    );
    if (options.baseline !== false) {
      scoreArticle(
        undefined,
        undefined,
        undefined,
        baseline,
        normBody,
        article.text,
        gold,
        compromiseExtractor(article),
      );
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

export type {
  Accuracy,
  DirectError,
  EvalExtractor,
  GoldAttribution,
  Judge,
  PrecisionRecall,
  QuoteEvaluation,
  QuoteScores,
  SpeakerScores,
};
export { formatQuoteEvaluation };

export async function run(): Promise<BenchSection> {
  const combined = await evaluateQuotes();
  const unfiltered = await evaluateQuotes({
    baseline: false,
    extractor: (article) => extractQuotes(article, { engine: "combined", filter: null }),
  });
  const rules = await evaluateQuotes({
    baseline: false,
    extractor: (article) => extractQuotes(article, { engine: "rules" }),
  });
  return formatQuoteEvaluation(combined, unfiltered, rules);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(DEFAULT_DIR)) {
    console.error(`skipped: the PolNeAR dev set is not at ${DEFAULT_DIR} (it lives in ../shared)`);
  } else {
    const section = await run();
    console.log(`## ${section.title}\n\n${section.markdown}`);
  }
}
