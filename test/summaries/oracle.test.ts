import { describe, expect, it } from "vitest";
import { greedyOracle } from "../../src/summaries/oracle.js";

const sentences = [
  "The weather was mild on Tuesday.",
  "The council approved the new library budget of four million euros.",
  "A football match was played in the park.",
  "The library will open next autumn with a children's wing.",
  "Nobody mentioned the parking problem.",
];
const reference =
  "The council approved a library budget of four million euros . The library will open next autumn with a wing for children .";

describe("greedyOracle", () => {
  it("picks the sentences that raise ROUGE against the reference, in article order", () => {
    expect(greedyOracle(sentences, reference)).toEqual([1, 3]);
  });

  it("stops at the limit, keeping the best sentence first", () => {
    expect(greedyOracle(sentences, reference, 1)).toEqual([1]);
  });

  it("picks nothing when no sentence shares a word with the reference", () => {
    expect(greedyOracle(["Completely unrelated words here."], reference)).toEqual([]);
    expect(greedyOracle([], reference)).toEqual([]);
  });
});
