/**
 * Cleaning throughput: MB/s of article body text (UTF-8 bytes) through `cleanBody` on one core,
 * on the real articles (the seed and ../shared/corpus/cnndm-dev when present) and on a generated
 * corpus (bench/generate-corpus.ts, ~50 MB, in memory), per second of CPU time of this single-threaded
 * process (wall-clock alongside). Baseline, measured in the same run: the
 * cheapest cleaner one could write — NFC, split into lines, collapse white space, drop blank lines
 * (`normalize("NFC").split(/\n+/).map(collapse+trim).filter(Boolean)`) — which does no sentence
 * splitting, rejoining or de-duplication. Target: cleaning ≥ 20 MB/s.
 *
 * Alone: `node --import tsx bench/cleaning.ts`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cleanBody } from "../src/articles/clean.js";
import { parseSeed } from "../src/articles/parse.js";
import { createArticleGenerator } from "./generate-corpus.js";
import type { BenchSection } from "./types.js";

const SEED_FILE = new URL("../seeds/000_9575b9c55e492da0.txt", import.meta.url);
const CNNDM_DIR = new URL("../../shared/corpus/cnndm-dev/", import.meta.url);
const TARGET_MB_PER_S = 20;
/** Generated text to clean, in bytes. */
const GENERATED_BYTES = 50_000_000;
/** Each pass over the small real corpus is repeated until this much text went through. */
const MIN_REAL_BYTES = 8_000_000;

function baselineClean(body: string): string[] {
  return body
    .normalize("NFC")
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "");
}

interface Measure {
  /** MB of body text per second of this process's CPU time: single-core throughput. */
  mbPerCpuS: number;
  /** MB per second of wall-clock time (lower when other processes share the cores). */
  mbPerS: number;
}

/** Runs `clean` over every body, `rounds` times; MB of UTF-8 body text per CPU and wall second. */
function measure(
  bodies: readonly string[],
  bytes: number,
  rounds: number,
  clean: (body: string) => string[],
): Measure {
  let sink = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const body of bodies) sink += clean(body).length;
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  if (sink < 0) console.log(sink); // keep the work observable
  const megabytes = (bytes * rounds) / 1e6;
  return { mbPerCpuS: megabytes / cpuSeconds, mbPerS: megabytes / seconds };
}

function readRealBodies(): { bodies: string[]; label: string } {
  const bodies = [parseSeed(readFileSync(SEED_FILE), "seed", null).body];
  let label = "the seed";
  if (existsSync(CNNDM_DIR)) {
    const files = readdirSync(CNNDM_DIR)
      .filter((file) => file.endsWith(".txt"))
      .sort();
    for (const file of files)
      bodies.push(parseSeed(readFileSync(new URL(file, CNNDM_DIR)), file, null).body);
    label = `the seed + ${files.length} CNN/DailyMail articles`;
  }
  return { bodies, label };
}

function generateBodies(): string[] {
  const generate = createArticleGenerator({ seed: 7 });
  const bodies: string[] = [];
  let bytes = 0;
  for (let index = 0; bytes < GENERATED_BYTES && index < 100_000; index++) {
    const { content } = generate(index);
    const body = content.slice(content.indexOf("\n") + 1);
    bodies.push(body);
    bytes += Buffer.byteLength(body);
  }
  return bodies;
}

function totalBytes(bodies: readonly string[]): number {
  return bodies.reduce((sum, body) => sum + Buffer.byteLength(body), 0);
}

export async function run(): Promise<BenchSection> {
  const real = readRealBodies();
  const realBytes = totalBytes(real.bodies);
  const realRounds = Math.max(1, Math.ceil(MIN_REAL_BYTES / realBytes));
  const generated = generateBodies();
  const generatedBytes = totalBytes(generated);

  // Warm up both cleaners (JIT) on the real articles and a slice of the generated ones.
  const warmUp = [...real.bodies, ...generated.slice(0, 2000)];
  measure(warmUp, totalBytes(warmUp), 2, cleanBody);
  measure(warmUp, totalBytes(warmUp), 2, baselineClean);

  const rows = [
    {
      input: `real articles (${real.label})`,
      articles: real.bodies.length * realRounds,
      bytes: realBytes * realRounds,
      clean: measure(real.bodies, realBytes, realRounds, cleanBody),
      baseline: measure(real.bodies, realBytes, realRounds, baselineClean),
    },
    {
      input: "generated corpus (seed + CNN/DailyMail sentences with scraper noise)",
      articles: generated.length,
      bytes: generatedBytes,
      clean: measure(generated, generatedBytes, 1, cleanBody),
      baseline: measure(generated, generatedBytes, 1, baselineClean),
    },
  ];

  const lines = [
    "Throughput of `cleanBody` in MB of article body text (UTF-8) per second of CPU time on one core",
    "(the process is single-threaded; CPU time keeps the figure honest on a shared machine), after a",
    "warm-up; wall-clock MB/s in brackets. Baseline, same run: NFC + split into lines + collapse white",
    "space + drop blank lines, with no sentence splitting, rejoining or de-duplication.",
    "",
    "| input | articles | text (MB) | cleaning MB/s (wall) | baseline MB/s (wall) | cleaning / baseline | target | met |",
    "|---|---:|---:|---:|---:|---:|---:|:---:|",
    ...rows.map(
      (row) =>
        `| ${row.input} | ${row.articles} | ${(row.bytes / 1e6).toFixed(1)} | ${row.clean.mbPerCpuS.toFixed(1)} (${row.clean.mbPerS.toFixed(1)}) | ${row.baseline.mbPerCpuS.toFixed(1)} (${row.baseline.mbPerS.toFixed(1)}) | ${(row.clean.mbPerCpuS / row.baseline.mbPerCpuS).toFixed(2)} | ≥ ${TARGET_MB_PER_S} MB/s | ${row.clean.mbPerCpuS >= TARGET_MB_PER_S ? "yes" : "no"} |`,
    ),
  ];
  return { title: "Cleaning throughput", markdown: lines.join("\n") };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const section = await run();
  console.log(`## ${section.title}\n\n${section.markdown}`);
}
