import { describe, expect, it } from "vitest";
import { buildArticle } from "../../src/articles/article.js";
import type { Article } from "../../src/articles/types.js";
import { parseStoredArticle, toStoredArticle } from "../../src/fetch/stored-article.js";

const article: Article = buildArticle({
  id: "web-0123456789abcdef",
  date: "2024-03-05",
  url: "https://news.example/a",
  title: "A title",
  paragraphs: ["First paragraph.", "Second paragraph."],
  rawWordCount: 6,
  origin: "fetched",
  addedAt: 1_700_000_000_000,
  byline: "Mara Quinn",
  siteName: null,
});

describe("toStoredArticle", () => {
  it("is plain JSON with epoch-ms numbers, detached from the article", () => {
    const stored = toStoredArticle(article);
    expect(stored).toEqual(JSON.parse(JSON.stringify(article)));
    expect(stored.addedAt).toBe(1_700_000_000_000);
    (stored.paragraphs as string[]).push("mutated");
    expect(article.paragraphs).toHaveLength(2);
  });
});

describe("parseStoredArticle", () => {
  it("reads back what toStoredArticle wrote", () => {
    expect(parseStoredArticle(toStoredArticle(article))).toEqual(article);
  });

  it.each([
    ["a non-object", "article"],
    ["a missing field", { ...toStoredArticle(article), title: undefined }],
    ["a seed article", { ...toStoredArticle(article), origin: "seed" }],
    ["a date as text", { ...toStoredArticle(article), addedAt: "2024-03-05T00:00:00Z" }],
    ["text out of step with paragraphs", { ...toStoredArticle(article), text: "other" }],
    ["an id that is not a web id", { ...toStoredArticle(article), id: "../etc" }],
    ["no paragraphs", { ...toStoredArticle(article), paragraphs: [], text: "" }],
  ])("refuses %s", (_, value) => {
    expect(parseStoredArticle(value)).toBeNull();
  });
});
