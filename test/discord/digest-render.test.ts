import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildBriefing } from "../../src/briefings/briefing.js";
import type { Digest, DigestEntry } from "../../src/digests/types.js";
import {
  DIGEST_LIMITS,
  packEmbeds,
  renderDigest,
  renderDigestEntry,
  renderDigestHeader,
} from "../../src/discord/digest-render.js";
import { LIMITS } from "../../src/discord/render.js";
import { translator } from "../../src/i18n/t.js";
import { sampleArticles } from "../briefings/fixtures.js";

function entry(id: string, fields: Partial<DigestEntry> = {}): DigestEntry {
  return {
    articleId: id,
    title: `Title ${id}`,
    url: `https://example.com/${id}`,
    source: "example.com",
    date: "2026-01-15",
    summary: `Summary of ${id}.`,
    quote: null,
    ...fields,
  };
}

function digest(entries: DigestEntry[]): Digest {
  return {
    subscriptionId: "s",
    runAt: Date.parse("2026-01-15T08:00:00Z"),
    since: Date.parse("2026-01-14T08:00:00Z"),
    timezone: "UTC",
    entries,
    to: { addedAt: 1, id: "x" },
  };
}

function embedChars(embed: { title?: string; description?: string; footer?: { text: string } }) {
  return (
    (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0)
  );
}

describe("renderDigestEntry", () => {
  it("links the title to the article and shows source, date, summary and the quote", () => {
    const embed = renderDigestEntry(
      entry("a", { quote: { text: "We will rebuild.", speaker: "Mayor Ana Ruiz" } }),
    );
    expect(embed.title).toBe("Title a");
    expect(embed.url).toBe("https://example.com/a");
    expect(embed.footer?.text).toBe("example.com · 2026-01-15");
    expect(embed.description).toBe("Summary of a.\n\n> “We will rebuild.”\n> — Mayor Ana Ruiz");
  });

  it("escapes markdown and mentions from article text", () => {
    const embed = renderDigestEntry(
      entry("a", {
        title: "**Big** news",
        summary: "@everyone see [this](https://evil.example) <@123>",
        quote: { text: "# shout", speaker: "<@&99>" },
      }),
    );
    expect(embed.title).toBe("\\*\\*Big\\*\\* news");
    expect(embed.description).not.toContain("@everyone");
    expect(embed.description).toContain("\\[this\\]");
    expect(embed.description).toContain("\\<@123>");
    expect(embed.description).toContain("\\<@&99>");
  });

  it("caps each part so an article never takes a whole message", () => {
    const long = "word ".repeat(3000);
    const embed = renderDigestEntry(
      entry("a", { title: long, summary: long, quote: { text: long, speaker: long } }),
    );
    expect(embed.title!.length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embed.description!.length).toBeLessThanOrEqual(
      DIGEST_LIMITS.summary + DIGEST_LIMITS.quote + DIGEST_LIMITS.speaker + 20,
    );
  });

  it("leaves out a link that is not http(s)", () => {
    expect(renderDigestEntry(entry("a", { url: "javascript:alert(1)" })).url).toBeUndefined();
  });
});

describe("packEmbeds", () => {
  it("puts at most ten embeds in a message", () => {
    const embeds = Array.from({ length: 23 }, (_, i) => renderDigestEntry(entry(String(i))));
    expect(packEmbeds(embeds).map((m) => m.length)).toEqual([10, 10, 3]);
  });

  it("keeps each message within 6000 characters of embed text", () => {
    const summary = "x".repeat(1400);
    const embeds = Array.from({ length: 8 }, (_, i) =>
      renderDigestEntry(entry(String(i), { summary })),
    );
    const messages = packEmbeds(embeds);
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(message.reduce((sum, e) => sum + embedChars(e), 0)).toBeLessThanOrEqual(
        LIMITS.embedTotal,
      );
    }
  });
});

describe("renderDigestHeader", () => {
  it("counts the articles and dates the period", () => {
    expect(renderDigestHeader(digest([entry("a")]))).toBe(
      `📰 **News digest**: 1 new article since <t:${Date.parse("2026-01-14T08:00:00Z") / 1000}:f>`,
    );
  });

  it("labels a sample as a sample that was not posted", () => {
    const header = renderDigestHeader({ ...digest([entry("a"), entry("b")]), sample: true });
    expect(header).toMatch(/^📰 \*\*Sample digest\*\*: nothing new since <t:\d+:f>/);
    expect(header).toContain("the latest 2 articles to show what a digest looks like");
    expect(header).toContain("Nothing was posted.");
  });
});

describe("renderDigest", () => {
  it("says so in the header when the server's AI budget left the stories extractive", async () => {
    const briefing = await buildBriefing(sampleArticles(), {
      since: Number.NEGATIVE_INFINITY,
      writer: { model: "m", write: async () => [] },
      llmStories: 0,
      llmSkipReason: "budget",
    });
    const withStories = { ...digest([entry("a")]), stories: briefing.stories };
    const [first] = renderDigest(withStories);
    expect(first?.content).toContain("this server's AI budget for the hour is used up");
    const [plain] = renderDigest({
      ...withStories,
      stories: briefing.stories.map((s) => ({ ...s, fallback: null })),
    });
    expect(plain?.content).not.toContain("budget");
  });

  it("words the header, continuation and empty line in the locale given", () => {
    const entries = Array.from({ length: 12 }, (_, i) => entry(String(i), { summary: "" }));
    const messages = renderDigest(digest(entries), "de");
    expect(messages[0]?.content).toMatch(
      /^📰 \*\*Nachrichtenüberblick\*\*: 12 neue Artikel seit <t:\d+:f>$/,
    );
    expect(messages[1]?.content).toBe("📰 Nachrichtenüberblick, Fortsetzung (2/2)");
    expect(messages[0]?.embeds[0]?.description).toBe("(keine Zusammenfassung)");
    expect(renderDigest(digest([]), "ja")[0]?.content).toMatch(
      /^📰 <t:\d+:f> 以降の新着記事はありません。$/,
    );
    expect(renderDigest(digest([]), "ko")[0]?.content).toMatch(/^📰 No new articles since/);
  });

  it("words a briefing digest's stories in the locale given", async () => {
    const briefing = await buildBriefing(sampleArticles(), {
      since: Number.NEGATIVE_INFINITY,
      writer: { model: "m", write: async () => [] },
      llmStories: 0,
      llmSkipReason: "budget",
    });
    const [first] = renderDigest({ ...digest([entry("a")]), stories: briefing.stories }, "de");
    expect(first?.embeds[0]?.description).toContain("**Quellen**");
    expect(first?.embeds[0]?.footer?.text).toMatch(/Artikel/);
    expect(first?.content).toContain(translator("de")("briefing.engineBudget"));
  });

  it("renders an empty period as one short line", () => {
    const [message, ...rest] = renderDigest(digest([]));
    expect(rest).toEqual([]);
    expect(message?.content).toMatch(/^📰 No new articles since <t:\d+:f>\.$/);
    expect(message?.embeds).toEqual([]);
  });

  it("keeps every article, in order, within Discord's limits and with no mentions", () => {
    const arbitraryEntry = fc.record({
      articleId: fc.uuid(),
      title: fc.string({ maxLength: 400 }),
      url: fc.constantFrom("https://a.example/x", "http://b.example/y"),
      source: fc.domain(),
      date: fc.constant("2026-01-15"),
      summary: fc.string({ maxLength: 3000 }),
      quote: fc.option(
        fc.record({ text: fc.string({ maxLength: 800 }), speaker: fc.string({ maxLength: 200 }) }),
        {
          nil: null,
        },
      ),
    });
    fc.assert(
      fc.property(fc.array(arbitraryEntry, { minLength: 1, maxLength: 40 }), (entries) => {
        const messages = renderDigest(digest(entries));
        const embeds = messages.flatMap((m) => m.embeds);
        expect(embeds).toHaveLength(entries.length);
        expect(embeds.map((e) => e.footer?.text)).toEqual(
          entries.map((e) => `${e.source} · ${e.date}`),
        );
        for (const message of messages) {
          expect(message.allowedMentions).toEqual({ parse: [] });
          expect(message.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
          expect(message.content?.length ?? 0).toBeLessThanOrEqual(LIMITS.content);
          expect(message.embeds.reduce((sum, e) => sum + embedChars(e), 0)).toBeLessThanOrEqual(
            LIMITS.embedTotal,
          );
          for (const embed of message.embeds) {
            expect(embed.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
            expect(embed.title!.length).toBeLessThanOrEqual(LIMITS.embedTitle);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
