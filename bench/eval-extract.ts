/**
 * Scores article body extraction on the Zyte article-extraction benchmark (181 pages in
 * ../shared/eval/article-extraction-benchmark): ours (Readability + block paragraphing, boilerplate
 * removal and the cleaner) beside plain Readability (`textContent`), in the same run.
 *
 * The metric reproduces the benchmark's evaluate.py: per page, token 4-gram shingles (tokens are
 * `\w+` runs) of the truth and of the prediction are counted; TP/FP/FN are multiset overlaps,
 * normalised by their sum so long pages weigh no more than short ones. Precision is the mean over
 * pages with TP+FP > 0, recall the mean over pages with TP+FN > 0, and F1 = 2PR/(P+R) of those
 * means. A page where extraction fails counts as an empty prediction.
 *
 *   npm run eval:extract
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { cleanBody } from "../src/articles/clean.js";
import { extractArticle } from "../src/extract/extract.js";
import type { BenchSection } from "./types.js";

export const DATA_DIR = fileURLToPath(
  new URL("../../shared/eval/article-extraction-benchmark/", import.meta.url),
);

/** Published F1 on this benchmark (its README, latest evaluation). */
const PUBLISHED = { readabilityJs: 0.947, trafilatura: 0.958 };

export type Counts = [tp: number, fp: number, fn: number];

// Python's `\w` under re.UNICODE: letters, digits (all numeric categories) and underscore.
const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    const key = gram.join("\u0000");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** evaluate.py's string_shingle_matching: normalised TP/FP/FN over 4-gram shingles. */
export function matchShingles(truth: string, prediction: string): Counts {
  const t = shingles(truth);
  const p = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [tp, fp, fn];
}

function precisionOf([tp, fp, fn]: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf([tp, fp, fn]: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

/** evaluate.py's metrics_from_tp_fp_fns. */
export function scoreCounts(counts: readonly Counts[]): Scores {
  const precision = mean(counts.filter(([tp, fp]) => tp + fp > 0).map(precisionOf));
  const recall = mean(counts.filter(([tp, , fn]) => tp + fn > 0).map(recallOf));
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

/** Plain Readability over linkedom: the baseline. */
function extractPlain(html: string): string {
  const { document } = parseHTML(html);
  return new Readability(document as unknown as Document).parse()?.textContent ?? "";
}

/** Ours: what a fetched Article's text would be; and the extracted body before the cleaner. */
function extractOurs(html: string, url: string): { cleaned: string; blocks: string } {
  try {
    const { body } = extractArticle(html, url);
    return { cleaned: cleanBody(body).join("\n\n"), blocks: body };
  } catch {
    return { cleaned: "", blocks: "" };
  }
}

/** A page of the benchmark: its HTML and the article text its annotators marked. */
export interface Page {
  id: string;
  url: string;
  truth: string;
  html: string;
}

export function loadPages(): Page[] {
  const truth = JSON.parse(readFileSync(`${DATA_DIR}ground-truth.json`, "utf8")) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  const files = new Set(readdirSync(`${DATA_DIR}html`));
  return Object.entries(truth).map(([id, item]) => {
    const file = `${id}.html.gz`;
    if (!files.has(file)) throw new Error(`missing ${file}`);
    return {
      id,
      url: item.url ?? `https://example.com/${id}`,
      truth: item.articleBody ?? "",
      html: gunzipSync(readFileSync(`${DATA_DIR}html/${file}`)).toString("utf8"),
    };
  });
}

export interface ExtractionEval {
  pages: number;
  ours: Scores;
  /** Ours before the cleaner: Readability + block paragraphing + boilerplate removal. */
  blocks: Scores;
  readability: Scores;
  oursMs: number;
  readabilityMs: number;
  perPage: { id: string; ours: Counts; blocks: Counts; readability: Counts }[];
}

export function evaluateExtraction(): ExtractionEval {
  const pages = loadPages();
  const perPage: ExtractionEval["perPage"] = [];
  let oursMs = 0;
  let readabilityMs = 0;
  for (const page of pages) {
    let start = performance.now();
    const plain = extractPlain(page.html);
    readabilityMs += performance.now() - start;
    start = performance.now();
    const ours = extractOurs(page.html, page.url);
    oursMs += performance.now() - start;
    perPage.push({
      id: page.id,
      ours: matchShingles(page.truth, ours.cleaned),
      blocks: matchShingles(page.truth, ours.blocks),
      readability: matchShingles(page.truth, plain),
    });
  }
  return {
    pages: pages.length,
    ours: scoreCounts(perPage.map((p) => p.ours)),
    blocks: scoreCounts(perPage.map((p) => p.blocks)),
    readability: scoreCounts(perPage.map((p) => p.readability)),
    oursMs,
    readabilityMs,
    perPage,
  };
}

const f3 = (x: number): string => x.toFixed(3);

export async function run(): Promise<BenchSection> {
  const title = "Article extraction (body text)";
  if (!existsSync(`${DATA_DIR}ground-truth.json`)) {
    return { title, markdown: `Skipped: ${DATA_DIR} is absent (it lives in ../shared).\n` };
  }
  const result = evaluateExtraction();
  const { ours, blocks, readability } = result;
  const markdown = [
    `${result.pages} pages of the Zyte article-extraction benchmark; token 4-gram shingle precision, recall and F1 as in its evaluate.py (means over pages). Baseline: plain Readability 0.6.0 \`textContent\` over linkedom, measured in the same run. Target: F1 at or above the baseline (published: Readability.js ${PUBLISHED.readabilityJs}, trafilatura ${PUBLISHED.trafilatura}).`,
    "",
    "| extractor | precision | recall | F1 | time per page |",
    "|---|---|---|---|---|",
    `| ours (Readability + blocks + boilerplate removal + cleaner) | ${f3(ours.precision)} | ${f3(ours.recall)} | ${f3(ours.f1)} | ${(result.oursMs / result.pages).toFixed(1)} ms |`,
    `| ours before the cleaner (Readability + blocks + boilerplate removal) | ${f3(blocks.precision)} | ${f3(blocks.recall)} | ${f3(blocks.f1)} | (same run) |`,
    `| plain Readability (baseline) | ${f3(readability.precision)} | ${f3(readability.recall)} | ${f3(readability.f1)} | ${(result.readabilityMs / result.pages).toFixed(1)} ms |`,
    "",
    `F1 ratio ours / baseline: ${(ours.f1 / readability.f1).toFixed(3)} (target ≥ 1.000). ${ours.f1 >= readability.f1 ? "Target met." : "Target missed."} The cleaner's duplicate-sentence removal costs recall on pages that repeat lines on purpose (recipes, sports statistics); the row before the cleaner shows how much.`,
    "",
  ].join("\n");
  return { title, markdown };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const section = await run();
  process.stdout.write(`## ${section.title}\n\n${section.markdown}`);
}
