import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/articles/types.js";
import { compareCursor, selectArticles, selectSample } from "../../src/digests/select.js";
import type { Cursor } from "../../src/digests/types.js";
import { makeArticle } from "./fixtures.js";

const none = { source: null, keywords: [] };

describe("compareCursor", () => {
  it("orders by addedAt, then by id", () => {
    expect(compareCursor({ addedAt: 1, id: "b" }, { addedAt: 2, id: "a" })).toBe(-1);
    expect(compareCursor({ addedAt: 2, id: "a" }, { addedAt: 2, id: "b" })).toBe(-1);
    expect(compareCursor({ addedAt: 2, id: "b" }, { addedAt: 2, id: "b" })).toBe(0);
  });
});

describe("selectArticles", () => {
  it("returns the articles after the cursor, oldest first", () => {
    const articles = [makeArticle("c", 30), makeArticle("a", 10), makeArticle("b", 20)];
    const selection = selectArticles(articles, { addedAt: 10, id: "a" }, none);
    expect(selection.articles.map((a) => a.id)).toEqual(["b", "c"]);
    expect(selection.to).toEqual({ addedAt: 30, id: "c" });
  });

  it("neither skips nor repeats articles that share an addedAt", () => {
    const articles = ["x", "y", "z"].map((id) => makeArticle(id, 50));
    const first = selectArticles(articles.slice(0, 2), { addedAt: 0, id: "" }, none);
    expect(first.articles.map((a) => a.id)).toEqual(["x", "y"]);
    const second = selectArticles(articles, first.to, none);
    expect(second.articles.map((a) => a.id)).toEqual(["z"]);
  });

  it("moves the cursor past articles the filters leave out", () => {
    const articles = [
      makeArticle("oil", 10, { title: "Oil climbs" }),
      makeArticle("art", 20, { title: "A new museum" }),
    ];
    const selection = selectArticles(
      articles,
      { addedAt: 0, id: "" },
      { source: null, keywords: ["oil"] },
    );
    expect(selection.articles.map((a) => a.id)).toEqual(["oil"]);
    expect(selection.to).toEqual({ addedAt: 20, id: "art" });
  });

  it("keeps the cursor when nothing is new", () => {
    const cursor = { addedAt: 100, id: "\uffff" };
    expect(selectArticles([makeArticle("old", 100)], cursor, none)).toEqual({
      articles: [],
      to: cursor,
    });
  });

  it("delivers every article exactly once however arrivals and runs interleave", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.boolean()), {
          minLength: 1,
          maxLength: 40,
        }),
        (steps) => {
          // Each step adds an article (addedAt never decreasing, often tied), then maybe runs a digest.
          const corpus: Article[] = [];
          let cursor: Cursor = { addedAt: -1, id: "" };
          let clock = 0;
          const delivered: string[] = [];
          steps.forEach(([gap, run], i) => {
            clock += gap % 3 === 0 ? 0 : gap;
            corpus.push(makeArticle(`a${String(i).padStart(3, "0")}`, clock));
            if (run) {
              const selection = selectArticles(corpus, cursor, none);
              delivered.push(...selection.articles.map((a) => a.id));
              cursor = selection.to;
            }
          });
          delivered.push(...selectArticles(corpus, cursor, none).articles.map((a) => a.id));
          expect(delivered).toEqual(corpus.map((a) => a.id));
        },
      ),
    );
  });
});

describe("selectSample", () => {
  it("keeps the newest articles that pass the filters, oldest first", () => {
    const articles = [
      makeArticle("old", 40, { date: "2026-01-10" }),
      makeArticle("new", 10, { date: "2026-01-16" }),
      makeArticle("mid", 20, { date: "2026-01-15" }),
      makeArticle("mid-later", 30, { date: "2026-01-15" }),
    ];
    expect(selectSample(articles, none, 3).map((a) => a.id)).toEqual(["mid", "mid-later", "new"]);
  });

  it("leaves out what the filters leave out", () => {
    const articles = [makeArticle("a", 1, { url: "https://one.example/a" }), makeArticle("b", 2)];
    const picked = selectSample(articles, { source: "one.example", keywords: [] }, 5);
    expect(picked.map((a) => a.id)).toEqual(["a"]);
  });
});
