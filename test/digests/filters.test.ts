import { describe, expect, it } from "vitest";
import {
  createArticleFilter,
  describeFilters,
  matchesFilters,
  parseFeedId,
  parseKeywords,
  parseSource,
} from "../../src/digests/filters.js";
import { makeArticle } from "./fixtures.js";

const article = makeArticle("a", 1, {
  url: "https://www.world.reuters.com/markets/oil",
  title: "Oil prices climb as OPEC+ meets",
  paragraphs: ["Crude rose on Tuesday. Analysts at the central bank were cautious."],
});

describe("parseKeywords", () => {
  it("splits on commas, trims, lower-cases and drops repeats", () => {
    expect(parseKeywords(" Oil, opec+ ,, OIL ,central  bank")).toEqual([
      "oil",
      "opec+",
      "central bank",
    ]);
  });

  it("gives no keywords for empty input", () => {
    expect(parseKeywords("")).toEqual([]);
    expect(parseKeywords(undefined)).toEqual([]);
  });

  it("refuses more than ten keywords", () => {
    expect(() => parseKeywords(Array.from({ length: 11 }, (_, i) => `k${i}`).join(","))).toThrow(
      /At most 10 keywords/,
    );
  });
});

describe("parseSource", () => {
  it("reduces a URL or a www host to the bare host", () => {
    expect(parseSource("https://www.Reuters.com/world")).toBe("reuters.com");
    expect(parseSource("reuters.com")).toBe("reuters.com");
  });

  it("refuses text that is not a host", () => {
    expect(() => parseSource("not a site")).toThrow(/"not a site" is not a source/);
  });

  it("gives null when no source is given", () => {
    expect(parseSource("  ")).toBeNull();
  });
});

describe("matchesFilters", () => {
  it("lets everything through without filters", () => {
    expect(matchesFilters(article, { source: null, keywords: [] })).toBe(true);
  });

  it("matches the source and its subdomains, not look-alike hosts", () => {
    expect(matchesFilters(article, { source: "reuters.com", keywords: [] })).toBe(true);
    expect(matchesFilters(article, { source: "world.reuters.com", keywords: [] })).toBe(true);
    expect(matchesFilters(article, { source: "ters.com", keywords: [] })).toBe(false);
    expect(matchesFilters(article, { source: "apnews.com", keywords: [] })).toBe(false);
  });

  it("passes when any keyword appears as a whole word in the title or text", () => {
    expect(matchesFilters(article, { source: null, keywords: ["gold", "opec+"] })).toBe(true);
    expect(matchesFilters(article, { source: null, keywords: ["central bank"] })).toBe(true);
    expect(matchesFilters(article, { source: null, keywords: ["analyst"] })).toBe(false);
    expect(matchesFilters(article, { source: null, keywords: ["CRUDE"] })).toBe(true);
  });

  it("needs both the source and a keyword when both are set", () => {
    expect(matchesFilters(article, { source: "apnews.com", keywords: ["oil"] })).toBe(false);
    expect(matchesFilters(article, { source: "reuters.com", keywords: ["gas"] })).toBe(false);
    expect(matchesFilters(article, { source: "reuters.com", keywords: ["oil"] })).toBe(true);
  });
});

describe("createArticleFilter", () => {
  it("treats regular-expression characters in keywords literally", () => {
    const filter = createArticleFilter({ source: null, keywords: ["c++ (beta)"] });
    expect(filter(makeArticle("b", 1, { paragraphs: ["We shipped C++ (beta) today."] }))).toBe(
      true,
    );
    expect(filter(makeArticle("c", 1, { paragraphs: ["We shipped C today."] }))).toBe(false);
  });
});

describe("describeFilters", () => {
  it("names the source and keywords, or says all articles", () => {
    expect(describeFilters({ source: "reuters.com", keywords: ["oil", "gas"] })).toBe(
      "source reuters.com · keywords: oil, gas",
    );
    expect(describeFilters({ source: null, keywords: [] })).toBe("all articles");
  });
});

describe("parseFeedId", () => {
  it("accepts a feed id as /feed list shows it and refuses anything else", () => {
    expect(parseFeedId(" F0123456789ABCDEF ")).toBe("f0123456789abcdef");
    expect(parseFeedId("")).toBeNull();
    expect(() => parseFeedId("reuters.com")).toThrow(/not a feed id/);
  });
});

describe("createArticleFilter with a feed", () => {
  it("lets through only the articles of that feed", () => {
    const fromFeed = { ...article, origin: "feed" as const, feedId: "f0123456789abcdef" };
    const pass = createArticleFilter({ source: null, keywords: [], feedId: "f0123456789abcdef" });
    expect(pass(fromFeed)).toBe(true);
    expect(pass(article)).toBe(false);
    expect(pass({ ...fromFeed, feedId: "f1111111111111111" })).toBe(false);
    // Read back from the article index (no feedId field): the feed is in the id.
    expect(pass({ ...article, id: "feed-0123456789abcdef-00112233445566ff" })).toBe(true);
    expect(describeFilters({ source: null, keywords: [], feedId: "f0123456789abcdef" })).toBe(
      "feed f0123456789abcdef",
    );
  });
});
