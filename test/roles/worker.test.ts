import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArticle } from "../../src/articles/article.js";
import type { Article } from "../../src/articles/types.js";
import { SUMMARY_REPLY_QUEUE, type SummaryReplyJob } from "../../src/discord/summary-jobs.js";
import type { JobsPort } from "../../src/jobs/ports.js";
import { silentLogger } from "../../src/logger.js";
import { createBullJobs } from "../../src/queue/bullmq.js";
import { type DiscordRecorder, startDiscordRecorder } from "../support/discord-recorder.js";
import {
  answerJson,
  type OpenAiTestServer,
  startOpenAiTestServer,
} from "../support/openai-server.js";
import { keepStarted, type NodeProcess, startNodeProcess } from "../support/processes.js";
import { REDIS_SERVER_BIN, type RedisServer, startRedis } from "../support/redis.js";

const APP_ID = "123456789012345678";

/** A snowflake made now: the interaction ids the reply jobs' deadlines are computed from. */
function interactionId(n: number): string {
  return String(((BigInt(Date.now()) - 1_420_070_400_000n) << 22n) + BigInt(n));
}

function article(topic: string, n: number): Article {
  return buildArticle({
    id: `${topic}-${n}`,
    date: "2026-11-30",
    url: `https://news.example.com/${topic}/${n}`,
    title: `The ${topic} story number ${n}`,
    paragraphs: [
      `The council of town ${n} met on Monday to discuss the ${topic} plan for the coming year.`,
      `Residents of town ${n} asked for more details about the ${topic} budget and its schedule.`,
    ],
    rawWordCount: 40,
    origin: "seed",
    addedAt: 0,
  });
}

async function eventually(
  check: () => boolean,
  explain: () => string,
  timeoutMs = 90_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`condition not reached in time: ${explain()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(!REDIS_SERVER_BIN)("startWorker (2 worker processes, needs redis-server)", () => {
  let redis: RedisServer;
  let llm: OpenAiTestServer;
  let discord: DiscordRecorder;
  let dir: string;
  let producer: JobsPort;
  const workers: NodeProcess[] = [];
  let env: Record<string, string>;

  beforeAll(async () => {
    [redis, llm, discord] = await Promise.all([
      startRedis(),
      startOpenAiTestServer(),
      startDiscordRecorder(),
    ]);
    dir = await mkdtemp(path.join(tmpdir(), "newsdesk-worker-"));
    env = {
      QUEUE_REDIS_URL: redis.url,
      KEYV_URL: redis.url,
      SEEDS_DIR: dir,
      DATA_DIR: dir,
      DISCORD_TOKEN: "test-token-for-the-worker-processes",
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: discord.apiUrl,
      OPENAI_BASE_URL: llm.baseURL,
      OPENAI_API_KEY: "test",
      OPENAI_MAX_RETRIES: "0",
      WORKER_CONCURRENCY: "4",
      QUEUE_LOCK_MS: "8000",
      QUEUE_STALLED_CHECK_MS: "4000",
    };
    producer = await createBullJobs({ url: redis.url, logger: silentLogger });
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await producer?.close();
    await Promise.all([redis?.stop(), llm?.close(), discord?.close()]);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Enqueues one reply job per (interaction, article), as the handler does after deferring. */
  async function ask(articles: Article[], perArticle: number, first: number) {
    const tokens = new Map<string, Article>();
    const enqueued: Promise<unknown>[] = [];
    for (let round = 0; round < perArticle; round++) {
      for (const [i, target] of articles.entries()) {
        const id = interactionId(first + round * articles.length + i);
        const token = `token-${id}`;
        tokens.set(token, target);
        const job: SummaryReplyJob = {
          applicationId: APP_ID,
          token,
          interactionId: id,
          article: target,
          url: null,
          length: "short",
          format: "paragraph",
          // A different person each: one person's cooldown would refuse their second LLM call.
          payer: { userId: `user-${id}`, guildId: null },
          requester: { userId: `user-${id}`, guildId: null },
        };
        enqueued.push(producer.enqueue(SUMMARY_REPLY_QUEUE, job, { id: `reply:${id}` }));
      }
    }
    await Promise.all(enqueued);
    return tokens;
  }

  /** The final edits each token received. */
  /** The answers each token received: edits with the finished summary (not the text so far). */
  function editsOf(token: string) {
    return discord.calls.filter(
      (c) =>
        c.method === "PATCH" &&
        c.path === `/webhooks/${APP_ID}/${token}/messages/@original` &&
        !footerOf(c)?.startsWith("Writing"),
    );
  }

  function footerOf(call: { body: Record<string, unknown> | null }): string | undefined {
    const embeds = call.body?.embeds as Array<{ footer?: { text?: string } }> | undefined;
    return embeds?.[0]?.footer?.text;
  }

  const explain = () =>
    `${llm.requests.length} LLM calls, ${discord.calls.length} Discord calls; worker output:\n${workers
      .map((w) => w.output().slice(-3000))
      .join("\n---\n")}`;

  function titleOf(call: { body: Record<string, unknown> | null }): unknown {
    const embeds = call.body?.embeds as Array<{ title?: string }> | undefined;
    return embeds?.[0]?.title;
  }

  it("answers 100 requests for 10 articles over 2 workers with 10 upstream calls, each once", async () => {
    llm.script(() => ({ content: answerJson({ summary: "The council met." }), delayMs: 1500 }));
    await keepStarted(
      [
        startNodeProcess("test/roles/worker-process.ts", env),
        startNodeProcess("test/roles/worker-process.ts", env),
      ],
      workers,
    );
    const articles = Array.from({ length: 10 }, (_, n) => article("bridge", n));
    const tokens = await ask(articles, 10, 0);
    expect(tokens.size).toBe(100);
    await eventually(() => [...tokens.keys()].every((token) => editsOf(token).length > 0), explain);
    expect(llm.requests).toHaveLength(10);
    for (const [token, target] of tokens) {
      const edits = editsOf(token);
      expect(edits).toHaveLength(1);
      expect(titleOf(edits[0]!)).toContain(target.title);
      expect(edits[0]!.body?.allowed_mentions).toEqual({ parse: [] });
    }
  }, 120_000);

  it("still answers every request exactly once when a worker is killed mid-LLM-call", async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    const before = llm.requests.length;
    // The first calls hang (the killed worker's); calls after the recovery answer quickly.
    llm.script((request) =>
      request.index < before + 4
        ? { content: answerJson({ summary: "The council met." }), delayMs: 60_000 }
        : { content: answerJson({ summary: "The council met." }), delayMs: 200 },
    );
    const doomed = await startNodeProcess("test/roles/worker-process.ts", env);
    const articles = Array.from({ length: 4 }, (_, n) => article("tunnel", n));
    const tokens = await ask(articles, 5, 1000);
    await eventually(
      () => llm.requests.length >= before + 4,
      () => doomed.output(),
    );
    workers.push(await startNodeProcess("test/roles/worker-process.ts", env));
    await doomed.kill();
    await eventually(() => [...tokens.keys()].every((token) => editsOf(token).length > 0), explain);
    for (const [token, target] of tokens) {
      const edits = editsOf(token);
      expect(edits).toHaveLength(1);
      expect(titleOf(edits[0]!), JSON.stringify(edits[0]!.body)).toContain(target.title);
    }
    // The recovered jobs called the LLM again (once per article; a job cancelled under load may
    // add a call, never an answer).
    expect(llm.requests.length - before).toBeGreaterThanOrEqual(8);
    expect(llm.requests.length - before).toBeLessThanOrEqual(12);
  }, 120_000);
});
