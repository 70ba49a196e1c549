import { describe, expect, it } from "vitest";
import { createBriefingService } from "../../src/briefings/service.js";
import type { StoryWriter } from "../../src/briefings/types.js";
import { createManualClock } from "../../src/clock.js";
import { sampleArticles } from "./fixtures.js";

const since = Date.parse("2026-12-01T00:00:00Z");

describe("createBriefingService", () => {
  const calls: number[] = [];
  const writer: StoryWriter = {
    model: "m",
    async write(input) {
      calls.push(input.sources.length);
      return [{ text: input.sources[0]!.text.split(/(?<=\.)\s+/)[0]!, citations: [1] }];
    },
  };

  it("asks the writer for at most llmStories stories", async () => {
    calls.length = 0;
    const service = createBriefingService({
      articles: () => sampleArticles(),
      writer,
      clock: createManualClock(since),
      llmStories: 2,
    });
    const briefing = await service.brief({ since, useLlm: true });
    expect(calls).toHaveLength(2);
    expect(briefing.stories.map((s) => s.engine)).toEqual(["llm", "llm", "extractive"]);
    expect(briefing.stories[2]!.fallback).toEqual({ kind: "llm-skipped", reason: "limit" });
    expect(service.llmModel).toBe("m");
  });

  it("writes every story extractively when the LLM may not be used, and says why", async () => {
    calls.length = 0;
    const service = createBriefingService({
      articles: async () => sampleArticles(),
      writer,
      clock: createManualClock(since),
    });
    const briefing = await service.brief({ since, useLlm: false });
    expect(calls).toHaveLength(0);
    expect(briefing.stories.every((s) => s.fallback?.kind === "llm-skipped")).toBe(true);
    expect(briefing.stories[0]!.fallback).toEqual({ kind: "llm-skipped", reason: "budget" });
  });
});

describe("briefArticles", () => {
  it("groups the articles given, whatever their dates", async () => {
    const service = createBriefingService({
      articles: () => [],
      writer: null,
      clock: createManualClock(since),
    });
    const old = sampleArticles().map((a) => ({ ...a, date: "2001-01-01" }));
    const briefing = await service.briefArticles(old, { useLlm: false });
    expect(briefing.stories.map((s) => s.size)).toEqual([3, 2, 2]);
  });
});
