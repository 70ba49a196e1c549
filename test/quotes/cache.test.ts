import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/articles/clean.js";
import { parseSeed } from "../../src/articles/parse.js";
import { createQuoteCache, type QuoteExtractor } from "../../src/quotes/cache.js";
import { extractQuotes } from "../../src/quotes/extract.js";

// An article where the committed model finds a statement the rules do not (`push for …`).
const SEED_TEXT =
  " date 2024-01-02 https://example.com/news/b\n“We will win,” Sanders said. All three candidates have said they would expand deportation relief and push for comprehensive immigration reform.\n";
const article = cleanArticle(parseSeed(SEED_TEXT, "b", "b.txt"), {
  origin: "seed",
  addedAt: 0,
});

describe("createQuoteCache", () => {
  it("extracts an article's quotes once, with the engine it was given (the rules by default)", async () => {
    const rules = await createQuoteCache().of(article);
    const combined = createQuoteCache("combined");
    const quotes = await combined.of(article);
    expect(quotes).toEqual(extractQuotes(article, { engine: "combined" }));
    // The learned model adds reported speech the rules miss in this article.
    expect(quotes.length).toBeGreaterThan(rules.length);
    expect(rules).toEqual(extractQuotes(article, { engine: "rules" }));
    expect(await combined.of(article)).toBe(quotes);
  });

  it("shares one extraction between readers asking at once, and forgets a failed one", async () => {
    let calls = 0;
    let fail = true;
    const extractor: QuoteExtractor = {
      quotes: async (source, engine) => {
        calls++;
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (fail) throw new Error("ran over");
        return extractQuotes(source, { engine });
      },
    };
    const cache = createQuoteCache("rules", extractor);
    const [a, b] = [cache.of(article), cache.of(article)];
    expect(a).toBe(b);
    await expect(a).rejects.toThrow("ran over");
    expect(calls).toBe(1);
    fail = false;
    expect(await cache.of(article)).toEqual(extractQuotes(article));
    expect(calls).toBe(2);
  });
});
