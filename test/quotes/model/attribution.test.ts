import { describe, expect, it } from "vitest";
import { committedModel } from "../../../src/quotes/learned.js";
import { linkAttributions, tagParagraph, tagSpans } from "../../../src/quotes/model/attribution.js";
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

describe("tagParagraph", () => {
  // The committed CRF: its scores ÷ POSTERIOR_TEMPERATURE are its own log-potentials.
  const crf = committedModel();
  const text = "Senator Taylor said the vote was close. The weather was fine on Tuesday.";

  it("gives each span the mean probability of its kind, and reads the marginals only when asked", () => {
    const { spans, mass } = tagParagraph(crf, text);
    expect(mass).toBeNull();
    expect(spans.map((s) => [s.kind, slice(text, s)])).toEqual([
      ["source", "Senator Taylor"],
      ["cue", "said"],
      ["content", "the vote was close"],
    ]);
    for (const s of spans) {
      expect(s.probability).toBeGreaterThan(0.9);
      expect(s.probability).toBeLessThanOrEqual(1 + 1e-9);
    }
  });

  it("with the mass, gives each token its content probability: high in the statement, low outside", () => {
    const { spans, mass } = tagParagraph(crf, text, undefined, true);
    expect(spans).toEqual(tagSpans(crf, text));
    const content = (word: string) => mass!.content[mass!.starts.indexOf(text.indexOf(word))]!;
    expect(text.slice(mass!.starts[1]!, mass!.ends[1]!)).toBe("Taylor");
    expect(content("vote")).toBeGreaterThan(0.9);
    expect(content("Taylor")).toBeLessThan(0.1);
    expect(content("weather")).toBeLessThan(0.1);
  });

  it("returns no spans and an empty mass for an empty paragraph", () => {
    expect(tagParagraph(crf, "", undefined, true)).toEqual({
      spans: [],
      mass: { starts: new Int32Array(0), ends: new Int32Array(0), content: new Float64Array(0) },
    });
  });
});

describe("linkAttributions", () => {
  it("links each statement to its own sentence's source and cue", () => {
    const text = "Taylor said the vote was close. Moore said turnout was high.";
    const found = linkAttributions(tagSpans(model, text)).map((a) => ({
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
    expect(linkAttributions(tagSpans(model, ""))).toEqual([]);
  });
});
