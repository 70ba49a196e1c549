import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS, rankSentences } from "../../src/summaries/rank.js";

const sentences = [
  "But will the city council approve the new library budget this week?",
  "The city council approved a budget of 4 million euros for the new public library on Monday.",
  "The mayor asked, 'Who will pay for the new library and its staff?'",
];

describe("rankSentences", () => {
  it("lowers a sentence that asks its own question by the question weight, not a quoted one", () => {
    const plain = rankSentences(sentences, { ...DEFAULT_WEIGHTS, question: 0 }).scores;
    const penalized = rankSentences(sentences, { ...DEFAULT_WEIGHTS, question: 0.5 }).scores;
    expect(penalized[0]).toBeCloseTo(plain[0]! - 0.5);
    expect(penalized[1]).toBeCloseTo(plain[1]!);
    expect(penalized[2]).toBeCloseTo(plain[2]!);
  });
});
