import { describe, expect, it, vi } from "vitest";
import { compareNewestFirst } from "../../src/articles/query.js";
import { createManualClock } from "../../src/clock.js";
import { createSubscriptionRepository } from "../../src/digests/repository.js";
import {
  createDigestJobHandler,
  createDigestScheduler,
  createJobDigestSchedules,
  DIGEST_QUEUE,
  type DigestJob,
  dueAt,
  dueSubscriptions,
} from "../../src/digests/scheduler.js";
import { createDigestService, type RunOutcome } from "../../src/digests/service.js";
import type { PendingDelivery, Subscription } from "../../src/digests/types.js";
import { AbortError } from "../../src/errors.js";
import { createInProcessJobs } from "../../src/jobs/in-process.js";
import { createMemoryLogger, silentLogger } from "../../src/logger.js";
import { createProcessLockManager } from "../../src/store/lock.js";
import { NAMESPACES } from "../../src/store/namespaces.js";
import { createStore } from "../../src/store/store.js";
import type { Summarizer } from "../../src/summaries/types.js";
import { createMemoryPoster, makeArticle } from "./fixtures.js";

function subscription(id: string, fields: Partial<Subscription> = {}): Subscription {
  return {
    id,
    guildId: "g",
    channelId: "c",
    schedule: { text: "daily 08:00", cron: "0 8 * * *", timezone: "UTC" },
    filters: { source: null, keywords: [] },
    length: "short",
    postEmpty: false,
    cursor: { addedAt: 0, id: "" },
    nextRunAt: 1000,
    lastRunAt: null,
    state: { status: "active" },
    pending: null,
    createdAt: 0,
    createdBy: "u",
    ...fields,
  };
}

const pending = (fields: Partial<PendingDelivery> = {}): PendingDelivery => ({
  id: "p",
  createdAt: 500,
  runAt: 500,
  from: { addedAt: 0, id: "" },
  to: { addedAt: 1, id: "a" },
  articleIds: ["a"],
  messages: [{ nonce: "n", payload: {}, messageId: null }],
  attempts: 0,
  retryAt: null,
  lastError: null,
  ...fields,
});

describe("dueAt", () => {
  it("is the next run time, the retry time of a digest in delivery, or null when paused", () => {
    expect(dueAt(subscription("a"))).toBe(1000);
    expect(dueAt(subscription("a", { pending: pending({ retryAt: 4000 }) }))).toBe(4000);
    expect(dueAt(subscription("a", { pending: pending() }))).toBe(500);
    expect(
      dueAt(subscription("a", { state: { status: "paused", reason: "x", since: 0, by: "user" } })),
    ).toBeNull();
  });
});

describe("dueSubscriptions", () => {
  it("returns the due subscriptions, earliest first", () => {
    const subs = [
      subscription("late", { nextRunAt: 3000 }),
      subscription("early", { nextRunAt: 1000 }),
      subscription("future", { nextRunAt: 9000 }),
      subscription("never", { nextRunAt: null }),
    ];
    expect(dueSubscriptions(subs, 5000).map((s) => s.id)).toEqual(["early", "late"]);
  });

  it("includes a subscription whose run time is exactly now", () => {
    expect(dueSubscriptions([subscription("a", { nextRunAt: 1000 })], 1000)).toHaveLength(1);
  });

  it("holds back a digest whose retry time has not come", () => {
    const subs = [subscription("a", { pending: pending({ retryAt: 6000 }) })];
    expect(dueSubscriptions(subs, 5000)).toEqual([]);
    expect(dueSubscriptions(subs, 6000)).toHaveLength(1);
  });
});

/** A service stand-in that records what the scheduler asks of it. */
function recordingService(outcome: RunOutcome = { status: "empty" }) {
  const runs: string[] = [];
  let dues = 0;
  return {
    runs,
    dues: () => dues,
    runScheduled: async (id: string) => {
      runs.push(id);
      return outcome;
    },
    runDue: async () => {
      dues += 1;
      return new Map<string, RunOutcome>();
    },
  };
}

async function schedulerWith(subscriptions: Subscription[], outcome?: RunOutcome) {
  const jobs = createInProcessJobs({ logger: silentLogger });
  const service = recordingService(outcome);
  const schedules = createJobDigestSchedules(jobs, { retryDelayMs: 10 });
  const scheduler = createDigestScheduler({
    service,
    repository: { all: async () => subscriptions },
    jobs,
    schedules,
    logger: silentLogger,
  });
  return { jobs, service, schedules, scheduler };
}

describe("createDigestScheduler", () => {
  it("schedules every active subscription at start and removes every other schedule", async () => {
    const paused = subscription("b", {
      state: { status: "paused", reason: "r", since: 0, by: "user" },
    });
    const { jobs, schedules, scheduler } = await schedulerWith([subscription("a"), paused]);
    await schedules.upsert(subscription("gone"));
    await scheduler.start();
    expect(await jobs.schedules(DIGEST_QUEUE)).toEqual(["a"]);
    await scheduler.stop();
    await jobs.close();
  });

  it("runs what is due once at start, for runs missed while every worker was down", async () => {
    const { jobs, service, scheduler } = await schedulerWith([]);
    await scheduler.start();
    expect(service.dues()).toBe(1);
    await scheduler.stop();
    await jobs.close();
  });

  it("delivers a digest job through the service, for the subscription it names", async () => {
    const { jobs, service, scheduler } = await schedulerWith([]);
    await scheduler.start();
    const ticket = await jobs.enqueue<DigestJob, RunOutcome>(DIGEST_QUEUE, { subscriptionId: "a" });
    expect(await ticket.result({ timeoutMs: 10_000 })).toEqual({ status: "empty" });
    expect(service.runs).toEqual(["a"]);
    await scheduler.stop();
    await jobs.close();
  });
});

describe("createDigestJobHandler", () => {
  const context = {
    id: "j",
    attempt: 1,
    signal: new AbortController().signal,
    progress: () => {},
  };

  it("throws for a delivery to retry, so the queue retries it with backoff", async () => {
    const service = recordingService({ status: "retry", error: "Discord failed", retryAt: 1 });
    const handler = createDigestJobHandler(service, new AbortController().signal);
    await expect(handler({ subscriptionId: "a" }, context)).rejects.toThrow(/retry/);
  });

  it("throws while another worker holds the subscription", async () => {
    const service = recordingService({ status: "busy" });
    const handler = createDigestJobHandler(service, new AbortController().signal);
    await expect(handler({ subscriptionId: "a" }, context)).rejects.toThrow(/elsewhere/);
  });

  it("returns a posted, empty or skipped run as the job's result", async () => {
    const service = recordingService({ status: "skipped", reason: "not due" });
    const handler = createDigestJobHandler(service, new AbortController().signal);
    expect(await handler({ subscriptionId: "a" }, context)).toEqual({
      status: "skipped",
      reason: "not due",
    });
  });
});

describe("createDigestScheduler stop()", () => {
  it("aborts the signal it handed to the catch-up pass", async () => {
    const signals: AbortSignal[] = [];
    const jobs = createInProcessJobs({ logger: silentLogger });
    const scheduler = createDigestScheduler({
      service: {
        runScheduled: async () => ({ status: "empty" }),
        runDue: (signal) => {
          if (signal) signals.push(signal);
          return new Promise((resolve) => {
            signal?.addEventListener("abort", () => resolve(new Map()), { once: true });
          });
        },
      },
      repository: { all: async () => [] },
      jobs,
      schedules: createJobDigestSchedules(jobs, { retryDelayMs: 10 }),
      logger: silentLogger,
    });
    const started = scheduler.start();
    await vi.waitFor(() => expect(signals).toHaveLength(1));
    expect(signals[0]?.aborted).toBe(false);
    await scheduler.stop();
    await started;
    expect(signals[0]?.aborted).toBe(true);
    await jobs.close();
  });

  it("cancels the summaries of a digest being composed and records nothing", async () => {
    const start = Date.parse("2026-01-15T07:00:00Z");
    const store = await createStore({ url: "memory://", logger: silentLogger });
    const repository = createSubscriptionRepository(store.namespace(NAMESPACES.digests));
    const clock = createManualClock(start);
    const poster = createMemoryPoster();
    const logger = createMemoryLogger();
    let summarizing = () => {};
    const summarizingStarted = new Promise<void>((resolve) => {
      summarizing = resolve;
    });
    // An LLM that never answers: only the abort ends the call.
    const summarizer: Summarizer = {
      summarize: (_article, options) =>
        new Promise((_resolve, reject) => {
          summarizing();
          options.signal?.addEventListener(
            "abort",
            () => reject(new AbortError("The summary was cancelled.")),
            { once: true },
          );
        }),
    };
    const articles = [makeArticle("late-news", start + 1_000)];
    const service = createDigestService({
      repository,
      locks: createProcessLockManager(clock.now),
      corpus: {
        addedAfter: async () => articles,
        async *newest() {
          yield* [...articles].sort(compareNewestFirst);
        },
      },
      summarizer,
      pickQuote: () => null,
      render: () => [{ text: "digest" }],
      poster,
      clock,
      logger,
      settleMs: 0,
    });
    const subscription = await service.subscribe({
      guildId: "g",
      channelId: "c",
      schedule: "daily 08:00",
      createdBy: "u",
    });
    clock.set(Date.parse("2026-01-15T08:00:00Z"));
    const jobs = createInProcessJobs({ logger: silentLogger });
    const scheduler = createDigestScheduler({
      service,
      repository,
      jobs,
      schedules: createJobDigestSchedules(jobs, { retryDelayMs: 10 }),
      logger,
    });
    const started = scheduler.start();
    await summarizingStarted;
    await scheduler.stop();
    await started;
    await jobs.close();
    expect(poster.posted).toEqual([]);
    expect(await repository.get(subscription.id)).toMatchObject({ pending: null, lastRunAt: null });
    expect(logger.records.some((r) => r.msg === "digest run cancelled")).toBe(true);
    expect(logger.records.filter((r) => r.level === "error")).toEqual([]);
    await store.close();
  });
});
