import { describe, expect, it } from "vitest";
import { type QuoteTrace, speakerErrorClass } from "../../scripts/speaker-errors.js";
import type { Quote } from "../../src/quotes/types.js";

const paragraph =
  "Mr. Paulson, who bet against mortgages, told investors that the fears were overblown.";
const trace = (over: Partial<QuoteTrace>): QuoteTrace => ({
  origin: "model",
  phrase: null,
  inherited: false,
  paragraph,
  linkedSource: null,
  taggedSources: [],
  ...over,
});
const quote = (speaker: string | null): Quote => ({
  kind: "indirect",
  text: "the fears were overblown",
  speaker,
  speakerTitle: null,
  cue: null,
  paragraph: 0,
  start: 60,
  end: 84,
});

describe("speakerErrorClass", () => {
  it("tells a statement without a cue from one that inherited a speaker", () => {
    expect(speakerErrorClass(trace({}), quote(null), "Mr. Paulson")).toBe(
      "no cue, no speaker (gold source in the paragraph)",
    );
    expect(speakerErrorClass(trace({ inherited: true }), quote("Ackman"), "Mr. Paulson")).toBe(
      "inherited a wrong speaker (gold source in the paragraph)",
    );
    expect(speakerErrorClass(trace({}), quote(null), "Ms. Yellen")).toBe(
      "no cue, no speaker (gold source elsewhere)",
    );
  });

  it("tells a right phrase resolved wrongly from a pronoun, a description and another name", () => {
    const wrong = quote("John Paulson Jr.");
    expect(speakerErrorClass(trace({ phrase: "Mr. Paulson" }), wrong, "Mr. Paulson")).toBe(
      "right phrase, resolved to another name",
    );
    expect(speakerErrorClass(trace({ phrase: "he" }), quote("Ackman"), "Mr. Paulson")).toBe(
      "pronoun `he` resolved to another name (gold source in the paragraph)",
    );
    expect(speakerErrorClass(trace({ phrase: "the investor" }), wrong, "Mr. Paulson")).toBe(
      "description resolved wrongly (gold source in the paragraph)",
    );
    expect(speakerErrorClass(trace({ phrase: "Ackman" }), quote("Ackman"), "Mr. Paulson")).toBe(
      "another name linked (gold source in the paragraph)",
    );
  });
});
