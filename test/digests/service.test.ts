import { describe, expect, it } from "vitest";
import { compareNewestFirst } from "../../src/articles/query.js";
import type { Article } from "../../src/articles/types.js";
import { createManualClock } from "../../src/clock.js";
import { DeliveryError } from "../../src/digests/ports.js";
import {
  createSubscriptionRepository,
  type SubscriptionRepository,
} from "../../src/digests/repository.js";
import { createDigestService, type DigestServiceDeps } from "../../src/digests/service.js";
import type { Digest } from "../../src/digests/types.js";
import { isUserError } from "../../src/errors.js";
import { silentLogger } from "../../src/logger.js";
import { createProcessLockManager } from "../../src/store/lock.js";
import { createStore } from "../../src/store/store.js";
import { createExtractiveSummarizer } from "../../src/summaries/extractive.js";
import { createSummaryService } from "../../src/summaries/service.js";
import { createCountingSummarizer, createMemoryPoster, makeArticle } from "./fixtures.js";

const START = Date.parse("2026-01-15T07:00:00Z");
const HOUR = 3600_000;
const GUILD = "100000000000000001";
const CHANNEL = "200000000000000001";

/** Two articles per message, so that three articles make a two-message digest. */
function renderPairs(digest: Digest): unknown[] {
  if (digest.entries.length === 0) return [{ text: "nothing new" }];
  const out: unknown[] = [];
  for (let i = 0; i < digest.entries.length; i += 2) {
    out.push({ ids: digest.entries.slice(i, i + 2).map((e) => e.articleId) });
  }
  return out;
}

async function setUp(overrides: Partial<DigestServiceDeps> = {}) {
  const store = await createStore({ url: "memory://", logger: silentLogger });
  const repository = createSubscriptionRepository(store.namespace("digests"));
  const clock = createManualClock(START);
  const articles: Article[] = [];
  const poster = createMemoryPoster();
  const summarizer = createCountingSummarizer();
  const locks = createProcessLockManager(clock.now);
  const build = (extra: Partial<DigestServiceDeps> = {}) =>
    createDigestService({
      repository,
      locks,
      corpus: {
        addedAfter: async () => articles,
        async *newest() {
          yield* [...articles].sort(compareNewestFirst);
        },
      },
      summarizer,
      pickQuote: () => null,
      render: renderPairs,
      poster,
      clock,
      logger: silentLogger,
      settleMs: 0,
      ...overrides,
      ...extra,
    });
  const service = build();
  const add = (id: string, at = clock.now()) => {
    articles.push(makeArticle(id, at));
  };
  const postedIds = (channelId = CHANNEL) =>
    poster.inChannel(channelId).flatMap((m) => (m.payload as { ids?: string[] }).ids ?? []);
  return {
    store,
    repository,
    clock,
    articles,
    poster,
    summarizer,
    locks,
    service,
    build,
    add,
    postedIds,
  };
}

async function subscribeDaily(service: ReturnType<typeof createDigestService>, extra = {}) {
  return await service.subscribe({
    guildId: GUILD,
    channelId: CHANNEL,
    schedule: "daily 08:00",
    timezone: "UTC",
    createdBy: "300000000000000001",
    ...extra,
  });
}

/** Makes the repository fail (like a killed process) on the nth save from now. */
function crashOnSave(repository: SubscriptionRepository, nth: number): SubscriptionRepository {
  let saves = 0;
  return {
    ...repository,
    async save(subscription) {
      saves += 1;
      if (saves === nth) throw new Error("process killed");
      await repository.save(subscription);
    },
  };
}

describe("createDigestService", () => {
  it("starts a new subscription at the moment of subscribing: no backlog", async () => {
    const t = await setUp();
    t.add("old-1");
    t.add("old-2");
    const subscription = await subscribeDaily(t.service);
    expect(subscription.nextRunAt).toBe(Date.parse("2026-01-15T08:00:00Z"));
    t.clock.advance(2 * HOUR);
    expect((await t.service.runDue()).get(subscription.id)).toEqual({ status: "empty" });
    expect(t.poster.posted).toHaveLength(0);
  });

  it("posts the articles added since the cursor once, at the scheduled time", async () => {
    const t = await setUp();
    const subscription = await subscribeDaily(t.service);
    t.clock.advance(10 * 60_000);
    t.add("a");
    t.clock.advance(10 * 60_000);
    t.add("b");
    expect((await t.service.runDue()).size).toBe(0); // 07:20: not due yet
    t.clock.set(Date.parse("2026-01-15T08:00:00Z"));
    const outcome = (await t.service.runDue()).get(subscription.id);
    expect(outcome).toMatchObject({ status: "posted", articleIds: ["a", "b"] });
    expect((await t.service.runDue()).size).toBe(0);
    expect(t.postedIds()).toEqual(["a", "b"]);
    const saved = await t.repository.get(subscription.id);
    expect(saved?.cursor).toMatchObject({ id: "b" });
    expect(saved?.lastRunAt).toBe(Date.parse("2026-01-15T08:00:00Z"));
    expect(saved?.nextRunAt).toBe(Date.parse("2026-01-16T08:00:00Z"));
  });

  it("makes up runs missed while down once, not once per missed day", async () => {
    const t = await setUp();
    const subscription = await subscribeDaily(t.service);
    t.clock.advance(HOUR / 2);
    t.add("a");
    t.clock.set(Date.parse("2026-01-18T12:00:00Z")); // three runs missed
    const first = await t.service.runDue();
    const second = await t.service.runDue();
    expect(first.get(subscription.id)).toMatchObject({ status: "posted" });
    expect(second.size).toBe(0);
    expect(t.poster.posted).toHaveLength(1);
    expect((await t.repository.get(subscription.id))?.nextRunAt).toBe(
      Date.parse("2026-01-19T08:00:00Z"),
    );
  });

  it("posts nothing for an empty period, or one short line when asked to", async () => {
    const t = await setUp();
    const quiet = await subscribeDaily(t.service);
    const chatty = await subscribeDaily(t.service, {
      channelId: "200000000000000002",
      postEmpty: true,
    });
    t.clock.advance(2 * HOUR);
    const outcomes = await t.service.runDue();
    expect(outcomes.get(quiet.id)).toEqual({ status: "empty" });
    expect(outcomes.get(chatty.id)).toMatchObject({ status: "posted", articleIds: [] });
    expect(t.poster.posted.map((m) => m.channelId)).toEqual(["200000000000000002"]);
  });

  it("summarizes each article once for all channels through the summary service", async () => {
    const t = await setUp();
    const summaries = createSummaryService({
      llm: null,
      extractive: t.summarizer,
      cache: t.store.namespace("summaries"),
      logger: silentLogger,
    });
    const service = t.build({ summarizer: summaries });
    for (let i = 0; i < 5; i++)
      await subscribeDaily(service, { channelId: `20000000000000010${i}` });
    t.clock.advance(HOUR / 2);
    t.add("a");
    t.add("b");
    t.clock.advance(HOUR);
    await service.runDue();
    expect(t.poster.posted).toHaveLength(5);
    expect(Object.fromEntries(t.summarizer.calls)).toEqual({ a: 1, b: 1 });
  });

  it("uses the extractive summarizer's real output in the digest", async () => {
    const t = await setUp();
    let composed: Digest | undefined;
    const service = t.build({
      summarizer: createExtractiveSummarizer(),
      render: (digest) => {
        composed = digest;
        return renderPairs(digest);
      },
    });
    await subscribeDaily(service);
    t.clock.advance(HOUR / 2);
    t.articles.push(
      makeArticle("x", t.clock.now(), {
        paragraphs: ["The council approved the budget on Monday after a long debate."],
      }),
    );
    t.clock.advance(HOUR);
    await service.runDue();
    expect(composed?.entries[0]?.summary).toContain("council approved the budget");
  });

  it("resumes a partly sent digest after a crash without repeating a message", async () => {
    const t = await setUp();
    const subscription = await subscribeDaily(t.service);
    t.clock.advance(HOUR / 2);
    for (const id of ["a", "b", "c"]) t.add(id);
    t.clock.advance(HOUR);
    // Saves: 1 records the digest, 2 notes message 1, 3 would note message 2: "killed" there,
    // after Discord accepted message 2 but before its id was stored.
    const crashing = t.build({ repository: crashOnSave(t.repository, 3) });
    const outcomes = await crashing.runDue();
    // The simulated crash surfaces as a failed run of this subscription, not as a thrown error.
    expect(outcomes.get(subscription.id)).toEqual({ status: "skipped", reason: "error" });
    expect(t.postedIds()).toEqual(["a", "b", "c"]);
    expect((await t.repository.get(subscription.id))?.pending?.messages[1]?.messageId).toBeNull();
    // A new articles arrives meanwhile: it belongs to the next digest, not this one.
    t.add("d");
    const restarted = t.build();
    const outcome = (await restarted.runDue()).get(subscription.id);
    expect(outcome).toMatchObject({ status: "posted", articleIds: ["a", "b", "c"] });
    expect(t.postedIds()).toEqual(["a", "b", "c"]); // message 2 deduped on its nonce
    expect(t.poster.posted).toHaveLength(2);
    t.clock.set(Date.parse("2026-01-16T08:00:00Z"));
    await restarted.runDue();
    expect(t.postedIds()).toEqual(["a", "b", "c", "d"]);
  });

  it("never sends a recorded message again once its id is stored, even past the nonce window", async () => {
    const t = await setUp();
    const subscription = await subscribeDaily(t.service);
    t.clock.advance(HOUR / 2);
    for (const id of ["a", "b", "c"]) t.add(id);
    t.clock.advance(HOUR);
    // Killed after message 1 was recorded, before message 2 was sent.
    await t.build({ repository: crashOnSave(t.repository, 3) }).runDue();
    t.poster.posted.splice(1); // Drop message 2 and forget its nonce, as Discord does after minutes.
    t.clock.advance(HOUR);
    await t.build().runDue();
    expect(t.postedIds()).toEqual(["a", "b", "c"]);
    expect((await t.repository.get(subscription.id))?.pending).toBeNull();
  });

  it("pauses on a 403 with the reason, and resumes where it stopped", async () => {
    const t = await setUp();
    const subscription = await subscribeDaily(t.service);
    t.clock.advance(HOUR / 2);
    for (const id of ["a", "b", "c"]) t.add(id);
    t.clock.advance(HOUR);
    t.poster.onPosted(() => {
      t.poster.onPosted(null);
      t.poster.failNext(() => {
        throw new DeliveryError("forbidden", "Missing Permissions", 403);
      });
    });
    const outcome = (await t.service.runDue()).get(subscription.id);
    expect(outcome).toMatchObject({ status: "paused" });
    const [listed] = await t.service.list(GUILD);
    expect(listed?.state).toMatchObject({ status: "paused", by: "delivery" });
    expect(listed?.state.status === "paused" && listed.state.reason).toContain("permission");
    expect((await t.service.runDue()).size).toBe(0);
    await t.service.resume(GUILD, subscription.id);
    await t.service.runDue();
    expect(t.postedIds()).toEqual(["a", "b", "c"]);
  });

  it("pauses on a 404 saying the channel is gone", async () => {
    const t = await setUp();
    const subscription = await subscribeDaily(t.service);
    t.clock.advance(HOUR / 2);
    t.add("a");
    t.clock.advance(HOUR);
    t.poster.failNext(() => {
      throw new DeliveryError("not-found", "Unknown Channel", 404);
    });
    expect((await t.service.runDue()).get(subscription.id)).toMatchObject({
      status: "paused",
      reason: expect.stringContaining("deleted"),
    });
  });

  it("retries a transient failure on a later tick, not before its retry time", async () => {
    const t = await setUp({ retryDelayMs: 60_000 });
    const subscription = await subscribeDaily(t.service);
    t.clock.advance(HOUR / 2);
    t.add("a");
    t.clock.advance(HOUR);
    t.poster.failNext(() => {
      throw new DeliveryError("transient", "Discord 500", 500);
    });
    expect((await t.service.runDue()).get(subscription.id)).toMatchObject({ status: "retry" });
    t.clock.advance(30_000);
    expect((await t.service.runDue()).size).toBe(0);
    t.clock.advance(30_000);
    expect((await t.service.runDue()).get(subscription.id)).toMatchObject({ status: "posted" });
    expect(t.postedIds()).toEqual(["a"]);
  });

  it("lets one of two instances deliver a due digest when they race", async () => {
    const t = await setUp();
    const subscription = await subscribeDaily(t.service);
    t.clock.advance(HOUR / 2);
    t.add("a");
    t.clock.advance(HOUR);
    const other = t.build();
    const [one, two] = await Promise.all([t.service.runDue(), other.runDue()]);
    const statuses = [one.get(subscription.id)?.status, two.get(subscription.id)?.status].sort();
    expect(statuses).toEqual(["busy", "posted"]);
    expect(t.poster.posted).toHaveLength(1);
  });

  it("sends now and advances the schedule as a run would", async () => {
    const t = await setUp();
    const subscription = await subscribeDaily(t.service);
    t.clock.advance(10 * 60_000);
    t.add("a");
    const outcome = await t.service.sendNow(GUILD, subscription.id);
    expect(outcome).toMatchObject({ status: "posted", articleIds: ["a"] });
    const saved = await t.repository.get(subscription.id);
    expect(saved?.lastRunAt).toBe(t.clock.now());
    expect(saved?.cursor.id).toBe("a");
    t.clock.set(Date.parse("2026-01-15T08:00:00Z"));
    expect((await t.service.runDue()).get(subscription.id)).toEqual({ status: "empty" });
    expect(t.postedIds()).toEqual(["a"]);
  });

  it("previews the next digest without posting or moving anything", async () => {
    const t = await setUp();
    const subscription = await subscribeDaily(t.service);
    t.clock.advance(10 * 60_000);
    t.add("a");
    const before = await t.repository.get(subscription.id);
    const preview = await t.service.preview(GUILD, subscription.id);
    expect(preview.payloads).toEqual([{ ids: ["a"] }]);
    expect(t.poster.posted).toHaveLength(0);
    expect(await t.repository.get(subscription.id)).toEqual(before);
  });

  it("previews the latest few articles as a sample when nothing is new", async () => {
    const rendered: Digest[] = [];
    const t = await setUp({
      render: (digest) => {
        rendered.push(digest);
        return renderPairs(digest);
      },
    });
    for (const id of ["a", "b", "c", "d"]) t.add(id, t.clock.now() - 60_000);
    const subscription = await subscribeDaily(t.service);
    const before = await t.repository.get(subscription.id);
    const preview = await t.service.preview(GUILD, subscription.id);
    expect(rendered.at(-1)?.sample).toBe(true);
    expect(preview.payloads).toEqual([{ ids: ["b", "c"] }, { ids: ["d"] }]);
    expect(t.poster.posted).toHaveLength(0);
    expect(await t.repository.get(subscription.id)).toEqual(before);
  });

  it("previews an empty digest when no article passes the filters", async () => {
    const t = await setUp();
    t.add("a", t.clock.now() - 60_000);
    const subscription = await subscribeDaily(t.service, { source: "elsewhere.example" });
    const preview = await t.service.preview(GUILD, subscription.id);
    expect(preview.digest?.sample).toBeUndefined();
    expect(preview.payloads).toEqual([{ text: "nothing new" }]);
  });

  it("stops posting once unsubscribed", async () => {
    const t = await setUp();
    const subscription = await subscribeDaily(t.service);
    await t.service.unsubscribe(GUILD, subscription.id);
    t.clock.advance(HOUR / 2);
    t.add("a");
    t.clock.advance(HOUR);
    expect((await t.service.runDue()).size).toBe(0);
    expect(await t.service.list(GUILD)).toEqual([]);
  });

  it("does not run paused subscriptions, and refuses to send them now", async () => {
    const t = await setUp();
    const subscription = await subscribeDaily(t.service);
    await t.service.pause(GUILD, subscription.id);
    t.clock.advance(2 * HOUR);
    expect((await t.service.runDue()).size).toBe(0);
    await expect(t.service.sendNow(GUILD, subscription.id)).rejects.toThrow(/paused/);
  });

  it("hides other servers' subscriptions", async () => {
    const t = await setUp();
    const subscription = await subscribeDaily(t.service);
    const error = await t.service
      .find("100000000000000009", subscription.id)
      .catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect(await t.service.list("100000000000000009")).toEqual([]);
  });

  it("leaves articles younger than the settle time for the next digest", async () => {
    const t = await setUp({ settleMs: 5_000 });
    const subscription = await subscribeDaily(t.service);
    t.clock.set(Date.parse("2026-01-15T08:00:00Z") - 10_000);
    t.add("settled");
    t.clock.advance(8_000);
    t.add("fresh"); // 2 s old at 08:00
    t.clock.set(Date.parse("2026-01-15T08:00:00Z"));
    expect((await t.service.runDue()).get(subscription.id)).toMatchObject({
      articleIds: ["settled"],
    });
    t.clock.set(Date.parse("2026-01-16T08:00:00Z"));
    expect((await t.service.runDue()).get(subscription.id)).toMatchObject({
      articleIds: ["fresh"],
    });
  });

  it("offers this server's subscriptions for autocomplete, filtered by what was typed", async () => {
    const t = await setUp();
    const news = await subscribeDaily(t.service);
    await subscribeDaily(t.service, {
      channelId: "200000000000000002",
      schedule: "weekly fri 17:00",
    });
    const names = (id: string) => (id === CHANNEL ? "news" : "sports");
    const choices = await t.service.suggest(GUILD, "NEWS", names);
    expect(choices).toEqual([{ name: `#news · daily 08:00 (UTC) · ${news.id}`, value: news.id }]);
  });
});
