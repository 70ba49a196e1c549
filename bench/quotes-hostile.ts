/**
 * Quote extraction on hostile text: how its cost grows with the size of one paragraph built to
 * find super-linear paths (a page a stranger links to can hold 5 MB of anything). Each pattern is a
 * short unit repeated to 32 KB, 128 KB and 512 KB, as one paragraph, with and without a full stop
 * every 20 units; each size is run through both engines. Linear cost grows 4× from one size to the
 * next; a quadratic path grows 16×. The baseline is each engine's own speed on real articles (the
 * bench/quotes.ts articles), in the same run. `npm run bench -- quotes-hostile`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { cleanArticle } from "../src/articles/clean.js";
import { parseSeed } from "../src/articles/parse.js";
import type { Article } from "../src/articles/types.js";
import { extractQuotes } from "../src/quotes/extract.js";
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
/** Growth past this for 4× the text is reported as super-linear (quadratic would be 16×). */
const SUPER_LINEAR = 7;

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

function msFor(text: string, engine: Engine): number {
  const began = process.cpuUsage();
  extractQuotes({ paragraphs: [text], text } as Article, { engine });
  const used = process.cpuUsage(began);
  return (used.user + used.system) / 1000;
}

/** MB per CPU s of each engine over the real articles bench/quotes.ts reads (one pass, warmed). */
function realSpeed(engine: Engine): number | null {
  const dirs = [
    path.join(sharedPath(""), "eval/polnear-dev/articles"),
    path.join(sharedPath(""), "corpus/cnndm-dev"),
  ];
  const articles: Article[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()) {
      const raw = parseSeed(readFileSync(path.join(dir, file), "utf8"), file, file);
      articles.push(cleanArticle(raw, { origin: "seed", addedAt: 0 }));
    }
  }
  if (articles.length === 0) return null;
  for (const a of articles) extractQuotes(a, { engine });
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text, "utf8"), 0);
  const began = process.cpuUsage();
  for (const a of articles) extractQuotes(a, { engine });
  const used = process.cpuUsage(began);
  return bytes / 1e6 / ((used.user + used.system) / 1e6);
}

export async function run(): Promise<BenchSection> {
  const title = "Quote extraction on hostile text";
  const rows: string[] = [];
  const worst: Record<Engine, { growth: number; speed: number; name: string }> = {
    rules: { growth: 0, speed: Number.POSITIVE_INFINITY, name: "" },
    combined: { growth: 0, speed: Number.POSITIVE_INFINITY, name: "" },
  };
  let superLinear = 0;
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
        if (growth > worst[engine].growth)
          worst[engine] = { ...worst[engine], growth, name: label };
        worst[engine].speed = Math.min(worst[engine].speed, speed);
        const flag = growth > SUPER_LINEAR ? " (super-linear)" : "";
        if (flag) superLinear++;
        cells.push(
          `${ms.map((x) => x.toFixed(0)).join(" / ")}`,
          `${growth.toFixed(1)}×${flag}`,
          `${speed.toFixed(2)} MB/s`,
        );
      }
      rows.push(`| ${name}${stops ? " + stops" : ""} | ${cells.join(" | ")} |`);
    }
  }
  const real = Object.fromEntries(ENGINES.map((e) => [e, realSpeed(e)])) as Record<
    Engine,
    number | null
  >;
  const realLine = ENGINES.map((e) => {
    const r = real[e];
    if (r === null) return `${e}: real articles not present (../shared)`;
    return `${e}: real articles ${r.toFixed(2)} MB per CPU s; slowest hostile pattern at 512 KB ${worst[e].speed.toFixed(2)} MB/s (${(worst[e].speed / r).toFixed(2)}× the real-article speed); largest growth ${worst[e].growth.toFixed(1)}× (${worst[e].name})`;
  }).join("; ");
  const markdown = `Each pattern is one paragraph of a short unit repeated to ${SIZES.map((s) => `${s / 1000} KB`).join(", ")} (\`+ stops\`: a full stop every ${STOP_EVERY} units), run once per size through each engine after a warm-up; CPU ms of this process. Linear cost grows 4× from 128 KB to 512 KB, a quadratic path 16×; past ${SUPER_LINEAR}× a row says super-linear (${superLinear} of ${PATTERNS.length * 2 * ENGINES.length} here). Articles are capped at 5 MB (src/articles/parse.ts), ten times the largest size here: a quadratic path that costs a second at 512 KB would cost minutes there, with the event loop blocked.

${realLine}.

| pattern | rules ms (32 / 128 / 512 KB) | rules growth ×4 | rules MB/s at 512 KB | combined ms (32 / 128 / 512 KB) | combined growth ×4 | combined MB/s at 512 KB |
|---|---|---|---|---|---|---|
${rows.join("\n")}`;
  return { title, markdown };
}
