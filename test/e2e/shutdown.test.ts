import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createManualClock } from "../../src/clock.js";
import { shutdownDrainMs } from "../../src/discord/bot.js";
import { INTERACTION_BUDGET_MS } from "../../src/discord/summarize-flow.js";
import { makeArticle } from "../digests/fixtures.js";
import {
  answerJson,
  type OpenAiTestServer,
  startOpenAiTestServer,
} from "../support/openai-server.js";
import { type Harness, startHarness } from "./harness.js";

describe("stopping the app (what SIGINT/SIGTERM run)", () => {
  let h: Harness;
  let llm: OpenAiTestServer;

  beforeAll(async () => {
    llm = await startOpenAiTestServer({
      handler: () => ({ content: answerJson({ summary: "Finished in flight." }), delayMs: 1000 }),
    });
    h = await startHarness({ env: { OPENAI_BASE_URL: llm.baseURL, OPENAI_MODEL: "test-model" } });
  });
  afterAll(async () => {
    await h?.close();
    await llm?.close();
  });

  it("finishes the interactions in flight before it resolves", async () => {
    const run = await h.emulator.runCommand({
      name: "summarize",
      options: { url: h.fixtures.realId },
    });
    expect(await run.callback()).toMatchObject({ type: 5, ok: true });
    expect(h.app.dispatcher.inFlight).toBe(1);
    await h.app.stop();
    expect(h.app.dispatcher.inFlight).toBe(0);
    expect(run.original()?.embeds[0]?.footer?.text).toBe("Engine: LLM (test-model)");
    expect(run.original()?.embeds[0]?.description).toBe("Finished in flight.");
  });
});

describe("stopping the app while a digest is being written", () => {
  let h: Harness;
  let llm: OpenAiTestServer;
  const clock = createManualClock(Date.parse("2026-01-15T07:00:00Z"));

  beforeAll(async () => {
    // An LLM far slower than any test: only cancelling the call lets stop() finish in time.
    llm = await startOpenAiTestServer({
      handler: () => ({ content: answerJson({ summary: "Too late." }), delayMs: 60_000 }),
    });
    h = await startHarness({
      clock,
      env: {
        OPENAI_BASE_URL: llm.baseURL,
        OPENAI_MODEL: "test-model",
        DIGEST_TICK_MS: "3600000",
        DIGEST_SETTLE_MS: "1",
      },
    });
  });
  afterAll(async () => {
    await h?.close();
    await llm?.close();
  });

  it("cancels the digest's summary instead of waiting for it, and posts nothing", async () => {
    const subscription = await h.app.digests.service.subscribe({
      guildId: h.emulator.guildId,
      channelId: h.emulator.channelId("news-digest"),
      schedule: "daily 08:00",
      createdBy: "100000000000000001",
    });
    await h.app.deps.corpus.add(makeArticle("late-news", clock.now() + 1));
    clock.set(Date.parse("2026-01-15T08:00:00Z"));
    const tick = h.app.digests.scheduler.tick();
    await vi.waitFor(() => expect(llm.requests.length).toBeGreaterThan(0), { timeout: 5_000 });
    await h.app.stop();
    expect((await tick).get(subscription.id)).toEqual({ status: "skipped", reason: "cancelled" });
    expect(
      h.emulator.requests.filter((r) => r.method === "POST" && r.path.startsWith("/channels/")),
    ).toEqual([]);
    expect(h.logs.filter((r) => r.level === "error")).toEqual([]);
  });
});

describe("shutdownDrainMs", () => {
  it("waits for the longest summary (its deadline, within the interaction budget) plus a margin", () => {
    expect(shutdownDrainMs({ SUMMARY_DEADLINE_MS: 20_000 })).toBeGreaterThan(20_000);
    expect(shutdownDrainMs({ SUMMARY_DEADLINE_MS: 20_000 })).toBeLessThan(30_000);
    expect(shutdownDrainMs({ SUMMARY_DEADLINE_MS: 3_600_000 })).toBeLessThan(
      INTERACTION_BUDGET_MS + 60_000,
    );
    expect(shutdownDrainMs({ SUMMARY_DEADLINE_MS: 120_000 })).toBeGreaterThan(120_000);
  });
});

describe("stopping the app when a step fails", () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("logs the failure and still runs every later step", async () => {
    const client = h.app.bot.client;
    const destroy = client.destroy.bind(client);
    // The one failing step: the disconnect (the real one runs after the test).
    client.destroy = async () => {
      throw new Error("socket already gone");
    };
    try {
      await h.app.stop();
    } finally {
      client.destroy = destroy;
      await destroy();
    }
    const messages = h.logs.map((r) => r.msg);
    const failed = messages.indexOf("shutdown: could not disconnect from Discord");
    expect(failed).toBeGreaterThanOrEqual(0);
    expect(messages.indexOf("stopped")).toBeGreaterThan(failed);
  });
});
