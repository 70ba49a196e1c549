/**
 * Summaries bench (`node --import tsx bench/summaries.ts`):
 * 1. prompt tokens sent for the cleaned article against the raw scrape (same prompt, o200k_base),
 *    on the seed and on the CNN/DailyMail dev corpus (../shared, skipped when absent);
 * 2. the extractive engine's throughput, against Lead-3 (split and join only) in the same run;
 * 3. the latency of a cache hit through the summary service on a SQLite store, against computing
 *    the extractive summary afresh in the same run.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cleanArticle } from "../src/articles/clean.js";
import { parseSeed } from "../src/articles/parse.js";
import type { Article, RawArticle } from "../src/articles/types.js";
import { silentLogger } from "../src/logger.js";
import { buildSummaryMessages, countMessageTokens, countTextTokens } from "../src/openai/prompt.js";
import { createStore } from "../src/store/store.js";
import { createExtractiveSummarizer } from "../src/summaries/extractive.js";
import { createSummaryService } from "../src/summaries/service.js";
import { CNNDM_DIR, lead3 } from "./summaries-cv.js";
import type { BenchSection } from "./types.js";

const SEEDS_DIR = fileURLToPath(new URL("../seeds/", import.meta.url));

interface Pair {
  raw: RawArticle;
  article: Article;
}

function loadDir(dir: string): Pair[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
  } catch {
    return [];
  }
  return files.sort().map((file) => {
    const raw = parseSeed(readFileSync(path.join(dir, file)), file.replace(/\.txt$/, ""), file);
    return { raw, article: cleanArticle(raw, { origin: "seed", addedAt: 0 }) };
  });
}

interface TokenFigures {
  /** The article text alone: what cleaning controls. */
  cleanedText: number;
  rawText: number;
  /** The whole request: instructions, title and article. */
  cleanedPrompt: number;
  rawPrompt: number;
}

/** Prompt tokens for the cleaned text and for the raw body, same title and instructions. */
function promptTokens(pairs: readonly Pair[]): TokenFigures {
  const figures: TokenFigures = { cleanedText: 0, rawText: 0, cleanedPrompt: 0, rawPrompt: 0 };
  const options = { length: "medium", format: "paragraph" } as const;
  for (const { raw: r, article } of pairs) {
    figures.cleanedText += countTextTokens(article.text);
    figures.rawText += countTextTokens(r.body);
    figures.cleanedPrompt += countMessageTokens(buildSummaryMessages(article, options));
    figures.rawPrompt += countMessageTokens(
      buildSummaryMessages({ title: article.title, text: r.body }, options),
    );
  }
  return figures;
}

function timeLoop(minMs: number, body: () => void): { runs: number; ms: number } {
  const start = performance.now();
  let runs = 0;
  while (performance.now() - start < minMs) {
    body();
    runs++;
  }
  return { runs, ms: performance.now() - start };
}

const f2 = (n: number) => n.toFixed(2);

export async function run(): Promise<BenchSection> {
  const seed = loadDir(SEEDS_DIR);
  const dev = loadDir(CNNDM_DIR);
  const rows: string[] = [
    "| measure | ours | baseline (same run) | ratio | target |",
    "|---|---|---|---|---|",
  ];

  const tokenRows = (label: string, t: TokenFigures, target: string) => {
    const textRatio = t.cleanedText / t.rawText;
    rows.push(
      `| article tokens in the prompt, ${label}: cleaned vs raw scrape | ${t.cleanedText} | ${t.rawText} | ${f2(textRatio)} | ${target}${target.startsWith("≤") ? (textRatio <= 0.7 ? " (met)" : " (not met)") : ""} |`,
      `| whole prompt tokens (with ~165 tokens of instructions), ${label} | ${t.cleanedPrompt} | ${t.rawPrompt} | ${f2(t.cleanedPrompt / t.rawPrompt)} | — |`,
    );
  };
  tokenRows(`seed (${seed.length} article)`, promptTokens(seed), "≤ 0.70");
  if (dev.length > 0) {
    tokenRows(`CNN/DM dev (${dev.length} articles)`, promptTokens(dev), "— (already clean text)");
  }

  const speedSet = dev.length > 0 ? dev : seed;
  const extractive = createExtractiveSummarizer();
  const options = { length: "medium", format: "paragraph" } as const;
  let index = 0;
  const ours = timeLoop(3_000, () => {
    void extractive.summarize(speedSet[index++ % speedSet.length]!.article, options);
  });
  index = 0;
  const base = timeLoop(1_500, () => {
    lead3(speedSet[index++ % speedSet.length]!.article);
  });
  const oursRate = (ours.runs / ours.ms) * 1000;
  const baseRate = (base.runs / base.ms) * 1000;
  rows.push(
    `| extractive engine, articles/s (${dev.length > 0 ? "CNN/DM dev" : "seed"}, medium) | ${oursRate.toFixed(0)} | ${baseRate.toFixed(0)} (Lead-3) | ${f2(oursRate / baseRate)} | ≥ 50 articles/s |`,
  );

  const dir = mkdtempSync(path.join(tmpdir(), "newsdesk-bench-"));
  const store = await createStore({ dataDir: dir, logger: silentLogger });
  try {
    const service = createSummaryService({
      llm: null,
      extractive,
      cache: store.namespace("summaries"),
      logger: silentLogger,
    });
    const article = (dev[0] ?? seed[0])!.article;
    await service.summarize(article, options); // fills the cache
    const n = 300;
    let start = performance.now();
    for (let i = 0; i < n; i++) {
      const summary = await service.summarize(article, options);
      if (!summary.cached) throw new Error("expected a cache hit");
    }
    const hitMs = (performance.now() - start) / n;
    start = performance.now();
    for (let i = 0; i < n; i++) await extractive.summarize(article, options);
    const freshMs = (performance.now() - start) / n;
    rows.push(
      `| cache hit, SQLite store (ms per summary) | ${hitMs.toFixed(3)} | ${freshMs.toFixed(3)} (extractive, uncached) | ${f2(hitMs / freshMs)} | ≤ 5 ms; an LLM call takes seconds |`,
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const markdown = [
    "Tokens are counted with gpt-tokenizer (o200k_base): the article text alone (what cleaning controls), and the full messages the LLM engine sends (`medium`, paragraph), once with the cleaned article and once with the raw scrape in its place.",
    "",
    ...rows,
    "",
  ].join("\n");
  return { title: "Summaries: tokens, extractive speed, cache", markdown };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  void run().then((section) => {
    process.stdout.write(`## ${section.title}\n\n${section.markdown}`);
  });
}
