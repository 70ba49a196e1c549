import { describe, expect, it } from "vitest";
import {
  numberSources,
  representativeArticle,
  storySentenceCount,
  summarizeStoryExtractively,
} from "../../src/briefings/story.js";
import { sampleArticles } from "./fixtures.js";

const floods = sampleArticles().slice(0, 3);

describe("storySentenceCount", () => {
  it("asks two sentences of one article and at most four", () => {
    expect([1, 2, 3, 9].map(storySentenceCount)).toEqual([2, 3, 4, 4]);
  });
});

describe("representativeArticle", () => {
  it("picks the title sharing most words with the others", () => {
    expect(representativeArticle(floods).id).toBe("flood-2");
  });
});

describe("numberSources", () => {
  it("numbers the representative article first, then the newest", () => {
    const { sources } = numberSources(floods, floods[2]!);
    expect(sources.map((s) => [s.number, s.articleId])).toEqual([
      [1, "flood-3"],
      [2, "flood-2"],
      [3, "flood-1"],
    ]);
  });
});

describe("summarizeStoryExtractively", () => {
  const sentences = summarizeStoryExtractively(floods);

  it("picks two to four sentences drawn from more than one source", () => {
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(4);
    const texts = sentences.map((s) => s.text);
    const drawnFrom = floods.filter((a) => a.paragraphs.some((p) => texts.includes(p)));
    expect(drawnFrom.length).toBeGreaterThan(1);
  });

  it("cites the article each sentence comes from", () => {
    for (const sentence of sentences) {
      const own = floods.findIndex((a) => a.paragraphs.includes(sentence.text)) + 1;
      expect(sentence.citations).toContain(own);
    }
  });

  it("cites other sources that report the same fact", () => {
    expect(sentences.some((s) => s.citations.length > 1)).toBe(true);
  });

  it("repeats no fact", () => {
    const rescued = sentences.filter((s) => /rescued 120/.test(s.text));
    expect(rescued.length).toBeLessThanOrEqual(1);
  });
});
