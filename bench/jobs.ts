/**
 * The job queue: enqueue→start latency of BullMQ on a real redis-server against the in-process
 * queue (the baseline, measured in the same run), and the throughput of trivial jobs through each.
 */
import { randomUUID } from "node:crypto";
import { createInProcessJobs } from "../src/jobs/in-process.js";
import type { JobsPort } from "../src/jobs/ports.js";
import { silentLogger } from "../src/logger.js";
import { createBullJobs } from "../src/queue/bullmq.js";
import { startRedis } from "../test/support/redis.js";
import type { BenchSection } from "./types.js";

const JOBS = 500;
const CONCURRENCY = 8;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

/** Enqueues JOBS jobs (a few at a time, as interactions arrive) and records enqueue→start. */
async function measure(jobs: JobsPort): Promise<{ p50: number; p99: number; perSecond: number }> {
  const latencies: number[] = [];
  await jobs.work<{ at: number }, void>(
    "bench",
    async ({ at }) => {
      latencies.push(performance.timeOrigin + performance.now() - at);
    },
    { concurrency: CONCURRENCY },
  );
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < JOBS) {
        next++;
        const ticket = await jobs.enqueue("bench", {
          at: performance.timeOrigin + performance.now(),
        });
        await ticket.result({ timeoutMs: 60_000 });
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    perSecond: JOBS / elapsed,
  };
}

export async function run(): Promise<BenchSection> {
  const local = createInProcessJobs({ logger: silentLogger });
  const baseline = await measure(local);
  await local.close();
  const redis = await startRedis();
  let bull: Awaited<ReturnType<typeof measure>>;
  try {
    const jobs = await createBullJobs({
      url: redis.url,
      logger: silentLogger,
      prefix: `bench${randomUUID().slice(0, 6)}`,
    });
    bull = await measure(jobs);
    await jobs.close();
  } finally {
    await redis.stop();
  }
  const ms = (v: number) => `${v.toFixed(2)} ms`;
  const ratio = (a: number, b: number) => {
    if (b <= 0) return "–";
    const r = a / b;
    return `${r >= 10 ? Math.round(r) : r.toPrecision(2)}×`;
  };
  return {
    title: "Job queue (BullMQ against in-process)",
    markdown: `${JOBS} trivial jobs, ${CONCURRENCY} enqueued at a time (each waits for its result), worker concurrency ${CONCURRENCY}; BullMQ on a local redis-server.

| figure | in-process (baseline) | BullMQ | ratio |
| --- | --- | --- | --- |
| enqueue→start p50 | ${ms(baseline.p50)} | ${ms(bull.p50)} | ${ratio(bull.p50, baseline.p50)} |
| enqueue→start p99 | ${ms(baseline.p99)} | ${ms(bull.p99)} | ${ratio(bull.p99, baseline.p99)} |
| jobs per second (enqueue to result) | ${baseline.perSecond.toFixed(0)} | ${bull.perSecond.toFixed(0)} | ${ratio(bull.perSecond, baseline.perSecond)} |

BullMQ's latency is a few Redis round trips (add, the worker's blocking move, the completion event);
against an LLM summary of seconds it is noise. \`/summarize\` end to end and digest delivery with 1
and 2 workers: the two sections below (\`npm run bench -- jobs-summarize jobs-digests\`).
`,
  };
}
