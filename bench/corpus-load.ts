/**
 * Corpus load benchmark: 100,000 generated seed files (plus one bad file of each kind) loaded
 * with `loadCorpus` in a fresh child process, so peak RSS is the load's own; compared with a
 * baseline measured in the same run: reading every file with the same concurrency (64), no
 * parsing or indexing. Targets (issue): cold load <= 5 s and <= 500 MB RSS.
 *
 * Alone: `node --import tsx bench/corpus-load.ts [count]` (prints the markdown).
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { loadCorpus } from "../src/articles/corpus.js";
import { INDEXED_TEXT_CHARS } from "../src/articles/search.js";
import { silentLogger } from "../src/logger.js";
import { generateCorpus } from "./generate-corpus.js";
import type { BenchSection } from "./types.js";

const COUNT = 100_000;
const CONCURRENCY = 64;
const TARGET_SECONDS = 5;
const TARGET_RSS_MB = 500;
const COMPLETE_MARKER = ".complete";
const selfPath = fileURLToPath(import.meta.url);
const repoRoot = path.resolve(path.dirname(selfPath), "..");

/** Bad files the loader must skip with one warning each (it loads the rest). */
const BAD_FILES: Record<string, string | Buffer> = {
  "zz_bad_header.txt": "No header here.\nJust text.\n",
  "zz_bad_date.txt": " date 2024-02-30 https://example.com/bad-date\nBody.\n",
  "zz_bad_scheme.txt": " date 2024-01-01 ftp://example.com/file\nBody.\n",
  "zz_bad_empty.txt": " date 2024-01-01 https://example.com/empty\n\n",
  "zz_bad_utf8.txt": Buffer.from([
    ...Buffer.from(" date 2024-01-01 https://example.com/utf8\n"),
    0xff,
    0xfe,
  ]),
};

interface Measure {
  seconds: number;
  maxRssMb: number;
  articles: number;
  warnings: number;
}

/** Child process: one measurement, printed as JSON. */
async function measure(mode: string, dir: string): Promise<Measure> {
  const started = performance.now();
  let articles = 0;
  let warnings = 0;
  if (mode === "baseline") {
    const names = (await readdir(dir)).filter((name) => name.endsWith(".txt"));
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < names.length) {
          const name = names[next++]!;
          await readFile(path.join(dir, name));
        }
      }),
    );
    articles = names.length;
  } else {
    // "load": the default options (full-text index in the background, after the load resolves).
    const corpus = await loadCorpus(
      dir,
      mode === "eager" ? { logger: silentLogger, index: "eager" } : { logger: silentLogger },
    );
    articles = corpus.size;
    warnings = corpus.warnings.length;
  }
  const seconds = (performance.now() - started) / 1000;
  // maxRSS is in kilobytes.
  return { seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, articles, warnings };
}

async function runChild(mode: string, dir: string): Promise<Measure> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", selfPath, "--child", mode, dir],
    { cwd: repoRoot, maxBuffer: 1024 * 1024, timeout: 600_000 },
  );
  const line = stdout.trim().split("\n").at(-1) ?? "";
  return JSON.parse(line) as Measure;
}

async function prepareCorpus(dir: string, count: number): Promise<{ reused: boolean }> {
  const complete =
    existsSync(path.join(dir, COMPLETE_MARKER)) &&
    (await readFile(path.join(dir, COMPLETE_MARKER), "utf8")).trim() === String(count);
  if (!complete) {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await generateCorpus(dir, count, { seed: 1 });
  }
  for (const [name, content] of Object.entries(BAD_FILES)) {
    await writeFile(path.join(dir, name), content);
  }
  await writeFile(path.join(dir, COMPLETE_MARKER), String(count));
  return { reused: complete };
}

const fmt = (value: number, digits = 2) => value.toFixed(digits);

export async function run(options: { count?: number; keep?: boolean } = {}): Promise<BenchSection> {
  const count = options.count ?? COUNT;
  const dir = path.join(os.tmpdir(), `newsdesk-bench-corpus-${count}`);
  const { reused } = await prepareCorpus(dir, count);
  try {
    // Baseline first: it also brings the files into the page cache, so every run reads warm files.
    const baseline = await runChild("baseline", dir);
    const load = await runChild("load", dir);
    const eager = await runChild("eager", dir);
    const expected = count;
    const ok = (m: Measure) =>
      m.articles === expected && m.warnings === Object.keys(BAD_FILES).length;
    const row = (label: string, m: Measure, target: string) =>
      `| ${label} | ${fmt(m.seconds)} | ${fmt(m.maxRssMb, 0)} | ${fmt(m.seconds / baseline.seconds, 1)}× | ${target} |`;
    const markdown = [
      `${count.toLocaleString("en-US")} generated seed files (${reused ? "reused" : "generated for this run"}, ` +
        `plus ${Object.keys(BAD_FILES).length} bad files), each measured in a fresh child process ` +
        `(\`process.resourceUsage().maxRSS\`); the page cache is warm for all three.`,
      "",
      "| Measure | Seconds | Peak RSS (MB) | Time vs baseline | Target |",
      "| --- | ---: | ---: | ---: | --- |",
      `| Baseline: read every file, ${CONCURRENCY} at once, no parsing | ${fmt(baseline.seconds)} | ${fmt(baseline.maxRssMb, 0)} | 1.0× | — |`,
      row(
        "`loadCorpus` (default): parse + validate every file, index ids/URLs/dates and titles",
        load,
        `<= ${TARGET_SECONDS} s, <= ${TARGET_RSS_MB} MB: ${load.seconds <= TARGET_SECONDS && load.maxRssMb <= TARGET_RSS_MB ? "met" : "**not met**"}`,
      ),
      row(
        `\`loadCorpus\` with \`index: "eager"\`: also the full-text index (title + first ${INDEXED_TEXT_CHARS} characters)`,
        eager,
        `RSS <= ${TARGET_RSS_MB} MB: ${eager.maxRssMb <= TARGET_RSS_MB ? "met" : "**not met**"}`,
      ),
      "",
      `Articles loaded: ${load.articles} (expected ${expected}); warnings: ${load.warnings} ` +
        `(expected ${Object.keys(BAD_FILES).length}) — ${ok(load) && ok(eager) ? "correct" : "**WRONG**"}.`,
      "",
      "Articles are cleaned on first use (cleaning costs several times a file read), so the load keeps " +
        "each file's header, not its body. By default the full-text index is built after the load, " +
        "100 articles per event-loop turn; a search before it is done finishes it first.",
      `Machine load average at the end: ${os
        .loadavg()
        .map((v) => v.toFixed(1))
        .join(", ")} on ${os.cpus().length} cores.`,
    ].join("\n");
    return { title: "Corpus load (100,000 files)", markdown };
  } finally {
    if (!options.keep) await rm(dir, { recursive: true, force: true });
  }
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const args = process.argv.slice(2);
  if (args[0] === "--child") {
    const result = await measure(args[1]!, args[2]!);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    const keep = args.includes("--keep");
    const countArg = args.find((arg) => /^\d+$/.test(arg));
    const section = await run({ keep, ...(countArg ? { count: Number(countArg) } : {}) });
    process.stdout.write(`## ${section.title}\n\n${section.markdown}\n`);
  }
}
