import { describe, expect, it } from "vitest";
import type { Article } from "../../src/articles/types.js";
import { createManualClock } from "../../src/clock.js";
import { createSubscriptionRepository } from "../../src/digests/repository.js";
import { createDigestService } from "../../src/digests/service.js";
import type { Digest } from "../../src/digests/types.js";
import { isUserError } from "../../src/errors.js";
import { silentLogger } from "../../src/logger.js";
import { createProcessLockManager, type LockManager } from "../../src/store/lock.js";
import { createStore } from "../../src/store/store.js";
import type { Summarizer } from "../../src/summaries/types.js";
import { createCountingSummarizer, createMemoryPoster, makeArticle } from "./fixtures.js";

const START = Date.parse("2026-01-15T07:00:00Z");
const GUILD = "100000000000000001";
const CHANNEL = "200000000000000001";

/** Two articles per message. */
function renderPairs(digest: Digest): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < digest.entries.length; i += 2) {
    out.push({ ids: digest.entries.slice(i, i + 2).map((e) => e.articleId) });
  }
  return out;
}

/** A lock that is never held: what the delivery would be with BullMQ's job guarantees alone. */
const noLocks: LockManager = {
  kind: "process",
  async tryAcquire(key) {
    return { key, token: "none", extend: async () => true, release: async () => true };
  },
};

/**
 * A scheduled run (a digest job on one worker) still writing its summaries while a moderator's
 * `/digest send-now` runs in another process: the race the per-subscription lock closes. The
 * scheduled run's first summary waits until `send-now` has finished.
 */
async function raceSendNowWithScheduledRun(locks: LockManager) {
  const store = await createStore({ url: "memory://", logger: silentLogger });
  const repository = createSubscriptionRepository(store.namespace("digests"));
  const clock = createManualClock(START);
  const articles: Article[] = [];
  const poster = createMemoryPoster();
  const counting = createCountingSummarizer();
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let composing: () => void = () => {};
  const entered = new Promise<void>((resolve) => {
    composing = resolve;
  });
  let first = true;
  const slowFirst: Summarizer = {
    async summarize(article, options) {
      if (first) {
        first = false;
        composing();
        await held;
      }
      return await counting.summarize(article, options);
    },
  };
  // Two services on one repository: two processes (the worker's and the handler's).
  const build = (summarizer: Summarizer) =>
    createDigestService({
      repository,
      locks,
      corpus: {
        addedAfter: async () => articles,
        async *newest() {
          yield* articles;
        },
      },
      summarizer,
      pickQuote: () => null,
      render: renderPairs,
      poster,
      clock,
      logger: silentLogger,
      settleMs: 0,
    });
  const worker = build(slowFirst);
  const handler = build(counting);
  const subscription = await worker.subscribe({
    guildId: GUILD,
    channelId: CHANNEL,
    schedule: "daily 08:00",
    timezone: "UTC",
    createdBy: "300000000000000001",
  });
  clock.advance(10 * 60_000);
  for (const id of ["a", "b", "c"]) articles.push(makeArticle(id, clock.now()));
  clock.set(Date.parse("2026-01-15T08:00:00Z"));
  const scheduled = worker.runScheduled(subscription.id);
  await entered;
  const sendNow = await handler.sendNow(GUILD, subscription.id).then(
    (outcome) => outcome,
    (error: unknown) => error,
  );
  release();
  await scheduled;
  const posted = poster.posted.flatMap((m) => (m.payload as { ids: string[] }).ids);
  return { sendNow, posted };
}

describe("createDigestService: the per-subscription lock", () => {
  it("refuses a send-now while a scheduled run of the subscription is composing", async () => {
    const { sendNow, posted } = await raceSendNowWithScheduledRun(createProcessLockManager());
    expect(isUserError(sendNow)).toBe(true);
    expect((sendNow as Error).message).toContain("being delivered right now");
    expect(posted.sort()).toEqual(["a", "b", "c"]);
  });

  it("without it, the two runs build two digests and post every article twice", async () => {
    // Different digests carry different nonces: Discord's nonce check cannot catch this.
    const { sendNow, posted } = await raceSendNowWithScheduledRun(noLocks);
    expect(sendNow).toMatchObject({ status: "posted" });
    expect(posted.sort()).toEqual(["a", "a", "b", "b", "c", "c"]);
  });
});
