/**
 * Article index benchmark (issue 13): generated corpora of 10,000 and 100,000 seed files (300,000
 * with NEWSDESK_BENCH_SIZES=10000,100000,300000), on SQLite and on PostgreSQL in the same run.
 * For each: the first import (`newsdesk index rebuild`: read, parse, clean, write, index), a
 * restart with nothing changed (the bot: index open and ready; a full reconcile that stats every
 * file), `newsdesk article list --limit 100000 --json` and `newsdesk article search`, and
 * autocomplete latency at 100 queries a second. Every CLI figure is the compiled CLI (dist/, built
 * first) in a fresh process under /usr/bin/time; the restart and autocomplete figures come from
 * bench/index-worker.ts in a process of its own (its timers start after its modules load).
 * Baseline, same run: reading every file once (`readFileSync`) and `newsdesk --version`.
 * PostgreSQL: a real PostgreSQL 15 started as in the tests (test/support/postgres.ts), one
 * database per size; its server CPU is counted beside the client's. NEWSDESK_BENCH_PG=postgres://…
 * uses a running server instead; NEWSDESK_BENCH_PG=off leaves PostgreSQL out, and
 * NEWSDESK_BENCH_SQLITE=off leaves SQLite out.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import {
  POSTGRES_SKIP_REASON,
  type PostgresServer,
  startPostgres,
} from "../test/support/postgres.js";
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
  if (!line || result.status !== 0) {
    throw new Error(`newsdesk ${args.join(" ")} failed: ${result.stderr.slice(-500)}`);
  }
  const [, wall, user, sys, rss] = line.split(" ").map(Number);
  return { seconds: wall!, cpuSeconds: user! + sys!, maxRssMb: rss! / 1024 };
}

function baselineRead(dir: string): Measure {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const name of readdirSync(dir)) readFileSync(path.join(dir, name));
  const used = process.cpuUsage(cpu);
  return {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    maxRssMb: 0,
  };
}

/** CPU seconds used so far by a PostgreSQL server: the postmaster, its live and its reaped children. */
async function serverCpuSeconds(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const statOf = (pid: number | string) => {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    return text.slice(text.lastIndexOf(")") + 2).split(" ");
  };
  const tick = 100; // USER_HZ
  let postmaster: number;
  try {
    // The parent of this connection's backend, read while the backend still runs.
    const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    postmaster = Number(statOf(rows[0]!.pid)[1]);
  } catch {
    return Number.NaN; // not on this machine
  } finally {
    await client.end();
  }
  const own = statOf(postmaster);
  // Fields 14-17 (utime, stime, cutime, cstime) are at 11-14 after the pid and name.
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const fields = statOf(pid);
      if (Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks / tick;
}

const fmt = (value: number | undefined, digits = 2) =>
  value === undefined || Number.isNaN(value) ? "–" : value.toFixed(digits);

/** A fresh database `<prefix>_<size>_<pid>` on the server, dropped first if a run left it. */
export async function databaseFor(
  serverUrl: string,
  size: number,
  prefix = "newsdesk_bench",
): Promise<string> {
  const name = `${prefix}_${size}_${process.pid}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name}`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function run(): Promise<BenchSection> {
  const sizes = (process.env.NEWSDESK_BENCH_SIZES ?? "10000,100000").split(",").map(Number);
  execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  const pgSetting = process.env.NEWSDESK_BENCH_PG;
  let server: PostgresServer | undefined;
  let pgNote: string;
  if (pgSetting === "off") pgNote = "PostgreSQL left out (NEWSDESK_BENCH_PG=off).";
  else if (pgSetting) pgNote = "PostgreSQL: the server named by NEWSDESK_BENCH_PG.";
  else if (POSTGRES_SKIP_REASON) pgNote = `PostgreSQL not measured: ${POSTGRES_SKIP_REASON}.`;
  else {
    server = await startPostgres();
    pgNote =
      "PostgreSQL 15 on this machine, started as the tests start it (fsync off, loopback); its CPU is the server's, beside the CLI's.";
  }
  const pgUrl = pgSetting && pgSetting !== "off" ? pgSetting : server?.url;
  const rows: string[] = [];
  const node = timeCli(["--version"], { PATH: process.env.PATH });
  try {
    for (const size of sizes) {
      const work = mkdtempSync(path.join(tmpdir(), `newsdesk-bench-index-${size}-`));
      try {
        const seeds = path.join(work, "seeds");
        await generateCorpus(seeds, size, { seed: 1 });
        const read = baselineRead(seeds);
        rows.push(
          `| ${size} | baseline | read every file once (readFileSync) | ${fmt(read.seconds)} | ${fmt(read.cpuSeconds)} | – | |`,
        );
        const engines: [string, string | undefined][] =
          process.env.NEWSDESK_BENCH_SQLITE === "off" ? [] : [["SQLite", undefined]];
        if (pgUrl) engines.push(["PostgreSQL", await databaseFor(pgUrl, size)]);
        for (const [engine, url] of engines) {
          rows.push(...(await measureEngine(engine, url, seeds, path.join(work, engine), size)));
        }
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    }
  } finally {
    await server?.stop();
  }
  const markdown = [
    "Generated corpora (bench/generate-corpus.ts, seed 1, about 5 KB an article). The CLI is the",
    `compiled one (\`bin/newsdesk.js\` → dist/) under /usr/bin/time; a bare \`newsdesk --version\``,
    `takes ${fmt(node.seconds)} s wall, ${fmt(node.cpuSeconds)} CPU s and ${fmt(node.maxRssMb, 0)} MB. CPU s is user + system`,
    "of the CLI process (all its threads); for PostgreSQL the server's CPU is added in brackets.",
    "",
    "| articles | engine | what | wall s | CPU s | peak RSS MB | target |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    pgNote,
  ].join("\n");
  return { title: "Article index (10k, 100k and 300k articles)", markdown };
}

async function measureEngine(
  engine: string,
  url: string | undefined,
  seeds: string,
  dataDir: string,
  size: number,
): Promise<string[]> {
  const env = {
    PATH: process.env.PATH,
    SEEDS_DIR: seeds,
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    ...(url ? { DATABASE_URL: url } : {}),
  };
  const server = async <T>(work: () => T): Promise<[T, number | undefined]> => {
    if (!url) return [work(), undefined];
    const before = await serverCpuSeconds(url);
    const result = work();
    return [result, (await serverCpuSeconds(url)) - before];
  };
  const cpu = (measure: Measure, serverCpu: number | undefined) =>
    serverCpu === undefined
      ? fmt(measure.cpuSeconds)
      : `${fmt(measure.cpuSeconds)} (+${fmt(serverCpu)})`;
  const extra = url ? ["500", url] : [];
  const [first, firstServer] = await server(() => timeCli(["index", "rebuild", "--json"], env));
  const [ready] = await server(() => runWorker(["ready", seeds, dataDir, ...extra]));
  const [restart, restartServer] = await server(() =>
    runWorker(["import", seeds, dataDir, ...extra]),
  );
  const [list, listServer] = await server(() =>
    timeCli(["article", "list", "--limit", "100000", "--json"], env),
  );
  const [search, searchServer] = await server(() =>
    timeCli(["article", "search", "minister said"], env),
  );
  const [suggest] = await server(() =>
    runWorker(["suggest", seeds, dataDir, "500", ...(url ? [url] : [])]),
  );
  const perSecond = size / (first.cpuSeconds ?? first.seconds);
  return [
    `| ${size} | ${engine} | first import, \`newsdesk index rebuild\` (read, parse, clean, index): ${fmt(perSecond, 0)} files per CPU second | ${fmt(first.seconds)} | ${cpu(first, firstServer)} | ${fmt(first.maxRssMb, 0)} | 100k: ≤ 60 s CPU, ≤ 300 MB |`,
    `| ${size} | ${engine} | restart, nothing changed: bot ready (index open, reconcile behind) | ${fmt(ready.seconds)} | ${fmt(ready.cpuSeconds)} | ${fmt(ready.maxRssMb, 0)} | ≤ 2 s |`,
    `| ${size} | ${engine} | restart: full reconcile (stat every file) | ${fmt(restart.seconds)} | ${cpu(restart, restartServer)} | ${fmt(restart.maxRssMb, 0)} | |`,
    `| ${size} | ${engine} | \`newsdesk article list --limit 100000 --json\` | ${fmt(list.seconds)} | ${cpu(list, listServer)} | ${fmt(list.maxRssMb, 0)} | ≤ 5 s, ≤ 300 MB |`,
    `| ${size} | ${engine} | \`newsdesk article search "minister said"\` | ${fmt(search.seconds)} | ${cpu(search, searchServer)} | ${fmt(search.maxRssMb, 0)} | ≤ 1 s, ≤ 300 MB |`,
    `| ${size} | ${engine} | autocomplete at 100/s (500 queries): p50 ${fmt(suggest.p50)} ms, **p99 ${fmt(suggest.p99)} ms** | | | ${fmt(suggest.maxRssMb, 0)} | p99 ≤ 50 ms |`,
  ];
}
