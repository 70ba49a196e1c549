/**
 * Long and hostile input: how the cost of cleaning, summarizing and quote extraction grows with
 * the size of an article (a page a stranger links to can hold 5 MB of anything; articles are capped
 * there). Three tables:
 * 1. Long articles: distinct PolNeAR train articles joined into one of 100 KB, 400 KB and 1.6 MB,
 *    then cleaned, summarized by the extractive engine and run through both quote engines.
 * 2. Hostile pages: a short unit (bylines, list markers, one-word lines, …) repeated to 128 KB,
 *    512 KB and 2 MB, cleaned and summarized.
 * 3. Hostile paragraphs: a short unit repeated to 32 KB, 128 KB and 512 KB as one paragraph, with
 *    and without a full stop every 20 units, through both quote engines (units that once took a
 *    quadratic path, and plain controls).
 * Linear cost grows with the size (4× per step here); a quadratic path grows with its square (16×).
 * The fastest of three runs counts. The baseline is each quote engine's own speed on real articles
 * (the bench/quotes.ts articles), in the same run. `npm run bench -- long-input`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { cleanArticle } from "../src/articles/clean.js";
import { parseSeed } from "../src/articles/parse.js";
import type { Article } from "../src/articles/types.js";
import { extractQuotes } from "../src/quotes/extract.js";
import { summarizeExtractively } from "../src/summaries/extractive.js";
import { loadArticles } from "./quotes.js";
import { sharedPath } from "./shared.js";
import type { BenchSection } from "./types.js";

type Engine = "rules" | "combined";
const ENGINES: Engine[] = ["rules", "combined"];

/** Units that once took a quadratic path (ADR 0018, nineteenth session), and plain controls. */
const PATTERNS: [name: string, unit: string][] = [
  ["prose", "the vote was close and turnout was high "],
  ["reporting verbs", "said "],
  ["`who said`", "who said "],
  ["`and said`", "and said "],
  ["`Smith said,`", "Smith said, "],
  ["quotes with cues", "“We win,” he said. "],
  ["a description no name answers", "“We win,” the senator said. "],
  ["a title and another description", "“We win,” Senator Ann Lee said. “No,” the governor said. "],
  ["`He said: “` (unclosed)", "He said: “"],
  ["opening curly marks", "“a "],
  ["curly pairs", "“a” "],
  ["straight double marks", '"a '],
  ["straight single marks", "we 'like it "],
  ["plural possessives", "the officials' "],
  ["labels", "Trump: "],
  ["`according to`", "according to "],
  ["capitalized words", "Alpha Beta "],
  ["commas", "a, "],
  ["questions", "Why? "],
];
const SIZES = [32_000, 128_000, 512_000];
/** A full stop every this many units in the `+ stops` rows (the sentence splitter's work). */
const STOP_EVERY = 20;
/**
 * Growth past this for 4× the text is reported as super-linear: a quadratic path grows 16×; a
 * collection of the garbage in one run can push a linear one past 7×.
 */
const SUPER_LINEAR = 8;

function paragraphOf(unit: string, size: number, stops: boolean): string {
  const parts: string[] = [];
  let length = 0;
  for (let k = 1; length < size; k++) {
    parts.push(unit);
    length += unit.length;
    if (stops && k % STOP_EVERY === 0) {
      parts.push(". ");
      length += 2;
    }
  }
  return parts.join("");
}

/** Runs per size; the fastest counts (a collection of the garbage or a busy host adds, never takes). */
const RUNS = 3;
/** Below this many ms at the middle size, timer and collector noise decide the growth: not flagged. */
const NOISE_MS = 20;

/** `ms` at three sizes, 4× apart: whether the cost grew past SUPER_LINEAR, above the noise. */
const superLinear = (ms: readonly number[]) =>
  ms[1]! >= NOISE_MS && ms[2]! / Math.max(ms[1]!, 1) > SUPER_LINEAR;

function msFor(text: string, engine: Engine): number {
  return fastestMs(() => void extractQuotes({ paragraphs: [text], text } as Article, { engine }));
}

/** Timed passes over the real articles; the fastest counts, as for the hostile sizes. */
const REAL_PASSES = 5;

/** MB per CPU s of each engine over the real articles bench/quotes.ts reads (after a warm-up pass). */
function realSpeed(engine: Engine): number | null {
  const articles = loadArticles();
  if (articles.length === 0) return null;
  for (const a of articles) extractQuotes(a, { engine });
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text, "utf8"), 0);
  const ms = fastestMs(() => {
    for (const a of articles) extractQuotes(a, { engine });
  }, REAL_PASSES);
  return bytes / 1e6 / (ms / 1000);
}

/** Sizes of the long articles, and where their text comes from. */
const LONG_SIZES = [100_000, 400_000, 1_600_000];
const LONG_DIR = "eval/polnear-train/articles";

/** One seed file of distinct articles' bodies, about `size` characters long (null without ../shared). */
function longSeed(size: number): string | null {
  const dir = path.join(sharedPath(""), LONG_DIR);
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const header = readFileSync(path.join(dir, files[0]!), "utf8").split("\n")[0]!;
  const bodies: string[] = [];
  let length = 0;
  for (const file of files) {
    if (length >= size) break;
    const body = readFileSync(path.join(dir, file), "utf8").split("\n").slice(1).join("\n");
    bodies.push(body);
    length += body.length + 2;
  }
  return `${header}\n${bodies.join("\n\n")}`;
}

/** CPU ms of `run`, the fastest of `runs` runs. */
function fastestMs(run: () => void, runs = RUNS): number {
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < runs; k++) {
    const began = process.cpuUsage();
    run();
    const used = process.cpuUsage(began);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** The long-article table's rows, or null without the articles. */
function longArticleRows(): string[] | null {
  const seeds = LONG_SIZES.map(longSeed);
  if (seeds.some((s) => s === null)) return null;
  const articles: Article[] = [];
  const steps: [string, (k: number) => void][] = [
    [
      "cleaning (parse and clean the seed)",
      (k) => {
        articles[k] = cleanArticle(parseSeed(seeds[k]!, "long.txt", "long.txt"), {
          origin: "seed",
          addedAt: 0,
        });
      },
    ],
    [
      "extractive summary (`medium`)",
      (k) => void summarizeExtractively(articles[k]!, { length: "medium", format: "paragraph" }),
    ],
    ["quotes, rules engine", (k) => void extractQuotes(articles[k]!, { engine: "rules" })],
    ["quotes, combined engine", (k) => void extractQuotes(articles[k]!, { engine: "combined" })],
  ];
  const rows: string[] = [];
  for (const [name, step] of steps) {
    const ms = LONG_SIZES.map((_, k) => fastestMs(() => step(k)));
    const growth = ms[2]! / Math.max(ms[1]!, 1);
    const flag = superLinear(ms) ? " (super-linear)" : "";
    const mb = articles[2] ? Buffer.byteLength(articles[2].text, "utf8") / 1e6 : 0;
    rows.push(
      `| ${name} | ${ms.map((x) => x.toFixed(0)).join(" / ")} | ${growth.toFixed(1)}×${flag} | ${(mb / (ms[2]! / 1000)).toFixed(2)} MB/s |`,
    );
  }
  const sizes = articles.map((a) => `${(Buffer.byteLength(a.text, "utf8") / 1e6).toFixed(2)} MB`);
  rows.unshift(
    `Cleaned sizes: ${sizes.join(", ")} (${articles.map((a) => a.paragraphs.length).join(", ")} paragraphs).`,
    "",
  );
  return rows;
}

/** Pages for cleaning and the summary: repeated bylines, list markers, one-word lines, prose. */
const PAGE_PATTERNS: [name: string, unit: string, stops: boolean][] = [
  ["a byline per line", "By John Smith\n", true],
  ["list markers", "- ", false],
  ["one-word lines", "a\n", false],
  ["one-word paragraphs", "a\n\n", false],
  ["a repeated teaser line", "Advertisement\n\n", true],
  ["reporting verbs", "said ", true],
  ["quotes with cues", "“We win,” he said. ", false],
];
const PAGE_SIZES = [128_000, 512_000, 2_048_000];

/** The hostile-page table's rows: cleaning and the extractive summary of each pattern's page. */
function hostilePageRows(): string[] {
  const rows: string[] = [];
  for (const [name, unit, stops] of PAGE_PATTERNS) {
    const cleanMs: number[] = [];
    const summaryMs: number[] = [];
    for (const size of PAGE_SIZES) {
      const seed = ` date 2024-01-01 https://example.com/page\n${paragraphOf(unit, size, stops)}`;
      const clean = () =>
        cleanArticle(parseSeed(seed, "page.txt", "page.txt"), { origin: "seed", addedAt: 0 });
      const cleaned = clean();
      cleanMs.push(fastestMs(() => void clean()));
      summaryMs.push(
        fastestMs(
          () => void summarizeExtractively(cleaned, { length: "medium", format: "paragraph" }),
        ),
      );
    }
    const cell = (ms: number[]) => {
      const growth = ms[2]! / Math.max(ms[1]!, 1);
      const flag = superLinear(ms) ? " (super-linear)" : "";
      return `${ms.map((x) => x.toFixed(0)).join(" / ")} | ${growth.toFixed(1)}×${flag}`;
    };
    rows.push(`| ${name}${stops ? " + stops" : ""} | ${cell(cleanMs)} | ${cell(summaryMs)} |`);
  }
  return rows;
}

export async function run(): Promise<BenchSection> {
  const title = "Long and hostile input";
  const rows: string[] = [];
  const worst: Record<Engine, { growth: number; speed: number; name: string }> = {
    rules: { growth: 0, speed: Number.POSITIVE_INFINITY, name: "" },
    combined: { growth: 0, speed: Number.POSITIVE_INFINITY, name: "" },
  };
  let flagged = 0;
  // The baseline first, while nothing hostile has shaped the heap or the compiled code.
  const real = Object.fromEntries(ENGINES.map((e) => [e, realSpeed(e)])) as Record<
    Engine,
    number | null
  >;
  for (const [name, unit] of PATTERNS) {
    for (const stops of [false, true]) {
      const cells: string[] = [];
      for (const engine of ENGINES) {
        // Warm the engine on the smallest size first, so that compiling is not timed.
        msFor(paragraphOf(unit, SIZES[0]!, stops), engine);
        const ms = SIZES.map((size) => msFor(paragraphOf(unit, size, stops), engine));
        const growth = ms[2]! / Math.max(ms[1]!, 1);
        const speed = SIZES[2]! / 1e6 / (ms[2]! / 1000);
        const label = `${name}${stops ? " + stops" : ""}`;
        if (growth > worst[engine].growth && ms[1]! >= NOISE_MS) {
          worst[engine] = { ...worst[engine], growth, name: label };
        }
        worst[engine].speed = Math.min(worst[engine].speed, speed);
        const flag = superLinear(ms) ? " (super-linear)" : "";
        if (flag) flagged++;
        cells.push(
          `${ms.map((x) => x.toFixed(0)).join(" / ")}`,
          `${growth.toFixed(1)}×${flag}`,
          `${speed.toFixed(2)} MB/s`,
        );
      }
      rows.push(`| ${name}${stops ? " + stops" : ""} | ${cells.join(" | ")} |`);
    }
  }
  const realLine = ENGINES.map((e) => {
    const r = real[e];
    if (r === null) return `${e}: real articles not present (../shared)`;
    return `${e}: real articles ${r.toFixed(2)} MB per CPU s; slowest hostile pattern at 512 KB ${worst[e].speed.toFixed(2)} MB/s (${(worst[e].speed / r).toFixed(2)}× the real-article speed); largest growth ${worst[e].growth.toFixed(1)}× (${worst[e].name})`;
  }).join("; ");
  const long = longArticleRows();
  const longPart =
    long === null
      ? "Long articles: skipped (../shared is not present)."
      : `Long articles (distinct PolNeAR train articles joined into one seed of about ${LONG_SIZES.map((s) => `${s / 1000} KB`).join(", ")}; CPU ms, the fastest of ${RUNS} runs; growth from the middle size to the largest, 4× when linear):

${long[0]}

| step | ms (three sizes) | growth ×4 | MB/s at the largest |
|---|---|---|---|
${long.slice(2).join("\n")}`;
  const pages = hostilePageRows();
  const markdown = `${longPart}

Hostile pages through cleaning and the extractive summary (a unit repeated to ${PAGE_SIZES.map((s) => `${s / 1000} KB`).join(", ")}; CPU ms, the fastest of ${RUNS} runs; growth from the middle size to the largest):

| page | cleaning ms | cleaning growth ×4 | summary ms | summary growth ×4 |
|---|---|---|---|---|
${pages.join("\n")}

Hostile paragraphs: each pattern is one paragraph of a short unit repeated to ${SIZES.map((s) => `${s / 1000} KB`).join(", ")} (\`+ stops\`: a full stop every ${STOP_EVERY} units), the fastest of ${RUNS} runs per size through each engine after a warm-up; CPU ms of this process. Linear cost grows 4× from 128 KB to 512 KB, a quadratic path 16×; past ${SUPER_LINEAR}× (with at least ${NOISE_MS} ms at the middle size, above the timer's and the collector's noise; the same rule in every table) a row says super-linear (${flagged} of ${PATTERNS.length * 2 * ENGINES.length} here). Articles are capped at 5 MB (src/articles/parse.ts), ten times the largest size here: a quadratic path that costs a second at 512 KB would cost minutes there, with the event loop blocked.

${realLine}.

| pattern | rules ms (32 / 128 / 512 KB) | rules growth ×4 | rules MB/s at 512 KB | combined ms (32 / 128 / 512 KB) | combined growth ×4 | combined MB/s at 512 KB |
|---|---|---|---|---|---|---|
${rows.join("\n")}`;
  return { title, markdown };
}
