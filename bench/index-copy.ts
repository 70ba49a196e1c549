/**
 * `newsdesk index copy` benchmark (issue 13, moving from SQLite to PostgreSQL): an old SQLite index
 * holding 2,000 and 20,000 generated feed items (NEWSDESK_BENCH_COPY_SIZES=2000,20000; each about
 * 450 words, spread over four servers' grants), copied by the CLI in a fresh process under
 * /usr/bin/time into a new SQLite file and into PostgreSQL, then copied again (nothing to do).
 * Baseline, same run: `newsdesk --version` (the process and its modules). What matters is growth:
 * ten times the articles should cost about ten times the time and the same peak memory (the copy
 * pages through both indexes 200 articles at a time). PostgreSQL as in bench/index.ts:
 * NEWSDESK_BENCH_PG=postgres://… uses a running server, =off leaves it out.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildArticle } from "../src/articles/article.js";
import type { IndexedArticle } from "../src/articles/index-port.js";
import { defaultIndexFile } from "../src/index/copy-source.js";
import { createSqliteIndex } from "../src/index/sqlite-index.js";
import { silentLogger } from "../src/logger.js";
import {
  POSTGRES_SKIP_REASON,
  type PostgresServer,
  startPostgres,
} from "../test/support/postgres.js";
import { databaseFor } from "./index.js";
import type { BenchSection } from "./types.js";

const root = fileURLToPath(new URL("..", import.meta.url));

interface Measure {
  seconds: number;
  cpuSeconds: number;
  maxRssMb: number;
  stdout: string;
}

function timeCli(args: string[], env: NodeJS.ProcessEnv): Measure {
  const result = spawnSync(
    "/usr/bin/time",
    ["-f", "TIME %e %U %S %M", process.execPath, path.join(root, "bin/newsdesk.js"), ...args],
    { cwd: root, env, encoding: "utf8", maxBuffer: 1 << 28 },
  );
  const line = result.stderr.split("\n").find((l) => l.startsWith("TIME "));
  if (!line || result.status !== 0) {
    throw new Error(`newsdesk ${args.join(" ")} failed: ${result.stderr.slice(-500)}`);
  }
  const [, wall, user, sys, rss] = line.split(" ").map(Number);
  return { seconds: wall!, cpuSeconds: user! + sys!, maxRssMb: rss! / 1024, stdout: result.stdout };
}

const WORDS = "council budget river bridge election court minister school hospital storm".split(
  " ",
);

function feedItem(i: number): IndexedArticle {
  const paragraphs = Array.from({ length: 6 }, (_, p) =>
    Array.from({ length: 75 }, (_, w) => WORDS[(i * 7 + p * 3 + w) % WORDS.length]).join(" "),
  );
  const article = buildArticle({
    id: `feed-${(i % 4).toString(16).padStart(16, "0")}-${i.toString(16).padStart(16, "0")}`,
    date: "2026-11-01",
    url: `https://news.example.com/${i}`,
    title: `Story ${i}: ${WORDS[i % WORDS.length]} news`,
    paragraphs,
    rawWordCount: 450,
    origin: "feed",
    addedAt: 1_700_000_000_000 + i,
    byline: null,
    siteName: null,
  });
  return { article, contentHash: `h${i}`, cleanerVersion: 1 };
}

/** The old SQLite index of a seeds folder, with `size` feed items. */
async function oldIndex(dataDir: string, seeds: string, size: number): Promise<void> {
  const index = await createSqliteIndex({
    file: defaultIndexFile(dataDir, [seeds]),
    logger: silentLogger,
    pollMs: 0,
  });
  try {
    for (let start = 0; start < size; start += 1000) {
      const batch = Array.from({ length: Math.min(1000, size - start) }, (_, k) =>
        feedItem(start + k),
      );
      for (let g = 0; g < 4; g++) {
        await index.upsertMany(
          batch.filter((_, k) => (start + k) % 4 === g),
          { grants: [{ kind: "guild", guildId: `g${g}` }] },
        );
      }
    }
  } finally {
    await index.close();
  }
}

const fmt = (value: number, digits = 2) => value.toFixed(digits);

export async function run(): Promise<BenchSection> {
  const sizes = (process.env.NEWSDESK_BENCH_COPY_SIZES ?? "2000,20000")
    .split(",")
    .map(Number)
    .filter((n) => n > 0);
  const pgSetting = process.env.NEWSDESK_BENCH_PG;
  let server: PostgresServer | undefined;
  let serverUrl: string | undefined;
  if (pgSetting && pgSetting !== "off") serverUrl = pgSetting;
  else if (pgSetting !== "off" && !POSTGRES_SKIP_REASON) {
    server = await startPostgres();
    serverUrl = server.url;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "newsdesk-bench-copy-"));
  const rows: string[] = [];
  const byTarget = new Map<string, Measure[]>();
  try {
    const baseEnv = { PATH: process.env.PATH, LOG_LEVEL: "warn" };
    const version = timeCli(["--version"], { ...baseEnv, DATA_DIR: dir });
    rows.push(
      `| baseline: \`newsdesk --version\` | – | ${fmt(version.seconds)} | ${fmt(version.cpuSeconds)} | ${fmt(version.maxRssMb, 0)} | – |`,
    );
    for (const size of sizes) {
      const dataDir = path.join(dir, `data-${size}`);
      const seeds = path.join(dir, `seeds-${size}`);
      mkdirSync(seeds, { recursive: true });
      await oldIndex(dataDir, seeds, size);
      const targets: [string, string][] = [
        ["SQLite", `sqlite://${path.join(dataDir, "new.sqlite")}`],
      ];
      if (serverUrl)
        targets.push(["PostgreSQL", await databaseFor(serverUrl, size, "newsdesk_copy")]);
      for (const [name, url] of targets) {
        const env = { ...baseEnv, DATA_DIR: dataDir, SEEDS_DIR: seeds, DATABASE_URL: url };
        const first = timeCli(["--json", "index", "copy"], env);
        const again = timeCli(["--json", "index", "copy"], env);
        const copied = (JSON.parse(first.stdout) as { copied: number }).copied;
        const unchanged = (JSON.parse(again.stdout) as { unchanged: number }).unchanged;
        if (copied !== size || unchanged !== size) {
          throw new Error(`${name} ${size}: copied ${copied}, then ${unchanged} unchanged`);
        }
        byTarget.set(name, [...(byTarget.get(name) ?? []), first]);
        for (const [what, m] of [
          ["copy", first],
          ["again (nothing to do)", again],
        ] as const) {
          rows.push(
            `| ${name}, ${what} | ${size.toLocaleString("en")} | ${fmt(m.seconds)} | ${fmt(m.cpuSeconds)} | ${fmt(m.maxRssMb, 0)} | ${fmt(size / Math.max(m.cpuSeconds - version.cpuSeconds, 0.01) / 1000, 1)}k/s |`,
          );
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await server?.stop();
  }
  const growth = [...byTarget].map(([name, [small, large]]) =>
    small && large
      ? `${name}: ×${fmt(large.cpuSeconds / small.cpuSeconds, 1)} client CPU, ×${fmt(large.maxRssMb / small.maxRssMb, 2)} peak RSS`
      : `${name}: one size only`,
  );
  const [load] = os.loadavg();
  const shared =
    (load ?? 0) > os.cpus().length
      ? ": the machine was shared, wall times include waiting for a CPU; compare CPU and peak RSS"
      : "";
  return {
    title: "Moving to PostgreSQL: `newsdesk index copy`",
    markdown: [
      `Feed items of an old SQLite index (about 450 words each, four servers' grants) copied by the CLI in a fresh process (TypeScript through tsx when dist/ is not built) under \`/usr/bin/time\`, then copied again. Rate: articles per client CPU second beyond the baseline's (PostgreSQL's server CPU is not counted). Sizes ${sizes.map((s) => s.toLocaleString("en")).join(" and ")}; growth from the first to the last: ${growth.join("; ")}. Load average ${fmt(load ?? 0, 1)} on ${os.cpus().length} cores at the end${shared}.${serverUrl ? "" : " PostgreSQL was not available."}`,
      "",
      "| run | articles | wall s | CPU s (client) | peak RSS MB | rate |",
      "| --- | ---: | ---: | ---: | ---: | ---: |",
      ...rows,
    ].join("\n"),
  };
}
