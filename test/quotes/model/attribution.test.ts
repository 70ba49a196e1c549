import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { committedModel } from "../../../src/quotes/learned.js";
import {
  linkAttributions,
  type TaggedSpan,
  tagParagraph,
  tagSpans,
} from "../../../src/quotes/model/attribution.js";
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
    const source = (word: string) => mass!.source[mass!.starts.indexOf(text.indexOf(word))]!;
    expect(source("Taylor")).toBeGreaterThan(0.9);
    expect(source("vote")).toBeLessThan(0.1);
  });

  it("with the mass for spans only, reads the marginals only where the tagger marks something", () => {
    expect(tagParagraph(crf, text, undefined, "with-spans").mass).toEqual(
      tagParagraph(crf, text, undefined, true).mass,
    );
    const nothing = "The weather was fine on Tuesday.";
    expect(tagParagraph(crf, nothing, undefined, "with-spans")).toEqual({ spans: [], mass: null });
    expect(tagParagraph(crf, nothing, undefined, true).mass?.content).toHaveLength(7);
  });

  it("returns no spans and an empty mass for an empty paragraph", () => {
    expect(tagParagraph(crf, "", undefined, true)).toEqual({
      spans: [],
      mass: {
        starts: new Int32Array(0),
        ends: new Int32Array(0),
        content: new Float64Array(0),
        source: new Float64Array(0),
      },
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

  it("links as a scan of every span would, reading only those within reach (property)", () => {
    const gap = (a: TaggedSpan, b: TaggedSpan) =>
      a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
    // The nearest span of a kind within reach, preferring the same sentence, by a full scan.
    const scan = (spans: TaggedSpan[], kind: string, to: TaggedSpan, reach: number) => {
      let best: TaggedSpan | null = null;
      let bestCost = Number.POSITIVE_INFINITY;
      for (const s of spans) {
        if (s.kind !== kind || gap(s, to) > reach) continue;
        const cost = gap(s, to) + (s.sentence === to.sentence ? 0 : reach / 2);
        if (cost < bestCost) {
          best = s;
          bestCost = cost;
        }
      }
      return best;
    };
    const piece = fc.record({
      kind: fc.constantFrom("content", "cue", "source"),
      space: fc.integer({ min: 0, max: 150 }),
      length: fc.integer({ min: 1, max: 120 }),
      newSentence: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        // Spans in text order, as the tagger gives them: apart, one after another.
        const spans: TaggedSpan[] = [];
        let at = 0;
        let sentence = 0;
        for (const { kind, space, length, newSentence } of pieces) {
          if (newSentence) sentence++;
          const start = at + space;
          spans.push({
            kind: kind as TaggedSpan["kind"],
            start,
            end: start + length,
            sentence,
            confidence: 0,
            probability: 0,
          });
          at = start + length;
        }
        const expected = spans
          .filter((s) => s.kind === "content")
          .map((content) => {
            const cue = scan(spans, "cue", content, 240);
            return { content, source: scan(spans, "source", cue ?? content, 160), cue };
          });
        expect(linkAttributions(spans)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
