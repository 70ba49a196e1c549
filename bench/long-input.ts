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
 * 4. Nested HTML: paragraphs inside 1, 17 and 51 nested elements (the median and the deepest of
 *    the 181 real pages of the extraction benchmark), 256 KB, 1 MB and 4 MB, read by
 *    src/extract/extract.ts; and a page nested past MAX_DEPTH, refused.
 * 5. The event loop while that work runs: the largest delay of a 10 ms timer while a worst page is
 *    read and its quotes extracted, inline and on the work threads (src/work/threads.ts).
 * Linear cost grows with the size (4× per step here); a quadratic path grows with its square (16×).
 * The fastest of three runs counts. The baseline is each quote engine's own speed on real articles
 * (the bench/quotes.ts articles), in the same run. `npm run bench -- long-input`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { cleanArticle } from "../src/articles/clean.js";
import { parseSeed } from "../src/articles/parse.js";
import type { Article } from "../src/articles/types.js";
import { extractArticle, MAX_DEPTH } from "../src/extract/extract.js";
import { extractQuotes } from "../src/quotes/extract.js";
import { summarizeExtractively } from "../src/summaries/extractive.js";
import { createWorkThreads } from "../src/work/threads.js";
import { loadArticles } from "./quotes.js";
import { sharedPath } from "./shared.js";
import type { BenchSection } from "./types.js";

type Engine = "rules" | "combined";
const ENGINES: Engine[] = ["rules", "combined"];

/** Units that once took a quadratic path (ADR 0018, nineteenth session), and plain controls. */
const PATTERNS: [name: string, unit: string, head?: string][] = [
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
  // One sentence opening `According to` with names joined by `and`: the subject may end after
  // every name, and each end must be cheap to test (quadratic once, thirtieth session).
  ["`According to` and a list of names", "Smith and ", "According to "],
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

/** Past this growth for twice the largest size a flag is confirmed: linear is 2×, quadratic 4×. */
const CONFIRM_GROWTH = 3;

/**
 * The growth cell of `ms` (three sizes, 4× apart): the ratio from the middle size to the largest,
 * flagged when `superLinear`, and then timed once more at twice the largest size (`atDouble`): a
 * flag stays only when that doubling costs more than CONFIRM_GROWTH times as much. A middle size
 * near NOISE_MS can be timed fast by chance (a warm cache, no collection); the doubling tells.
 */
function growthCell(
  ms: readonly number[],
  atDouble: (() => number) | null,
): { text: string; flagged: boolean } {
  const growth = `${(ms[2]! / Math.max(ms[1]!, 1)).toFixed(1)}×`;
  if (!superLinear(ms)) return { text: growth, flagged: false };
  if (atDouble === null) return { text: `${growth} (super-linear)`, flagged: true };
  const doubled = atDouble() / Math.max(ms[2]!, 1);
  if (doubled > CONFIRM_GROWTH) {
    return {
      text: `${growth} (super-linear: ${doubled.toFixed(1)}× for twice the size)`,
      flagged: true,
    };
  }
  return {
    text: `${growth} (not confirmed: ${doubled.toFixed(1)}× for twice the size)`,
    flagged: false,
  };
}

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
    const mb = articles[2] ? Buffer.byteLength(articles[2].text, "utf8") / 1e6 : 0;
    rows.push(
      `| ${name} | ${ms.map((x) => x.toFixed(0)).join(" / ")} | ${growthCell(ms, null).text} | ${(mb / (ms[2]! / 1000)).toFixed(2)} MB/s |`,
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
    const seedOf = (size: number) =>
      ` date 2024-01-01 https://example.com/page\n${paragraphOf(unit, size, stops)}`;
    const cleanMsAt = (size: number) => {
      const seed = seedOf(size);
      return fastestMs(
        () =>
          void cleanArticle(parseSeed(seed, "page.txt", "page.txt"), {
            origin: "seed",
            addedAt: 0,
          }),
      );
    };
    const summaryMsAt = (size: number) => {
      const cleaned = cleanArticle(parseSeed(seedOf(size), "page.txt", "page.txt"), {
        origin: "seed",
        addedAt: 0,
      });
      return fastestMs(
        () => void summarizeExtractively(cleaned, { length: "medium", format: "paragraph" }),
      );
    };
    const cell = (at: (size: number) => number) => {
      const ms = PAGE_SIZES.map(at);
      const growth = growthCell(ms, () => at(2 * PAGE_SIZES[2]!));
      return `${ms.map((x) => x.toFixed(0)).join(" / ")} | ${growth.text}`;
    };
    rows.push(`| ${name}${stops ? " + stops" : ""} | ${cell(cleanMsAt)} | ${cell(summaryMsAt)} |`);
  }
  return rows;
}

const HTML_PARAGRAPH =
  "<p>The senator said on Tuesday that the bill would pass, and “we will win,” she added, according to officials.</p>\n";
const HTML_SIZES = [256_000, 1_024_000, 4_096_000];
const HTML_DEPTHS = [1, 17, 51];

/** Paragraphs to `size` inside `depth` nested elements (html and body not counted). */
function nestedPage(size: number, depth: number): string {
  const body = HTML_PARAGRAPH.repeat(Math.ceil(size / HTML_PARAGRAPH.length));
  return `<html><head><title>Nested</title></head><body>${"<div>".repeat(depth)}${body}${"</div>".repeat(depth)}</body></html>`;
}

/** CPU ms of reading each nested page once (they are slow enough for one run), and the refusal. */
function nestedHtmlRows(): { rows: string[]; refusedMs: number } {
  extractArticle(nestedPage(HTML_SIZES[0]!, 1), "https://example.com/warm");
  const rows = HTML_DEPTHS.map((depth) => {
    const at = (size: number) => {
      const page = nestedPage(size, depth);
      return fastestMs(() => void extractArticle(page, "https://example.com/nested"), 1);
    };
    const ms = HTML_SIZES.map(at);
    const growth = growthCell(ms, () => at(2 * HTML_SIZES[2]!));
    const speed = HTML_SIZES[2]! / 1e6 / (ms[2]! / 1000);
    return `| ${depth} | ${ms.map((x) => x.toFixed(0)).join(" / ")} | ${growth.text} | ${speed.toFixed(2)} MB/s |`;
  });
  const deep = nestedPage(HTML_SIZES[2]!, MAX_DEPTH);
  const refusedMs = fastestMs(() => {
    try {
      extractArticle(deep, "https://example.com/deep");
    } catch {
      // Refused: what is timed.
    }
  }, 1);
  return { rows, refusedMs };
}

/** The largest delay (ms) of a 10 ms timer on this event loop while `work` runs, and its time. */
async function loopDelay(work: () => Promise<unknown>): Promise<{ maxMs: number; ms: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  // Its first tick sets the reference: a block before it would not be recorded.
  await new Promise((resolve) => setTimeout(resolve, 30));
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  // The timer records a delay when it fires late: let it fire once after blocking work.
  await new Promise((resolve) => setTimeout(resolve, 50));
  histogram.disable();
  return { maxMs: histogram.max / 1e6, ms };
}

/** A worst page read and its quotes extracted by the combined engine, inline and on a thread. */
async function eventLoopRows(): Promise<string[]> {
  const page = nestedPage(HTML_SIZES[1]!, 51);
  const [name, unit] = PATTERNS.find(([n]) => n.startsWith("quotes with cues")) ?? PATTERNS[0]!;
  const text = paragraphOf(unit, 512_000, false);
  const article = { paragraphs: [text], text };
  const threads = createWorkThreads({ threads: 1, timeoutMs: 600_000 });
  try {
    // Start the thread and warm both sides, so neither start-up is timed.
    await threads.quotes({ paragraphs: ["“Yes,” he said."], text: "“Yes,” he said." }, "combined");
    extractQuotes(
      { paragraphs: ["“Yes,” he said."], text: "“Yes,” he said." },
      { engine: "combined" },
    );
    const inline = await loopDelay(async () => {
      await Promise.resolve();
      extractArticle(page, "https://example.com/nested");
      extractQuotes(article, { engine: "combined" });
    });
    const threaded = await loopDelay(async () => {
      await threads.page(page, "https://example.com/nested", "html");
      await threads.quotes(article, "combined");
    });
    const row = (where: string, r: { maxMs: number; ms: number }) =>
      `| ${where} | ${r.ms.toFixed(0)} | ${r.maxMs.toFixed(0)} |`;
    return [
      `the 1 MB page nested 51 deep, then 512 KB of “${name}” through the combined engine`,
      row("inline (`WORK_THREADS=0`)", inline),
      row("on the work thread (`WORK_THREADS=1`, the default)", threaded),
    ];
  } finally {
    await threads.close();
  }
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
  for (const [name, unit, head = ""] of PATTERNS) {
    for (const stops of [false, true]) {
      const cells: string[] = [];
      const paragraph = (size: number) => head + paragraphOf(unit, size - head.length, stops);
      for (const engine of ENGINES) {
        // Warm the engine on the smallest size first, so that compiling is not timed.
        msFor(paragraph(SIZES[0]!), engine);
        const ms = SIZES.map((size) => msFor(paragraph(size), engine));
        const growth = ms[2]! / Math.max(ms[1]!, 1);
        const speed = SIZES[2]! / 1e6 / (ms[2]! / 1000);
        const label = `${name}${stops ? " + stops" : ""}`;
        if (growth > worst[engine].growth && ms[1]! >= NOISE_MS) {
          worst[engine] = { ...worst[engine], growth, name: label };
        }
        worst[engine].speed = Math.min(worst[engine].speed, speed);
        const cell = growthCell(ms, () => msFor(paragraph(2 * SIZES[2]!), engine));
        if (cell.flagged) flagged++;
        cells.push(
          `${ms.map((x) => x.toFixed(0)).join(" / ")}`,
          cell.text,
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
  const html = nestedHtmlRows();
  const loop = await eventLoopRows();
  const markdown = `${longPart}

Hostile pages through cleaning and the extractive summary (a unit repeated to ${PAGE_SIZES.map((s) => `${s / 1000} KB`).join(", ")}; CPU ms, the fastest of ${RUNS} runs; growth from the middle size to the largest):

| page | cleaning ms | cleaning growth ×4 | summary ms | summary growth ×4 |
|---|---|---|---|---|
${pages.join("\n")}

Hostile paragraphs: each pattern is one paragraph of a short unit repeated to ${SIZES.map((s) => `${s / 1000} KB`).join(", ")} (after two words of its own for the \`According to\` list; \`+ stops\`: a full stop every ${STOP_EVERY} units), the fastest of ${RUNS} runs per size through each engine after a warm-up; CPU ms of this process. Linear cost grows 4× from 128 KB to 512 KB, a quadratic path 16×; past ${SUPER_LINEAR}× (with at least ${NOISE_MS} ms at the middle size, above the timer's and the collector's noise) a row is timed once more at twice the largest size, and says super-linear only if that doubling costs more than ${CONFIRM_GROWTH}× (linear 2×, quadratic 4×), else "not confirmed" (the same rule in every table but the long articles, which have no larger size: ${flagged} of ${PATTERNS.length * 2 * ENGINES.length} rows here). Articles are capped at 5 MB (src/articles/parse.ts), ten times the largest size here: a quadratic path that costs a second at 512 KB would cost minutes there, with the event loop blocked.

${realLine}.

| pattern | rules ms (32 / 128 / 512 KB) | rules growth ×4 | rules MB/s at 512 KB | combined ms (32 / 128 / 512 KB) | combined growth ×4 | combined MB/s at 512 KB |
|---|---|---|---|---|---|---|
${rows.join("\n")}

Nested HTML read by src/extract/extract.ts (Readability over linkedom, then our blocks): paragraphs to ${HTML_SIZES.map((s) => `${s / 1000} KB`).join(", ")} inside 1, 17 and 51 nested \`<div>\`s (17 is the median depth of the 181 real pages of the extraction benchmark, 51 the deepest); CPU ms of one run. Readability reads the text of every candidate container, so its time grows with the size times the depth: the same rule flags a row. A page nested ${MAX_DEPTH} deep at ${HTML_SIZES[2]! / 1000} KB is refused in ${html.refusedMs.toFixed(0)} ms (the depth is checked before Readability runs).

| depth | ms (three sizes) | growth ×4 | MB/s at the largest |
|---|---|---|---|
${html.rows.join("\n")}

The event loop while that work runs: ${loop[0]}. Elapsed ms, and the largest delay of a 10 ms timer on the process's event loop meanwhile (\`monitorEventLoopDelay\`): every interaction, the gateway's heartbeat and the health checks of the process wait that long.

| where the work runs | elapsed ms | largest event-loop delay, ms |
|---|---|---|
${loop.slice(1).join("\n")}`;
  return { title, markdown };
}
