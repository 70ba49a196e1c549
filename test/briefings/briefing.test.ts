import { describe, expect, it } from "vitest";
import {
  buildBriefing,
  compareStories,
  selectBriefingArticles,
} from "../../src/briefings/briefing.js";
import type { CitedSentence, StoryWriter, StoryWriterInput } from "../../src/briefings/types.js";
import { makeArticle, sampleArticles } from "./fixtures.js";

const since = Date.parse("2026-12-01T00:00:00Z");

function writer(answer: (input: StoryWriterInput) => CitedSentence[]): StoryWriter & {
  calls: StoryWriterInput[];
} {
  const calls: StoryWriterInput[] = [];
  return {
    model: "test-model",
    calls,
    async write(input) {
      calls.push(input);
      return answer(input);
    },
  };
}

describe("selectBriefingArticles", () => {
  it("keeps articles dated on or after the day of since, from the source asked", () => {
    const articles = [
      makeArticle("Old", ["x"], { date: "2026-11-30", id: "old" }),
      makeArticle("New", ["x"], { date: "2026-12-01", id: "new", source: "a.example" }),
      makeArticle("Other", ["x"], { date: "2026-12-02", id: "other", source: "b.example" }),
    ];
    expect(selectBriefingArticles(articles, { since }).selected.map((a) => a.id)).toEqual([
      "other",
      "new",
    ]);
    expect(
      selectBriefingArticles(articles, { since, source: "www.a.example" }).selected.map(
        (a) => a.id,
      ),
    ).toEqual(["new"]);
  });

  it("keeps only the feed asked for, by the feed id in the article id or its feedId", () => {
    const articles = [
      makeArticle("A", ["x"], { id: "feed-0123456789abcdef-00000000000000aa" }),
      makeArticle("B", ["x"], { id: "feed-fedcba9876543210-00000000000000bb" }),
      makeArticle("C", ["x"], { id: "c", feedId: "f0123456789abcdef" }),
      makeArticle("Seed", ["x"], { id: "seed" }),
    ];
    const ids = selectBriefingArticles(articles, { since, feedId: "f0123456789abcdef" })
      .selected.map((a) => a.id)
      .sort();
    expect(ids).toEqual(["c", "feed-0123456789abcdef-00000000000000aa"]);
  });

  it("keeps the newest articles up to the cap and counts the rest", () => {
    const result = selectBriefingArticles(sampleArticles(), { since, maxArticles: 5 });
    expect(result.selected).toHaveLength(5);
    expect(result.omitted).toBe(2);
  });
});

describe("compareStories", () => {
  it("puts stories covered by more outlets first, then bigger, then newer", () => {
    const base = { headline: "h", latest: "2026-12-01" };
    const sorted = [
      { ...base, outlets: 1, size: 1, headline: "small" },
      { ...base, outlets: 2, size: 2, headline: "two" },
      { ...base, outlets: 2, size: 3, headline: "three" },
      { ...base, outlets: 1, size: 1, latest: "2026-12-02", headline: "newer" },
    ].sort(compareStories);
    expect(sorted.map((s) => s.headline)).toEqual(["three", "two", "newer", "small"]);
  });
});

describe("buildBriefing", () => {
  it("groups the articles into stories, biggest first, with extractive summaries", async () => {
    const briefing = await buildBriefing(sampleArticles(), { since });
    expect(briefing.stories.map((s) => [s.size, s.outlets])).toEqual([
      [3, 3],
      [2, 2],
      [2, 2],
    ]);
    expect(briefing.engine).toBe("extractive");
    expect(briefing.llmConfigured).toBe(false);
    for (const story of briefing.stories) {
      expect(story.sentences.length).toBeGreaterThanOrEqual(2);
      for (const s of story.sentences) {
        expect(s.citations.every((n) => n >= 1 && n <= story.sources.length)).toBe(true);
      }
    }
  });

  it("keeps the writer's supported sentences and removes and counts the others", async () => {
    const llm = writer(() => [
      {
        text: "Heavy rain flooded Valencia on Monday and thousands left their homes.",
        citations: [1],
      },
      { text: "The mayor resigned over the response.", citations: [2] },
    ]);
    const briefing = await buildBriefing(sampleArticles(), { since, writer: llm, llmStories: 1 });
    const [first, second] = briefing.stories;
    expect(first!.engine).toBe("llm");
    expect(first!.sentences.map((s) => s.text)).toEqual([
      "Heavy rain flooded Valencia on Monday and thousands left their homes.",
    ]);
    expect(first!.sentences[0]!.citations.length).toBeGreaterThan(1);
    expect(first!.unsupportedRemoved).toBe(1);
    expect(second!.engine).toBe("extractive");
    expect(second!.fallback).toEqual({ kind: "llm-skipped", reason: "limit" });
    expect(briefing.engine).toBe("mixed");
    expect(llm.calls[0]!.sources).toHaveLength(3);
  });

  it("checks a translated sentence through its original and shows the translation", async () => {
    const llm = writer(() => [
      {
        text: "Starker Regen überflutete Valencia am Montag.",
        original: "Heavy rain flooded Valencia on Monday.",
        citations: [1],
      },
      { text: "Der Bürgermeister trat zurück.", original: "The mayor resigned.", citations: [1] },
    ]);
    const briefing = await buildBriefing(sampleArticles(), {
      since,
      writer: llm,
      llmStories: 1,
      language: "de",
    });
    expect(briefing.stories[0]!.sentences.map((s) => s.text)).toEqual([
      "Starker Regen überflutete Valencia am Montag.",
    ]);
    expect(briefing.stories[0]!.unsupportedRemoved).toBe(1);
    expect(llm.calls[0]!.language).toBe("de");
  });

  it("falls back to the extractive summary when no written sentence is supported", async () => {
    const llm = writer(() => [{ text: "Aliens landed in Valencia.", citations: [1] }]);
    const briefing = await buildBriefing(sampleArticles(), { since, writer: llm, llmStories: 1 });
    expect(briefing.stories[0]!.engine).toBe("extractive");
    expect(briefing.stories[0]!.fallback).toEqual({ kind: "llm-unsupported" });
  });

  it("falls back and reports the error when the writer fails", async () => {
    const errors: unknown[] = [];
    const failing: StoryWriter = {
      model: "m",
      write: async () => {
        throw new Error("upstream down");
      },
    };
    const briefing = await buildBriefing(sampleArticles(), {
      since,
      writer: failing,
      onWriterError: (e) => errors.push(e),
    });
    expect(briefing.stories.every((s) => s.fallback?.kind === "llm-failed")).toBe(true);
    expect(errors).toHaveLength(3);
  });

  it("says there is nothing when no article is recent enough", async () => {
    const briefing = await buildBriefing(sampleArticles(), { since: Date.parse("2027-01-01") });
    expect(briefing.stories).toEqual([]);
    expect(briefing.articleCount).toBe(0);
  });
});
