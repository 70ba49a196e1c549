import { describe, expect, it } from "vitest";
import { findModelAttributions, tagSpans } from "../../../src/quotes/model/attribution.js";
import { trainSaidModel } from "./synthetic.js";

const model = trainSaidModel();
const slice = (text: string, span: { start: number; end: number } | null) =>
  span ? text.slice(span.start, span.end) : null;

describe("tagSpans", () => {
  it("marks source, cue and content spans with paragraph offsets and a confidence", () => {
    const text = "Taylor said the vote was close.";
    const spans = tagSpans(model, text);
    expect(spans.map((s) => [s.kind, slice(text, s)])).toEqual([
      ["source", "Taylor"],
      ["cue", "said"],
      ["content", "the vote was close"],
    ]);
    expect(spans.every((s) => Number.isFinite(s.confidence))).toBe(true);
  });
});

describe("findModelAttributions", () => {
  it("links each statement to its own sentence's source and cue", () => {
    const text = "Taylor said the vote was close. Moore said turnout was high.";
    const found = findModelAttributions(model, text).map((a) => ({
      content: slice(text, a.content),
      source: slice(text, a.source),
      cue: slice(text, a.cue),
    }));
    expect(found).toEqual([
      { content: "the vote was close", source: "Taylor", cue: "said" },
      { content: "turnout was high", source: "Moore", cue: "said" },
    ]);
  });

  it("finds nothing in a paragraph without attribution", () => {
    expect(findModelAttributions(model, "")).toEqual([]);
  });
});
