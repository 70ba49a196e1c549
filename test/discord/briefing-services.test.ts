import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article } from "../../src/articles/types.js";
import { createManualClock } from "../../src/clock.js";
import { parseConfig } from "../../src/config.js";
import { createBriefingServices } from "../../src/discord/briefing-services.js";
import { createLlmLimits } from "../../src/discord/llm-limits.js";
import { silentLogger } from "../../src/logger.js";
import { createMemoryQuotaStore } from "../../src/store/quota.js";
import { createStore, type Store } from "../../src/store/store.js";
import { sampleArticles } from "../briefings/fixtures.js";
import { type OpenAiTestServer, startOpenAiTestServer } from "../support/openai-server.js";

const T0 = 1_700_000_000_000;

let server: OpenAiTestServer;
let store: Store;
beforeAll(async () => {
  server = await startOpenAiTestServer();
  // The first source's first sentence: supported, so the story is the LLM's.
  server.script(() => ({
    content: JSON.stringify({
      sentences: [
        {
          text: "Heavy rain caused flooding across Valencia on Monday, forcing thousands of residents from their homes.",
          sources: [1],
        },
      ],
    }),
  }));
  store = await createStore({ url: "memory://", logger: silentLogger });
});
afterAll(async () => {
  await store.close();
  await server.close();
});

function articles(): Article[] {
  return sampleArticles().map((a) => ({
    ...a,
    text: a.paragraphs.join("\n\n"),
    wordCount: 0,
    rawWordCount: 0,
    origin: "seed",
  }));
}

describe("createBriefingServices", () => {
  it("charges each LLM-written digest to its server's budget, extractive once it is spent", async () => {
    const config = parseConfig({
      OPENAI_BASE_URL: server.baseURL,
      OPENAI_API_KEY: "k",
      OPENAI_MAX_RETRIES: "0",
      LLM_GUILD_HOURLY_BUDGET: "5",
    });
    const clock = createManualClock(T0);
    const llmLimits = createLlmLimits({
      quota: createMemoryQuotaStore(),
      clock,
      cooldownSeconds: 30,
      guildHourlyBudget: 5,
      userHourlyShare: 1,
    });
    const services = createBriefingServices(config, {
      store,
      corpus: { list: async () => [], get: async () => undefined, latest: async () => undefined },
      clock,
      logger: silentLogger,
      llmLimits,
    });
    // The server's own budget (/settings) is 1 call an hour: the first digest spends it.
    await services.settings.update("g1", { llmBudget: 1 });
    const first = await services.briefer(articles(), { guildId: "g1" });
    expect(first.some((s) => s.engine === "llm")).toBe(true);
    const calls = server.requests.length;
    const second = await services.briefer(articles(), { guildId: "g1" });
    expect(second.every((s) => s.engine === "extractive")).toBe(true);
    expect(second[0]!.fallback).toEqual({ kind: "llm-skipped", reason: "budget" });
    expect(server.requests.length).toBe(calls);
    // Another server has its own budget; no user cooldown applies to digests.
    const other = await services.briefer(articles(), { guildId: "g2" });
    expect(other.some((s) => s.engine === "llm")).toBe(true);
  });
});
