import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../src/articles/clean.js";
import { parseSeed } from "../src/articles/parse.js";
import { extractQuotes } from "../src/quotes/extract.js";
import { createQuoteCache } from "../src/services.js";

const SEED = new URL("../seeds/000_9575b9c55e492da0.txt", import.meta.url);
const article = cleanArticle(parseSeed(readFileSync(SEED, "utf8"), "seed", "seed"), {
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
