/**
 * Article index benchmark (issue 13): generated corpora of 10,000 and 100,000 seed files.
 * For each: the first import (read, parse, clean, write, CPU seconds and peak RSS), a restart with
 * nothing changed (the bot: index open and ready; the CLI: a full reconcile), the CLI's
 * `article list --limit 100000 --json` and `article search`, and autocomplete latency at 100
 * queries a second. Every figure is measured in a fresh process (/usr/bin/time for the CLI).
 * Baseline, same run: reading every file once (`readFileSync`), and a bare `node` start.
 * `NEWSDESK_BENCH_SIZES=10000` runs fewer sizes; `NEWSDESK_BENCH_PG=postgres://…` adds PostgreSQL.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateCorpus } from "./generate-corpus.js";
import type { BenchSection } from "./types.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const worker = path.join(root, "bench/index-worker.ts");

interface Measure {
  seconds: number;
  cpuSeconds?: number;
  maxRssMb: number;
  p50?: number;
  p99?: number;
  articles?: number;
}

function runWorker(args: string[]): Measure {
  const out = execFileSync(process.execPath, ["--import", "tsx", worker, ...args], {
    cwd: root,
    maxBuffer: 1 << 20,
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Measure;
}

/** A CLI run under /usr/bin/time: wall seconds, CPU seconds and peak RSS. */
function timeCli(args: string[], env: NodeJS.ProcessEnv): Measure {
  const result = spawnSync(
    "/usr/bin/time",
    ["-f", "TIME %e %U %S %M", process.execPath, path.join(root, "bin/newsdesk.js"), ...args],
    { cwd: root, env, encoding: "utf8", maxBuffer: 1 << 30 },
  );
  const line = result.stderr.split("\n").find((l) => l.startsWith("TIME "));
  if (!line) throw new Error(`newsdesk ${args.join(" ")} failed: ${result.stderr.slice(-500)}`);
  const [, wall, user, sys, rss] = line.split(" ").map(Number);
  return { seconds: wall!, cpuSeconds: user! + sys!, maxRssMb: rss! / 1024 };
}

function baselineRead(dir: string): Measure {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let bytes = 0;
  for (const name of readdirSync(dir)) bytes += readFileSync(path.join(dir, name)).length;
  const used = process.cpuUsage(cpu);
  return {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6 + bytes * 0,
    maxRssMb: 0,
  };
}

const fmt = (value: number | undefined, digits = 2) =>
  value === undefined ? "–" : value.toFixed(digits);

export async function run(): Promise<BenchSection> {
  const sizes = (process.env.NEWSDESK_BENCH_SIZES ?? "10000,100000").split(",").map(Number);
  const pg = process.env.NEWSDESK_BENCH_PG;
  const rows: string[] = [];
  const engines: [string, string | undefined][] = [["SQLite", undefined]];
  if (pg) engines.push(["PostgreSQL", pg]);
  const node = timeCli(["--version"], { PATH: process.env.PATH });
  for (const size of sizes) {
    const work = mkdtempSync(path.join(tmpdir(), `newsdesk-bench-index-${size}-`));
    try {
      const seeds = path.join(work, "seeds");
      await generateCorpus(seeds, size, { seed: 1 });
      const read = baselineRead(seeds);
      rows.push(
        `| ${size} | baseline | read every file once (readFileSync) | ${fmt(read.seconds)} | ${fmt(read.cpuSeconds)} | – | |`,
      );
      for (const [engine, url] of engines) {
        const dataDir = path.join(work, `data-${engine}`);
        const extra = url ? ["500", url] : [];
        const first = runWorker(["import", seeds, dataDir, ...extra]);
        const restart = runWorker(["import", seeds, dataDir, ...extra]);
        const ready = runWorker(["ready", seeds, dataDir, ...extra]);
        const env = {
          PATH: process.env.PATH,
          SEEDS_DIR: seeds,
          DATA_DIR: dataDir,
          LOG_LEVEL: "warn",
          ...(url ? { DATABASE_URL: url } : {}),
        };
        const list = timeCli(["article", "list", "--limit", "100000", "--json"], env);
        const search = timeCli(["article", "search", "minister said"], env);
        const suggest = runWorker(["suggest", seeds, dataDir, "500", ...(url ? [url] : [])]);
        const perSecond = size / (first.cpuSeconds ?? first.seconds);
        rows.push(
          `| ${size} | ${engine} | first import (read, parse, clean, index): ${fmt(perSecond, 0)} files per CPU second | ${fmt(first.seconds)} | ${fmt(first.cpuSeconds)} | ${fmt(first.maxRssMb, 0)} | 100k: ≤ 60 s CPU, ≤ 300 MB |`,
          `| ${size} | ${engine} | restart, nothing changed: bot ready (index open, reconcile behind) | ${fmt(ready.seconds)} | ${fmt(ready.cpuSeconds)} | ${fmt(ready.maxRssMb, 0)} | ≤ 2 s |`,
          `| ${size} | ${engine} | restart, nothing changed: full reconcile (stat every file) | ${fmt(restart.seconds)} | ${fmt(restart.cpuSeconds)} | ${fmt(restart.maxRssMb, 0)} | |`,
          `| ${size} | ${engine} | \`newsdesk article list --limit 100000 --json\` | ${fmt(list.seconds)} | ${fmt(list.cpuSeconds)} | ${fmt(list.maxRssMb, 0)} | ≤ 5 s, ≤ 300 MB |`,
          `| ${size} | ${engine} | \`newsdesk article search "minister said"\` | ${fmt(search.seconds)} | ${fmt(search.cpuSeconds)} | ${fmt(search.maxRssMb, 0)} | ≤ 1 s, ≤ 300 MB |`,
          `| ${size} | ${engine} | autocomplete at 100/s (500 queries): p50 ${fmt(suggest.p50)} ms, **p99 ${fmt(suggest.p99)} ms** | | | ${fmt(suggest.maxRssMb, 0)} | p99 ≤ 50 ms |`,
        );
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  const markdown = [
    `Generated corpora (bench/generate-corpus.ts, seed 1). Each figure from a fresh process; the CLI`,
    `through \`bin/newsdesk.js\` (tsx, no build) under /usr/bin/time. A bare \`newsdesk --version\``,
    `takes ${fmt(node.seconds)} s wall and ${fmt(node.maxRssMb, 0)} MB: the CLI figures include it.`,
    "",
    "| articles | engine | what | wall s | CPU s | peak RSS MB | target |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    existsSync("/usr/lib/postgresql")
      ? pg
        ? "PostgreSQL: the server named by NEWSDESK_BENCH_PG, on this machine."
        : "PostgreSQL not measured in this run (set NEWSDESK_BENCH_PG=postgres://… to add it)."
      : "PostgreSQL not measured: no server binaries here.",
  ].join("\n");
  return { title: "Article index (10k and 100k articles)", markdown };
}
