import { describe, expect, it } from "vitest";
import {
  chunkArticleText,
  parseSummaryAnswer,
  shapeAnswer,
} from "../../src/openai/summary-text.js";
import { SHORT_MAX_CHARS } from "../../src/summaries/types.js";

describe("chunkArticleText", () => {
  it("keeps every word, in order, in chunks within the budget", () => {
    const paragraphs = ["Alpha beta gamma. Delta epsilon.", "Zeta eta theta iota.", "Kappa."];
    const chunks = chunkArticleText(paragraphs, 8);
    expect(chunks.join(" ").split(/\s+/)).toEqual(paragraphs.join(" ").split(/\s+/));
  });
});

describe("parseSummaryAnswer", () => {
  it("accepts a fenced JSON answer and rejects a wrong shape", () => {
    expect(parseSummaryAnswer('```json\n{"summary":"S","keyPoints":[]}\n```')).toEqual({
      ok: true,
      answer: { summary: "S", keyPoints: [] },
    });
    expect(parseSummaryAnswer('{"text":"S"}').ok).toBe(false);
    expect(parseSummaryAnswer("not json").ok).toBe(false);
  });
});

describe("shapeAnswer", () => {
  const answer = {
    summary: "One happened. Two followed. Three closed it.",
    keyPoints: ["a", "b", "c", "d"],
  };

  it("keeps two sentences and no key points for a short summary", () => {
    const shaped = shapeAnswer(answer, { length: "short", format: "paragraph" });
    expect(shaped).toEqual({ text: "One happened. Two followed.", keyPoints: [] });
    expect(shaped.text.length).toBeLessThanOrEqual(SHORT_MAX_CHARS);
  });

  it("gives a medium summary at most three key points", () => {
    expect(shapeAnswer(answer, { length: "medium", format: "paragraph" }).keyPoints).toEqual([
      "a",
      "b",
      "c",
    ]);
  });

  it("turns any list marker into a dash for bullets", () => {
    const listed = { summary: "1. First\n* Second\n• Third", keyPoints: [] };
    expect(shapeAnswer(listed, { length: "long", format: "bullets" }).text).toBe(
      "- First\n- Second\n- Third",
    );
  });
});
