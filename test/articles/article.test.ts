import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildArticle, countWords } from "../../src/articles/article.js";
import { isArticleFormatError } from "../../src/articles/parse.js";

describe("countWords", () => {
  it("counts runs of letters and digits, keeping U.S., 3.5 and it’s as one word", () => {
    expect(countWords("The U.S. grew 3.5 per cent — it’s well-known.")).toBe(8);
  });

  it("counts nothing in blank or punctuation-only text", () => {
    expect(countWords("")).toBe(0);
    expect(countWords(" … — !? \n\n")).toBe(0);
  });

  it("counts words in any script", () => {
    expect(countWords("Лавров встретился с Чвэ Сон Хи")).toBe(6);
  });
});

describe("countWords (against the regular expression it replaces)", () => {
  it("counts what the regular expression matches, for any mix of letters, joiners and symbols", () => {
    const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
    const piece = fc.constantFrom(
      ...Array.from("aZ09 '’.-—,\n\téЛ漢²😀𝔸ß!?\u00A0\u200B"),
      "\uD835",
      "\uDC00",
      "U.S.",
      "it’s",
      "3.5",
      "a--b",
      "x.-y",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        expect(countWords(text)).toBe(text.match(WORD)?.length ?? 0);
      }),
      { numRuns: 500 },
    );
  });
});

describe("buildArticle", () => {
  const fields = {
    id: "a1",
    date: "2024-01-16",
    url: "https://www.sputnikglobe.com/20240116/some-story-1.html",
    title: "Some story",
    paragraphs: ["First paragraph here.", "Second one."],
    rawWordCount: 9,
    origin: "fetched" as const,
    addedAt: 42,
  };

  it("joins the paragraphs with a blank line, derives the source and counts words", () => {
    const article = buildArticle(fields);
    expect(article).toEqual({
      ...fields,
      source: "sputnikglobe.com",
      text: "First paragraph here.\n\nSecond one.",
      wordCount: 5,
    });
  });

  it("sets byline and site name only when given", () => {
    expect("byline" in buildArticle(fields)).toBe(false);
    const withMeta = buildArticle({ ...fields, byline: "Jane Doe", siteName: null });
    expect(withMeta.byline).toBe("Jane Doe");
    expect(withMeta.siteName).toBeNull();
  });

  it("copies the paragraphs so later changes to the input do not leak in", () => {
    const paragraphs = ["One."];
    const article = buildArticle({ ...fields, paragraphs });
    paragraphs.push("Two.");
    expect(article.paragraphs).toEqual(["One."]);
  });

  it("refuses a URL that is not http(s)", () => {
    let caught: unknown;
    try {
      buildArticle({ ...fields, url: "ftp://example.com/a" });
    } catch (error) {
      caught = error;
    }
    expect(isArticleFormatError(caught)).toBe(true);
  });
});
