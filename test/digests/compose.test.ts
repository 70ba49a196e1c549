import { describe, expect, it } from "vitest";
import { composeDigest, digestQuotePicker, summarizeForDigest } from "../../src/digests/compose.js";
import { createQuoteCache } from "../../src/quotes/cache.js";
import { createCountingSummarizer, makeArticle } from "./fixtures.js";

const subscription = {
  id: "s1",
  length: "short" as const,
  schedule: { text: "daily 08:00", cron: "0 8 * * *", timezone: "Europe/Paris" },
  lastRunAt: null,
  createdAt: 1000,
};

describe("digestQuotePicker", () => {
  const pickDigestQuote = digestQuotePicker(createQuoteCache());

  it("returns the most telling direct quote with its speaker", async () => {
    const article = makeArticle("q", 1, {
      paragraphs: [
        '"We will not accept any delay to the reconstruction of the bridge," said Mayor Ana Ruiz.',
        "The works start in May.",
      ],
    });
    const quote = await pickDigestQuote(article);
    expect(quote?.text).toContain("We will not accept any delay");
    expect(quote?.speaker).toContain("Ana Ruiz");
  });

  it("returns null when the article quotes nobody", async () => {
    expect(await pickDigestQuote(makeArticle("n", 1, { paragraphs: ["Prices rose."] }))).toBeNull();
  });
});

describe("summarizeForDigest", () => {
  it("asks for one paragraph at the subscription's length", async () => {
    const summarizer = createCountingSummarizer();
    const text = await summarizeForDigest(summarizer, makeArticle("a", 1), "medium");
    expect(text).toBe("Summary (medium) of Title of a.");
  });
});

describe("composeDigest", () => {
  it("lists the articles in order with summary, source, date and quote", async () => {
    const summarizer = createCountingSummarizer();
    const articles = [makeArticle("a", 10), makeArticle("b", 20, { url: "https://apnews.com/x" })];
    const digest = await composeDigest({
      subscription,
      articles,
      to: { addedAt: 20, id: "b" },
      runAt: 5000,
      summarizer,
      pickQuote: (article) => (article.id === "b" ? { text: "Yes.", speaker: "Kim" } : null),
    });
    expect(digest).toEqual({
      subscriptionId: "s1",
      runAt: 5000,
      since: 1000,
      timezone: "Europe/Paris",
      to: { addedAt: 20, id: "b" },
      entries: [
        {
          articleId: "a",
          title: "Title of a",
          url: "https://news.example.com/a",
          source: "news.example.com",
          date: "2026-01-15",
          summary: "Summary (short) of Title of a.",
          quote: null,
        },
        {
          articleId: "b",
          title: "Title of b",
          url: "https://apnews.com/x",
          source: "apnews.com",
          date: "2026-01-15",
          summary: "Summary (short) of Title of b.",
          quote: { text: "Yes.", speaker: "Kim" },
        },
      ],
    });
  });

  it("dates the period from the last run when there was one", async () => {
    const digest = await composeDigest({
      subscription: { ...subscription, lastRunAt: 3000 },
      articles: [],
      to: { addedAt: 0, id: "" },
      runAt: 5000,
      summarizer: createCountingSummarizer(),
      pickQuote: () => null,
    });
    expect(digest.since).toBe(3000);
    expect(digest.entries).toEqual([]);
  });

  it("groups the articles into stories for a briefing-style subscription, without summaries", async () => {
    const summarizer = createCountingSummarizer();
    const asked: { ids: string[]; guildId: string }[] = [];
    const digest = await composeDigest({
      subscription: { ...subscription, style: "briefing", guildId: "g1" },
      articles: [makeArticle("a", 10), makeArticle("b", 20)],
      to: { addedAt: 20, id: "b" },
      runAt: 5000,
      summarizer,
      pickQuote: () => null,
      briefer: async (articles, context) => {
        asked.push({ ids: articles.map((a) => a.id), guildId: context.guildId });
        return [];
      },
    });
    expect(asked).toEqual([{ ids: ["a", "b"], guildId: "g1" }]);
    expect(digest.stories).toEqual([]);
    expect(digest.entries.map((e) => [e.articleId, e.summary])).toEqual([
      ["a", ""],
      ["b", ""],
    ]);
    expect(summarizer.calls.size).toBe(0);
  });
});
