import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildArticle } from "../../src/articles/article.js";
import {
  articleKey,
  buildPageButtons,
  discussButton,
  encodeComponentId,
  findByArticleKey,
  parseComponentId,
} from "../../src/discord/components.js";
import { memoryCorpus } from "../support/corpus.js";

describe("encodeComponentId", () => {
  it("round-trips any parts, separators included", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.integer({ min: 1, max: 999 }), (id, page) => {
        const encoded = encodeComponentId("article", "page", id, page);
        if (encoded === null) return;
        expect(encoded.length).toBeLessThanOrEqual(100);
        expect(parseComponentId(encoded)).toEqual({
          command: "article",
          action: "page",
          args: [id, String(page)],
        });
      }),
    );
  });

  it("refuses an id longer than Discord's 100 characters", () => {
    expect(encodeComponentId("article", "page", "x".repeat(100), 1)).toBeNull();
  });
});

describe("parseComponentId", () => {
  it("returns null for ids it did not make", () => {
    expect(parseComponentId("plain")).toBeNull();
    expect(parseComponentId("a:%E0%A4%A")).toBeNull();
  });
});

describe("articleKey", () => {
  it("keeps short plain ids as they are", () => {
    expect(articleKey("000_9575b9c55e492da0")).toBe("000_9575b9c55e492da0");
  });

  it("gives every article id, however long or non-ASCII, page buttons that fit and find it again (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        // Ids as the corpus keeps them: file stems, never blank or padded with spaces.
        fc
          .string({ unit: "grapheme", minLength: 1, maxLength: 300 })
          .filter((id) => id.trim() === id && id !== ""),
        fc.integer({ min: 1, max: 9_999 }),
        async (id, page) => {
          const article = buildArticle({
            id,
            date: "2024-01-01",
            url: "https://example.com/a",
            title: "A",
            paragraphs: ["Text."],
            rawWordCount: 1,
            origin: "seed",
            addedAt: 0,
          });
          const other = buildArticle({
            ...article,
            id: `${id}x`,
            url: "https://example.com/other",
            paragraphs: ["Other."],
          });
          const corpus = await memoryCorpus([other, article]);
          for (const customId of [
            encodeComponentId("article", "page", articleKey(id), page),
            encodeComponentId("quotes", "page", articleKey(id), page, 24),
          ]) {
            expect(customId).not.toBeNull();
            expect(customId!.length).toBeLessThanOrEqual(100);
            const key = parseComponentId(customId!)!.args[0]!;
            expect((await findByArticleKey(corpus, key))?.id).toBe(id);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("buildPageButtons", () => {
  it("labels previous and next in the locale given, English without one", () => {
    const idFor = (page: number) => `p:${page}`;
    expect(buildPageButtons(1, 3, idFor).map((b) => b.label)).toEqual(["◀ Previous", "Next ▶"]);
    expect(buildPageButtons(1, 3, idFor, "es-419").map((b) => b.label)).toEqual([
      "◀ Anterior",
      "Siguiente ▶",
    ]);
  });
});

describe("discussButton", () => {
  it("labels the button in the locale given", () => {
    expect(discussButton("a", "pt-BR")).toMatchObject({
      label: "Discutir",
      customId: "ask:discuss:a",
    });
    expect(discussButton("a").label).toBe("Discuss");
  });
});
