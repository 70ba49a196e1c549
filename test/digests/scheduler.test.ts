import { afterEach, describe, expect, it, vi } from "vitest";
import { createManualClock } from "../../src/clock.js";
import { createSubscriptionRepository } from "../../src/digests/repository.js";
import { createDigestScheduler, dueAt, dueSubscriptions } from "../../src/digests/scheduler.js";
import { createDigestService, type RunOutcome } from "../../src/digests/service.js";
import type { PendingDelivery, Subscription } from "../../src/digests/types.js";
import { AbortError } from "../../src/errors.js";
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

describe("createDigestScheduler", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("ticks at once on start, then every tickMs, and never after stop", async () => {
    vi.useFakeTimers();
    let runs = 0;
    const scheduler = createDigestScheduler({
      service: {
        runDue: async () => {
          runs += 1;
          return new Map<string, RunOutcome>();
        },
      },
      logger: createMemoryLogger(),
      tickMs: 1000,
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(2500);
    expect(runs).toBe(3);
    await scheduler.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toBe(3);
  });

  it("does not overlap ticks: the next is timed from the end of a slow one", async () => {
    vi.useFakeTimers();
    const starts: number[] = [];
    const scheduler = createDigestScheduler({
      service: {
        runDue: async () => {
          starts.push(Date.now());
          await new Promise((resolve) => setTimeout(resolve, 1500));
          return new Map<string, RunOutcome>();
        },
      },
      logger: createMemoryLogger(),
      tickMs: 1000,
    });
    const t0 = Date.now();
    scheduler.start();
    await vi.advanceTimersByTimeAsync(6000);
    const stopped = scheduler.stop(); // waits for the tick in flight (started at 5000)
    await vi.advanceTimersByTimeAsync(1000);
    await stopped;
    expect(starts.map((s) => s - t0)).toEqual([0, 2500, 5000]);
  });

  it("logs a failed tick and keeps ticking", async () => {
    vi.useFakeTimers();
    const logger = createMemoryLogger();
    let runs = 0;
    const scheduler = createDigestScheduler({
      service: {
        runDue: async () => {
          runs += 1;
          throw new Error("store down");
        },
      },
      logger,
      tickMs: 1000,
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(1000);
    await scheduler.stop();
    expect(runs).toBe(2);
    expect(logger.records.filter((r) => r.msg === "digest tick failed")).toHaveLength(2);
  });
});

describe("createDigestScheduler stop()", () => {
  it("aborts the signal it handed to runDue", async () => {
    const signals: AbortSignal[] = [];
    let release = () => {};
    const scheduler = createDigestScheduler({
      service: {
        runDue: (signal) => {
          if (signal) signals.push(signal);
          return new Promise((resolve) => {
            release = () => resolve(new Map());
            signal?.addEventListener("abort", () => release(), { once: true });
          });
        },
      },
      logger: silentLogger,
      tickMs: 3_600_000,
    });
    scheduler.start();
    expect(signals).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(false);
    await scheduler.stop();
    expect(signals[0]?.aborted).toBe(true);
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
      corpus: { addedAfter: async () => articles, all: async () => articles },
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
    const scheduler = createDigestScheduler({ service, logger, tickMs: 3_600_000 });
    scheduler.start();
    await summarizingStarted;
    await scheduler.stop();
    expect(poster.posted).toEqual([]);
    expect(await repository.get(subscription.id)).toMatchObject({ pending: null, lastRunAt: null });
    expect(logger.records.some((r) => r.msg === "digest run cancelled")).toBe(true);
    expect(logger.records.filter((r) => r.level === "error")).toEqual([]);
    await store.close();
  });
});
