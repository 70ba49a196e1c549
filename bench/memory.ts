/**
 * Memory over many interactions: the bot runs as its own process (`src/main.ts`, as `npm start`
 * runs it with a token: the real discord.js client over the gateway, the default SQLite store) and
 * the Discord emulator in this one sends it rounds of interactions — `/article latest`, `show` and
 * `search`, `/quotes`, `/summarize` against a local OpenAI-compatible server — the same each round.
 * After each round, when every interaction has its answer, the bot collects its garbage and reports
 * its heap (bench/support/memory-probe.ts, preloaded, over an IPC channel). What a round leaves
 * behind in the heap is what thousands of rounds would: a leak shows as growth per round.
 * Target: under 0.5 KB of heap kept per interaction (discord.js keeps a small handler per deferred
 * interaction's webhook route until it has been idle an hour; a leak of 5 KB on every `/quotes`,
 * one interaction in five, read 1.08 KB when tried).
 * `node --import tsx bench/memory.ts`.
 */
import { type ChildProcess, fork } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { commands } from "../commands/index.js";
import { parseConfig } from "../src/config.js";
import { deployCommands } from "../src/deploy-commands.js";
import { type Emulator, type RunCommandInput, startEmulator } from "../src/emulator/index.js";
import { createSeedsDir, emulatorEnv } from "../test/e2e/harness.js";
import { answerJson, startOpenAiTestServer } from "../test/support/openai-server.js";
import type { BenchSection } from "./types.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ROUNDS = 8;
const PER_ROUND = 1000;
const FILLERS = 40;
const TARGET_BYTES_PER_INTERACTION = 512;

interface Usage {
  collected: boolean;
  heapUsed: number;
  rss: number;
  external: number;
}

/** The interactions of a round: five commands in turn, over 40 articles and 50 users. */
function interaction(i: number, realId: string): RunCommandInput {
  const filler = `filler-${String(i % FILLERS).padStart(2, "0")}`;
  const user = { id: String(300000000000000000n + BigInt(i % 50)) };
  switch (i % 5) {
    case 0:
      return { name: "article", subcommand: "latest", user };
    case 1:
      return { name: "quotes", options: { article: realId }, user };
    case 2:
      return {
        name: "article",
        subcommand: "search",
        options: { query: i % 2 ? "council harbour" : "bridge" },
        user,
      };
    case 3:
      return { name: "summarize", options: { url: filler }, user };
    default:
      return { name: "article", subcommand: "show", options: { article: filler }, user };
  }
}

function askMemory(child: ChildProcess): Promise<Usage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the bot did not report its memory")), 30_000);
    child.once("message", (message) => {
      clearTimeout(timer);
      resolve(message as Usage);
    });
    child.send("memory");
  });
}

/** Sends `count` interactions, 10 at a time; resolves when each has its callback and the bot is quiet. */
async function round(
  emulator: Emulator,
  count: number,
  realId: string,
): Promise<{ failed: number }> {
  let answered = 0;
  let failed = 0;
  const onCallback = (_handle: unknown, callback: { ok: boolean }) => {
    answered++;
    if (!callback.ok) failed++;
  };
  emulator.on("interaction-callback", onCallback);
  try {
    for (let i = 0; i < count; i++) {
      void emulator.runCommand(interaction(i, realId)).catch(() => {
        failed++;
        answered++;
      });
      if (i % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const until = Date.now() + 60_000;
    while (answered < count && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // Deferred answers (/summarize) are edited after the callback: let them land.
    let seen = -1;
    while (seen !== emulator.requests.length && Date.now() < until) {
      seen = emulator.requests.length;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return { failed: failed + (count - answered) };
  } finally {
    emulator.off("interaction-callback", onCallback);
  }
}

/** Least-squares slope of `ys` over `xs`. */
function slope(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

export async function run(): Promise<BenchSection> {
  const fixtures = await createSeedsDir(FILLERS);
  const dataDir = await mkdtemp(path.join(tmpdir(), "newsdesk-memory-bench-"));
  const llm = await startOpenAiTestServer({
    handler: () => ({ content: answerJson({ summary: "A summary." }), delayMs: 5 }),
  });
  const emulator = await startEmulator();
  const env: Record<string, string> = {
    ...emulatorEnv(emulator, fixtures.dir, {
      OPENAI_BASE_URL: llm.baseURL,
      OPENAI_API_KEY: "bench",
      LLM_USER_COOLDOWN_SECONDS: "0",
      LLM_GUILD_HOURLY_BUDGET: "1000000",
      DATA_DIR: dataDir,
    }),
  };
  // The default store (SQLite under DATA_DIR), not the harness's in-memory one.
  delete env.KEYV_URL;
  let bot: ChildProcess | undefined;
  try {
    await deployCommands(parseConfig(env), commands);
    bot = fork(path.join(repoRoot, "src/main.ts"), [], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
      execArgv: [
        "--expose-gc",
        "--import",
        "tsx",
        "--import",
        pathToFileURL(path.join(repoRoot, "bench/support/memory-probe.ts")).href,
      ],
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    });
    await emulator.waitForSession(60_000);
    const rows: { interactions: number; usage: Usage; failed: number }[] = [];
    // A first round warms what is built once (the corpus index, caches, compiled code).
    const warm = await round(emulator, PER_ROUND, fixtures.realId);
    emulator.clearRequests();
    rows.push({ interactions: PER_ROUND, usage: await askMemory(bot), failed: warm.failed });
    for (let r = 1; r <= ROUNDS; r++) {
      const done = await round(emulator, PER_ROUND, fixtures.realId);
      // The emulator records every request; the bench reads none of them.
      emulator.clearRequests();
      rows.push({
        interactions: (r + 1) * PER_ROUND,
        usage: await askMemory(bot),
        failed: done.failed,
      });
    }
    const xs = rows.map((r) => r.interactions);
    const heapSlope = slope(
      xs,
      rows.map((r) => r.usage.heapUsed),
    );
    const rssSlope = slope(
      xs,
      rows.map((r) => r.usage.rss),
    );
    const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
    const failed = rows.reduce((sum, r) => sum + r.failed, 0);
    const met = heapSlope <= TARGET_BYTES_PER_INTERACTION;
    const markdown = [
      `The bot in its own process (\`src/main.ts\` through tsx, default SQLite store, one process); ${ROUNDS + 1} rounds of ${PER_ROUND} interactions, the same each round: \`/article latest\`, \`/quotes\`, \`/article search\`, \`/summarize\` (a local OpenAI-compatible server; ${FILLERS} articles, so after the first round the summaries come from the cache) and \`/article show\`, from 50 users, 10 at a time every 20 ms. After each round, once every interaction has its answer, the bot collects its garbage twice and reports \`process.memoryUsage()\`.`,
      "",
      "| after | heap used (MB) | RSS (MB) | external (MB) | failed |",
      "|---|---|---|---|---|",
      ...rows.map(
        (r) =>
          `| ${r.interactions.toLocaleString("en-US")} interactions | ${mb(r.usage.heapUsed)} | ${mb(r.usage.rss)} | ${mb(r.usage.external)} | ${r.failed} |`,
      ),
      "",
      `Growth (least-squares slope over the rounds): heap ${(heapSlope / 1024).toFixed(2)} KB per interaction, RSS ${(rssSlope / 1024).toFixed(2)} KB per interaction. Target: heap under ${(TARGET_BYTES_PER_INTERACTION / 1024).toFixed(1)} KB per interaction — ${met ? "met" : "not met"}${failed > 0 ? `; ${failed} interactions failed` : ""}.`,
      "",
      "`node --import tsx bench/memory.ts`",
    ].join("\n");
    return { title: "Memory over many interactions", markdown };
  } finally {
    if (bot && bot.exitCode === null) {
      const exited = new Promise((resolve) => bot!.once("exit", resolve));
      bot.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (bot.exitCode === null) bot.kill("SIGKILL");
    }
    await emulator.close();
    await llm.close();
    await fixtures.cleanup();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const section = await run();
  process.stdout.write(`## ${section.title}\n\n${section.markdown}\n`);
}
