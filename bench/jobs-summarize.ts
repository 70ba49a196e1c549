/**
 * `/summarize` end to end through the job queue, with 1 and then 2 worker processes: 20 people ask at
 * once for 20 different articles; an HTTP replica (a `serve --role http` process) enqueues and
 * defers, the workers run the summaries against an LLM stub that answers after a fixed delay, and the
 * answer is the final edit of the reply in the Discord emulator. Figures: time from the command to
 * its final answer (p50, max) and for the whole burst; the ratio of 1 worker to 2.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseConfig } from "../src/config.js";
import { deployCommands } from "../src/deploy-commands.js";
import { type Emulator, type InteractionHandle, startEmulator } from "../src/emulator/index.js";
import { createSeedsDir, emulatorEnv, type Fixtures } from "../test/e2e/harness.js";
import { answerJson, startOpenAiTestServer } from "../test/support/openai-server.js";
import { type NodeProcess, startNodeProcess } from "../test/support/processes.js";
import { startRedis } from "../test/support/redis.js";
import type { BenchSection } from "./types.js";

const REQUESTS = 20;
const LLM_DELAY_MS = 1_000;
const WORKER_CONCURRENCY = 4;

interface Burst {
  workers: number;
  p50: number;
  max: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

function isFinal(run: InteractionHandle): boolean {
  const original = run.original();
  if (!original || (original.flags & 128) !== 0) return false;
  const footer = original.embeds[0]?.footer?.text ?? "";
  return !footer.startsWith("Writing");
}

async function burst(
  emulator: Emulator,
  articles: string[],
  workers: number,
  firstUser: number,
): Promise<Burst> {
  const started = performance.now();
  const done = new Map<string, number>();
  const runs = await Promise.all(
    articles.map((article, i) =>
      emulator.runCommand({
        name: "summarize",
        options: { url: article },
        user: { id: String(600_000_000_000_000_000n + BigInt(firstUser + i)), username: `b${i}` },
      }),
    ),
  );
  await new Promise<void>((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error("the burst was not answered")), 300_000);
    const check = setInterval(() => {
      for (const run of runs) {
        if (!done.has(run.id) && isFinal(run)) done.set(run.id, performance.now() - started);
      }
      if (done.size === runs.length) {
        clearInterval(check);
        clearTimeout(timeout);
        resolve();
      }
    }, 10);
  });
  const times = [...done.values()].sort((a, b) => a - b);
  return { workers, p50: percentile(times, 50), max: times.at(-1) ?? 0 };
}

export async function run(): Promise<BenchSection> {
  const redis = await startRedis();
  const llm = await startOpenAiTestServer();
  llm.script(() => ({
    content: answerJson({ summary: "The council met on Monday and agreed the budget." }),
    delayMs: LLM_DELAY_MS,
  }));
  const emulator = await startEmulator();
  let fixtures: Fixtures | undefined;
  let data: string | undefined;
  const processes: NodeProcess[] = [];
  try {
    fixtures = await createSeedsDir(REQUESTS * 2);
    data = await mkdtemp(path.join(os.tmpdir(), "newsdesk-bench-jobs-"));
    await deployCommands(parseConfig(emulatorEnv(emulator, fixtures.dir)));
    const env = emulatorEnv(emulator, fixtures.dir, {
      KEYV_URL: redis.url,
      DATA_DIR: data,
      DISCORD_PUBLIC_KEY: emulator.publicKey,
      HTTP_PORT: "0",
      DRAIN_MS: "0",
      LOG_LEVEL: "warn",
      OPENAI_BASE_URL: llm.baseURL,
      OPENAI_API_KEY: "test",
      OPENAI_MODEL: "test-model",
      OPENAI_MAX_RETRIES: "0",
      LLM_GUILD_HOURLY_BUDGET: "1000",
      WORKER_CONCURRENCY: String(WORKER_CONCURRENCY),
    });
    const start = (role: string) =>
      startNodeProcess("test/jobs/role-process.ts", { ...env, NEWSDESK_ROLE: role });
    const http = await start("http");
    processes.push(http);
    await emulator.setInteractionsEndpoint(`${/READY (\S+)/.exec(http.output())![1]}/interactions`);
    processes.push(await start("worker"));
    const filler = (n: number) => `filler-${String(n).padStart(2, "0")}`;
    // Different articles in each burst: no answer comes from the cache.
    const one = await burst(
      emulator,
      Array.from({ length: REQUESTS }, (_, i) => filler(i)),
      1,
      0,
    );
    processes.push(await start("worker"));
    const two = await burst(
      emulator,
      Array.from({ length: REQUESTS }, (_, i) => filler(REQUESTS + i)),
      2,
      REQUESTS,
    );
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : "–");
    return {
      title: "/summarize through the job queue, 1 and 2 workers",
      markdown: `${REQUESTS} \`/summarize\` at once for ${REQUESTS} different articles (no cache hits), each from a different person; one HTTP replica process (enqueue, then defer), worker processes with \`WORKER_CONCURRENCY=${WORKER_CONCURRENCY}\`, an LLM stub that answers after a fixed ${LLM_DELAY_MS} ms (so the ideal is ${Math.ceil(REQUESTS / WORKER_CONCURRENCY)} rounds of ${LLM_DELAY_MS} ms with one worker, ${Math.ceil(REQUESTS / (2 * WORKER_CONCURRENCY))} with two), Redis and the Discord emulator on loopback. Time: command sent → final answer in the reply.

| figure | 1 worker (baseline) | 2 workers | 1 worker ÷ 2 workers |
| --- | --- | --- | --- |
| p50 per request | ${s(one.p50)} | ${s(two.p50)} | ${ratio(one.p50, two.p50)} |
| slowest request (the whole burst) | ${s(one.max)} | ${s(two.max)} | ${ratio(one.max, two.max)} |

The machine was shared with other work during the run (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores): the ratio counts, not the seconds. The LLM's delay dominates: a second worker doubles the summaries running at once, so the burst needs ${Math.ceil(REQUESTS / (2 * WORKER_CONCURRENCY))} rounds instead of ${Math.ceil(REQUESTS / WORKER_CONCURRENCY)} (an ideal ratio of ${(Math.ceil(REQUESTS / WORKER_CONCURRENCY) / Math.ceil(REQUESTS / (2 * WORKER_CONCURRENCY))).toFixed(2)}×); the rest is the queue, the replica and the emulator sharing the same two cores.`,
    };
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    await emulator.close();
    await llm.close();
    await redis.stop();
    await fixtures?.cleanup();
    if (data) await rm(data, { recursive: true, force: true });
  }
}
