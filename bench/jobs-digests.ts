/**
 * Digest delivery through the job queue with 1 and then 2 worker processes: 1,000 subscriptions (a
 * channel each) × 20 new articles, each subscription's firing a digest job on BullMQ, posted into the
 * Discord emulator by the real worker role (`serve --role worker`). Figure: time from the firings to
 * the last digest message, and messages per second; the ratio of 2 workers to 1.
 */
import { mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createSubscriptionRepository } from "../src/digests/repository.js";
import { parseSchedule } from "../src/digests/schedule.js";
import { DIGEST_QUEUE, type DigestJob } from "../src/digests/scheduler.js";
import type { Subscription } from "../src/digests/types.js";
import { type Emulator, startEmulator } from "../src/emulator/index.js";
import { silentLogger } from "../src/logger.js";
import { createBullJobs } from "../src/queue/bullmq.js";
import { NAMESPACES } from "../src/store/namespaces.js";
import { createStore } from "../src/store/store.js";
import { type NodeProcess, startNodeProcess } from "../test/support/processes.js";
import { startRedis } from "../test/support/redis.js";
import type { BenchSection } from "./types.js";

const SUBSCRIPTIONS = 1000;
const ARTICLES = 20;
const WORKER_CONCURRENCY = 4;
/** Once a year: only the firings the bench makes run (see below). */
const SCHEDULE = parseSchedule("0 0 1 1 *", "UTC");

interface Delivery {
  workers: number;
  seconds: number;
  messages: number;
  /** How busy the bench's own event loop (the emulator's) was meanwhile, 0–1. */
  emulatorBusy: number;
  /** CPU seconds the worker processes used meanwhile, all together. */
  workerCpu: number;
}

/** CPU seconds (user + system) a process has used so far, from /proc (0 where there is none). */
async function cpuSeconds(pid: number | undefined): Promise<number> {
  if (pid === undefined) return 0;
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // utime and stime are fields 14 and 15 of the line; 100 ticks a second on Linux.
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / 100;
}

async function workersCpu(processes: NodeProcess[]): Promise<number> {
  const each = await Promise.all(processes.map((p) => cpuSeconds(p.child.pid)));
  return each.reduce((a, b) => a + b, 0);
}

async function writeArticles(dir: string): Promise<void> {
  const past = new Date(Date.now() - 3_600_000);
  for (let i = 0; i < ARTICLES; i++) {
    const file = path.join(dir, `story-${String(i).padStart(2, "0")}.txt`);
    await writeFile(
      file,
      ` date 2026-02-${String(i + 1).padStart(2, "0")} https://digest.example.com/story-${i}\nStory ${i}: the port authority approved the new terminal on Tuesday after a long debate. "We will open it in the spring, on time and on budget," said Maria Lopez, the head of the authority.\n`,
    );
    await utimes(file, past, past);
  }
}

/** One delivery of every subscription with `workers` worker processes, on a fresh Redis. */
async function deliver(emulator: Emulator, seeds: string, workers: number): Promise<Delivery> {
  const redis = await startRedis();
  const data = await mkdtemp(path.join(os.tmpdir(), "newsdesk-bench-digests-"));
  const store = await createStore({ url: redis.url, logger: silentLogger });
  const jobs = await createBullJobs({ url: redis.url, logger: silentLogger });
  const processes: NodeProcess[] = [];
  try {
    const repository = createSubscriptionRepository(store.namespace(NAMESPACES.digests));
    const channels: string[] = [];
    const now = Date.now();
    const subscriptions: Subscription[] = [];
    for (let i = 0; i < SUBSCRIPTIONS; i++) {
      const channelId = emulator.addChannel({ name: `w${workers}-digest-${i}` }).id;
      channels.push(channelId);
      subscriptions.push({
        id: `w${workers}s${i}`,
        guildId: emulator.guildId,
        channelId,
        schedule: SCHEDULE,
        filters: { source: null, keywords: [] },
        length: "short",
        postEmpty: false,
        style: "list",
        cursor: { addedAt: 0, id: "" },
        nextRunAt: now + 86_400_000, // not due at the workers' start-up catch-up
        lastRunAt: null,
        state: { status: "active" },
        pending: null,
        createdAt: now,
        createdBy: "bench",
      });
    }
    await Promise.all(subscriptions.map((s) => repository.save(s)));
    const env = {
      DISCORD_API_URL: emulator.apiUrl,
      DISCORD_TOKEN: emulator.token,
      DISCORD_APPLICATION_ID: emulator.applicationId,
      SEEDS_DIR: seeds,
      DATA_DIR: data,
      KEYV_URL: redis.url,
      NEWSDESK_ROLE: "worker",
      HTTP_PORT: "0",
      DRAIN_MS: "0",
      LOG_LEVEL: "warn",
      WORKER_CONCURRENCY: String(WORKER_CONCURRENCY),
      // The emulator has no global limit; Discord's 45/s would cap both runs alike (see below).
      DISCORD_GLOBAL_RPS: "100000",
    };
    processes.push(
      ...(await Promise.all(
        Array.from({ length: workers }, () => startNodeProcess("test/jobs/role-process.ts", env)),
      )),
    );
    // Every subscription due now, then one firing each — what 1,000 schedulers firing at the same
    // minute put in the queue (the job a scheduler makes carries the same data).
    const due = Date.now();
    await Promise.all(subscriptions.map((s) => repository.save({ ...s, nextRunAt: due })));
    const cpuBefore = await workersCpu(processes);
    const started = performance.now();
    const loop = performance.eventLoopUtilization();
    await Promise.all(
      subscriptions.map((s) =>
        jobs.enqueue<DigestJob>(DIGEST_QUEUE, { subscriptionId: s.id }, { attempts: 6 }),
      ),
    );
    const count = () =>
      channels.reduce(
        (sum, c) =>
          sum + emulator.messages(c).reduce((n, m) => n + (m.deleted ? 0 : m.embeds.length), 0),
        0,
      );
    const until = Date.now() + 600_000;
    while (count() < SUBSCRIPTIONS * ARTICLES) {
      if (Date.now() > until) throw new Error(`only ${count()} digest entries were posted`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const seconds = (performance.now() - started) / 1000;
    const emulatorBusy = performance.eventLoopUtilization(loop).utilization;
    const workerCpu = (await workersCpu(processes)) - cpuBefore;
    const messages = channels.reduce((sum, c) => sum + emulator.messages(c).length, 0);
    return { workers, seconds, messages, emulatorBusy, workerCpu };
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    await jobs.close();
    await store.close();
    await redis.stop();
    await rm(data, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchSection> {
  const emulator = await startEmulator();
  const seeds = await mkdtemp(path.join(os.tmpdir(), "newsdesk-bench-seeds-"));
  try {
    await writeArticles(seeds);
    const one = await deliver(emulator, seeds, 1);
    const two = await deliver(emulator, seeds, 2);
    const rate = (d: Delivery) => d.messages / d.seconds;
    const row = (d: Delivery) =>
      `| ${d.workers} | ${d.seconds.toFixed(1)} s | ${d.messages} | ${rate(d).toFixed(0)} | ${(d.emulatorBusy * 100).toFixed(0)} % | ${d.workerCpu.toFixed(1)} s (${(d.workerCpu / d.seconds).toFixed(2)} cores) |`;
    return {
      title: "Digests through the job queue, 1 and 2 workers",
      markdown: `${SUBSCRIPTIONS} subscriptions (a channel each) × ${ARTICLES} new articles: one digest job per subscription on BullMQ (the bench enqueues them at once, as ${SUBSCRIPTIONS} job schedulers firing in the same minute would), run by worker processes (\`serve --role worker\`, \`WORKER_CONCURRENCY=${WORKER_CONCURRENCY}\`) into the Discord emulator; extractive summaries (made once per article, then cached), nonces, a delivery record per message in Redis. Time: firings enqueued → every entry posted.

| workers | time | messages | messages per second | emulator's event loop busy | worker CPU |
| --- | --- | --- | --- | --- | --- |
${row(one)}
${row(two)}

2 workers ÷ 1 worker: **${(rate(two) / rate(one)).toFixed(2)}×** the throughput. The global limit was raised for this run (\`DISCORD_GLOBAL_RPS=100000\`): against Discord, 45 requests/s shared by every process would cap both at 45 messages/s (${((SUBSCRIPTIONS * 2) / 45).toFixed(0)} s for these ${SUBSCRIPTIONS * 2} messages), however many workers run. When two workers get no more CPU between them than one got alone (the last column), the cores are the limit, not the queue: each digest costs CPU in its worker (selection, rendering, a few JSON writes of its delivery record), and two processes on a busy 2-core machine share the same cores. The emulator runs in the bench's own process, and the machine was shared with other work (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores): the ratio counts, not the seconds.`,
    };
  } finally {
    await emulator.close();
    await rm(seeds, { recursive: true, force: true });
  }
}
