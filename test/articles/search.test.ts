import fc from "fast-check";
import type { SearchOptions } from "minisearch";
import MiniSearch from "minisearch";
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

describe("createArticleIndex scoring", () => {
  // Words that are neither stop words nor single characters, so both indexes keep them all.
  const vocabulary = [
    "volcano",
    "volcanic",
    "lava",
    "iceland",
    "council",
    "budget",
    "vote",
    "match",
    "draw",
    "final",
    "storm",
    "coast",
    "minister",
    "election",
    "elections",
    "erupts",
    "ash",
  ];
  const word = fc.constantFrom(...vocabulary);
  const doc = fc.record({
    title: fc.array(word, { minLength: 1, maxLength: 5 }),
    text: fc.array(word, { maxLength: 30 }),
  });
  // A query word: a vocabulary word, its start (prefix search) or a typo (fuzzy search).
  const queryWord = fc.oneof(
    word,
    word.map((w) => w.slice(0, 3)),
    word.map((w) => `${w.slice(0, 2)}x${w.slice(3)}`),
  );

  /** What one MiniSearch over both fields (the former index) returns for the same query. */
  function referenceSearch(docs: { title: string[]; text: string[] }[], query: string) {
    const reference = new MiniSearch({ fields: ["title", "text"] });
    reference.addAll(
      docs.map((d, i) => ({ id: `d${i}`, title: d.title.join(" "), text: d.text.join(" ") })),
    );
    const options: SearchOptions = {
      boost: { title: 2 },
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    };
    const all = reference.search(query, { ...options, combineWith: "AND" });
    return all.length > 0 ? all : reference.search(query, { ...options, combineWith: "OR" });
  }

  function scores(hits: readonly { id: unknown; score: number }[]): Map<string, number> {
    return new Map(hits.map((hit) => [String(hit.id), hit.score]));
  }

  function expectSameScores(actual: Map<string, number>, expected: Map<string, number>) {
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [id, score] of expected) expect(actual.get(id)).toBeCloseTo(score, 9);
  }

  it("scores exactly like one MiniSearch index over title and text (property)", () => {
    fc.assert(
      fc.property(
        fc.array(doc, { minLength: 1, maxLength: 12 }),
        fc.array(queryWord, { minLength: 1, maxLength: 3 }),
        (docs, words) => {
          const index = createArticleIndex();
          docs.forEach((d, i) => {
            index.add({ id: `d${i}`, title: d.title.join(" "), text: "" });
            index.addText(`d${i}`, d.text.join(" "));
          });
          const query = words.join(" ");
          expectSameScores(scores(index.search(query)), scores(referenceSearch(docs, query)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("scores the same after many removals (dead entries compacted) as a fresh index", () => {
    const docs = Array.from({ length: 400 }, (_v, i) => ({
      title: [vocabulary[i % vocabulary.length]!, vocabulary[(i * 7) % vocabulary.length]!],
      text: Array.from({ length: 12 }, (_w, j) => vocabulary[(i * 3 + j * 5) % vocabulary.length]!),
    }));
    const index = createArticleIndex();
    docs.forEach((d, i) => {
      index.add({ id: `d${i}`, title: d.title.join(" "), text: d.text.join(" ") });
    });
    // Remove three in four, then replace some of the rest with new text.
    for (let i = 0; i < docs.length; i++) if (i % 4 !== 0) index.remove(`d${i}`);
    const kept = docs.map((d, i) => (i % 4 === 0 ? d : null));
    for (let i = 0; i < docs.length; i += 8) {
      const d = { title: ["storm", "coast"], text: ["lava", "draw", "ash"] };
      index.addText(`d${i}`, d.text.join(" "));
      index.add({ id: `d${i}`, title: d.title.join(" "), text: d.text.join(" ") });
      kept[i] = d;
    }
    expect(index.size).toBe(100);
    for (const query of ["lava", "storm coast", "volcano ash", "electio", "councel budget"]) {
      const reference = referenceSearch(
        kept.map((d) => d ?? { title: [], text: [] }),
        query,
      ).filter((hit) => kept[Number(String(hit.id).slice(1))] !== null);
      const actual = scores(index.search(query));
      // The reference counts the removed (empty) documents in its statistics: compare the ids.
      expect([...actual.keys()].sort()).toEqual(reference.map((hit) => String(hit.id)).sort());
    }
  });

  it("leaves common words out of the text: a query of them finds nothing, and they do not block the others", () => {
    const index = createArticleIndex();
    index.add({
      id: "a",
      title: "harbour news",
      text: "The minister said the harbour would reopen.",
    });
    expect(index.search("said would")).toEqual([]);
    expect(index.search("minister said").map((hit) => hit.id)).toEqual(["a"]);
  });
});

describe("createArticleIndex title search", () => {
  const vocabulary = [
    "parliament",
    "passes",
    "budget",
    "earthquake",
    "strikes",
    "coast",
    "housing",
  ];
  const word = fc.constantFrom(...vocabulary);
  const queryWord = fc.oneof(
    word,
    word.map((w) => w.slice(0, 4)),
    word.map((w) => `${w.slice(0, 3)}${w[4] ?? ""}${w[3] ?? ""}${w.slice(5)}`),
  );

  it("matches titles exactly like MiniSearch with prefix, fuzzy 0.2 and AND (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 10 }),
        fc.array(queryWord, { minLength: 1, maxLength: 3 }),
        (titles, words) => {
          const index = createArticleIndex();
          const reference = new MiniSearch({ fields: ["title"] });
          titles.forEach((title, i) => {
            index.add({ id: `t${i}`, title: title.join(" "), text: "" });
            reference.add({ id: `t${i}`, title: title.join(" ") });
          });
          const query = words.join(" ");
          const expected = reference.search(query, {
            prefix: true,
            fuzzy: 0.2,
            combineWith: "AND",
          });
          const actual = new Map(index.searchTitles(query).map((hit) => [hit.id, hit.score]));
          expect([...actual.keys()].sort()).toEqual(expected.map((hit) => String(hit.id)).sort());
          for (const hit of expected) expect(actual.get(String(hit.id))).toBeCloseTo(hit.score, 9);
        },
      ),
      { numRuns: 200 },
    );
  });
});
