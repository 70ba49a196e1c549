import { describe, expect, it } from "vitest";
import { cleanArticle } from "../src/articles/clean.js";
import { parseSeed } from "../src/articles/parse.js";
import { extractQuotes } from "../src/quotes/extract.js";
import { createQuoteCache } from "../src/services.js";

// An article where the committed model finds a statement the rules do not (`push for …`).
const SEED_TEXT =
  " date 2024-01-02 https://example.com/news/b\n“We will win,” Sanders said. All three candidates have said they would expand deportation relief and push for comprehensive immigration reform.\n";
const article = cleanArticle(parseSeed(SEED_TEXT, "b", "b.txt"), {
  origin: "seed",
  addedAt: 0,
});

describe("createQuoteCache", () => {
  it("extracts an article's quotes once, with the engine it was given (the rules by default)", () => {
    const rules = createQuoteCache().of(article);
    const combined = createQuoteCache("combined");
    const quotes = combined.of(article);
    expect(quotes).toEqual(extractQuotes(article, { engine: "combined" }));
    // The learned model adds reported speech the rules miss in this article.
    expect(quotes.length).toBeGreaterThan(rules.length);
    expect(rules).toEqual(extractQuotes(article, { engine: "rules" }));
    expect(combined.of(article)).toBe(quotes);
  });
});
