import { describe, expect, it } from "vitest";
import { buildBriefing } from "../../src/briefings/briefing.js";
import type { Briefing, Story } from "../../src/briefings/types.js";
import { renderBriefing, renderStory } from "../../src/discord/briefing-render.js";
import { translator } from "../../src/i18n/t.js";
import { sampleArticles } from "../briefings/fixtures.js";

const since = Date.parse("2026-12-01T00:00:00Z");
const en = translator("en-US");

function story(overrides: Partial<Story> = {}): Story {
  return {
    headline: "Floods *hit* Valencia @everyone",
    sentences: [
      { text: "Heavy rain flooded Valencia.", citations: [1, 2] },
      { text: "Schools closed.", citations: [2] },
    ],
    sources: [
      {
        number: 1,
        articleId: "a",
        title: "Floods [live]",
        url: "https://a.example/x_(1)",
        source: "a.example",
        date: "2026-12-01",
      },
      {
        number: 2,
        articleId: "b",
        title: "Rain",
        url: "javascript:alert(1)",
        source: "b.example",
        date: "2026-11-30",
      },
    ],
    size: 2,
    outlets: 2,
    latest: "2026-12-01",
    engine: "extractive",
    unsupportedRemoved: 0,
    fallback: null,
    ...overrides,
  };
}

describe("renderStory", () => {
  it("shows the headline escaped, sentences with citations and the sources as numbered links", () => {
    const embed = renderStory(story(), en, { llmStories: 5 });
    expect(embed.title).toBe("Floods \\*hit\\* Valencia @\u200beveryone");
    expect(embed.url).toBe("https://a.example/x_%281%29");
    expect(embed.description).toContain("Heavy rain flooded Valencia. \\[1\\]\\[2\\]");
    expect(embed.description).toContain(
      "\\[1\\] [Floods \\[live\\]](https://a.example/x_%281%29) · a.example",
    );
    expect(embed.description).toContain("\\[2\\] Rain · b.example");
    expect(embed.footer?.text).toBe("2 articles · 2 sources · latest 2026-12-01");
  });

  it("notes removed sentences and fallbacks", () => {
    const embed = renderStory(
      story({ unsupportedRemoved: 2, fallback: { kind: "llm-unsupported" } }),
      en,
      {
        llmStories: 5,
      },
    );
    expect(embed.description).toContain("-# Sentences removed as not supported by the sources: 2");
    expect(embed.description).toContain("-# No AI sentence was supported");
  });
});

describe("renderBriefing", () => {
  it("renders one embed per story under a header that says which engine answered", async () => {
    const briefing = await buildBriefing(sampleArticles(), { since });
    const [message, ...rest] = renderBriefing(briefing, {
      t: en,
      model: null,
      llmStories: 5,
      now: since,
    });
    expect(rest).toEqual([]);
    expect(message!.embeds).toHaveLength(3);
    expect(message!.content).toContain("3 stories from 7 articles");
    expect(message!.content).toContain("no AI is configured");
    expect(message!.allowedMentions).toEqual({ parse: [] });
  });

  it("answers in the reader's language", async () => {
    const briefing = await buildBriefing(sampleArticles(), { since });
    const [message] = renderBriefing(briefing, {
      t: translator("de"),
      model: null,
      llmStories: 5,
      now: since,
    });
    expect(message!.content).toContain("3 Themen aus 7 Artikeln");
    expect(message!.embeds[0]!.description).toContain("**Quellen**");
  });

  it("says so in one line when there is no story", () => {
    const empty: Briefing = {
      since,
      articleCount: 0,
      omitted: 0,
      stories: [],
      totalStories: 0,
      newestDate: null,
      engine: "extractive",
      llmConfigured: false,
    };
    const messages = renderBriefing(empty, {
      t: en,
      model: null,
      llmStories: 5,
      now: since,
      source: "a.example",
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.content).toBe(`📰 No articles from a.example since <t:${since / 1000}:f>.`);
  });

  it("suggests a longer window when every article is older than the one asked", () => {
    const empty: Briefing = {
      since,
      articleCount: 0,
      omitted: 0,
      stories: [],
      totalStories: 0,
      newestDate: "2026-11-25",
      engine: "extractive",
      llmConfigured: false,
    };
    const [message] = renderBriefing(empty, {
      t: en,
      model: null,
      llmStories: 5,
      now: since + 3_600_000,
    });
    expect(message!.content).toContain("The newest article is dated 2026-11-25: try `since:7d`.");
  });

  it("keeps every message within Discord's limits for many long stories", () => {
    const long = "A very long sentence about the flooding in the region. ".repeat(40);
    const stories = Array.from({ length: 12 }, (_, i) =>
      story({
        headline: `Story ${i} ${"x".repeat(300)}`,
        sentences: [{ text: long, citations: [1] }],
      }),
    );
    const briefing: Briefing = {
      since,
      articleCount: 24,
      omitted: 0,
      stories,
      totalStories: 14,
      newestDate: "2026-12-01",
      engine: "extractive",
      llmConfigured: false,
    };
    const messages = renderBriefing(briefing, { t: en, model: null, llmStories: 5, now: since });
    expect(messages.flatMap((m) => m.embeds)).toHaveLength(12);
    expect(messages[0]!.content).toContain("The 12 biggest of 14 stories are shown.");
    for (const m of messages) {
      expect(m.embeds.length).toBeLessThanOrEqual(10);
      const size = m.embeds.reduce(
        (sum, e) =>
          sum +
          (e.title?.length ?? 0) +
          (e.description?.length ?? 0) +
          (e.footer?.text.length ?? 0),
        0,
      );
      expect(size).toBeLessThanOrEqual(6000);
      for (const e of m.embeds) expect(e.title!.length).toBeLessThanOrEqual(256);
    }
  });
});

describe("renderDigest as a briefing", () => {
  it("renders a briefing-style digest with one embed per story", async () => {
    const { renderDigest } = await import("../../src/discord/digest-render.js");
    const messages = renderDigest({
      subscriptionId: "s",
      runAt: since,
      since,
      timezone: "UTC",
      entries: ["a", "b"].map((id) => ({
        articleId: id,
        title: id,
        url: `https://a.example/${id}`,
        source: "a.example",
        date: "2026-12-01",
        summary: "",
        quote: null,
      })),
      to: { addedAt: 0, id: "" },
      stories: [story(), story({ headline: "Second" })],
    });
    expect(messages[0]!.embeds.map((e) => e.title)).toEqual([
      "Floods \\*hit\\* Valencia @\u200beveryone",
      "Second",
    ]);
  });
});
