import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createArticleIndex, leadText, titleWordsOf } from "../../src/articles/search.js";

describe("leadText", () => {
  it("keeps short text whole and cuts long text at a word boundary within the bound", () => {
    expect(leadText("short text", 100)).toBe("short text");
    expect(leadText("alpha beta gamma delta", 12)).toBe("alpha beta");
  });

  it("never exceeds the bound and is always a prefix (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 200 }), (text, max) => {
        const lead = leadText(text, max);
        expect(lead.length).toBeLessThanOrEqual(max);
        expect(text.startsWith(lead)).toBe(true);
      }),
    );
  });
});

describe("titleWordsOf", () => {
  it("takes the words of the URL path, without ids or extensions", () => {
    const words = titleWordsOf(
      "https://example.com/2024/01/city-council-approves-budget-1116196209.html",
      "Body.",
    );
    expect(words.split(" ")).toEqual(
      expect.arrayContaining(["city", "council", "approves", "budget"]),
    );
    expect(words).not.toMatch(/1116196209|html/);
  });

  it("adds the start of the body when the URL has no slug", () => {
    expect(titleWordsOf("https://example.com/?p=123", "Storm hits the coast overnight.")).toContain(
      "Storm hits the coast",
    );
  });
});

describe("createArticleIndex", () => {
  const docs = [
    {
      id: "a",
      title: "volcano erupts in iceland",
      text: "Lava flowed from the volcano near the town.",
    },
    { id: "b", title: "council budget vote", text: "A member mentioned a volcano once." },
    { id: "c", title: "cup final", text: "The match ended in a draw." },
  ];

  it("ranks title matches above passing mentions, and requires every word first", () => {
    const index = createArticleIndex();
    for (const doc of docs) index.add(doc);
    expect(index.search("volcano").map((hit) => hit.id)).toEqual(["a", "b"]);
    expect(index.search("volcano lava").map((hit) => hit.id)).toEqual(["a"]);
    // No document has both words: any word matches.
    expect(
      index
        .search("lava draw")
        .map((hit) => hit.id)
        .sort(),
    ).toEqual(["a", "c"]);
  });

  it("replaces a document added again under the same id, and forgets removed ones", () => {
    const index = createArticleIndex();
    for (const doc of docs) index.add(doc);
    index.add({ id: "c", title: "cup final", text: "A volcano ash cloud delayed the match." });
    expect(index.size).toBe(3);
    expect(index.search("ash").map((hit) => hit.id)).toEqual(["c"]);
    expect(index.search("draw")).toEqual([]);
    index.remove("a");
    expect(index.has("a")).toBe(false);
    expect(index.search("lava")).toEqual([]);
  });

  it("indexes only the first `textChars` characters of the text", () => {
    const index = createArticleIndex({ textChars: 20 });
    index.add({ id: "x", title: "t", text: `${"lead words here ".repeat(2)}hiddenword` });
    expect(index.search("lead").map((hit) => hit.id)).toEqual(["x"]);
    expect(index.search("hiddenword")).toEqual([]);
  });

  it("matches titles by prefix and with a typo for autocomplete", () => {
    const index = createArticleIndex();
    for (const doc of docs) index.add(doc);
    expect(index.searchTitles("volc").map((hit) => hit.id)).toEqual(["a"]);
    expect(index.searchTitles("icelnd").map((hit) => hit.id)).toEqual(["a"]);
    expect(index.searchTitles("lava")).toEqual([]);
  });
});
