import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  averageRouge,
  lcsLength,
  scoreRouge,
  scoreRougeLsum,
  tokenizeForRouge,
} from "../../src/summaries/rouge.js";

describe("tokenizeForRouge", () => {
  it("lower-cases and keeps runs of letters and digits", () => {
    expect(tokenizeForRouge("The U.S. paid £2,100 -- it's 13%!")).toEqual([
      "the",
      "u",
      "s",
      "paid",
      "2",
      "100",
      "it",
      "s",
      "13",
    ]);
  });
});

describe("tokenizeForRouge with stemming", () => {
  it("Porter-stems tokens longer than three characters, as rouge-score does", () => {
    expect(tokenizeForRouge("The ponies were running; cats sat.", { stem: true })).toEqual([
      "the",
      "poni",
      "were",
      "run",
      "cat",
      "sat",
    ]);
  });
});

describe("scoreRouge with stemming", () => {
  it("matches inflected forms that unstemmed ROUGE misses", () => {
    const plain = scoreRouge("officials warned", "the official warning");
    const stemmed = scoreRouge("officials warned", "the official warning", { stem: true });
    expect(plain.rouge1.f1).toBe(0);
    expect(stemmed.rouge1.f1).toBeCloseTo(0.8);
    expect(stemmed.rouge2.f1).toBeCloseTo(2 / 3);
  });
});

describe("lcsLength", () => {
  it("finds the longest common subsequence", () => {
    expect(lcsLength(["a", "b", "c", "d"], ["a", "c", "d", "b"])).toBe(3);
    expect(lcsLength([], ["a"])).toBe(0);
  });
});

describe("scoreRouge", () => {
  it("computes unigram, bigram and LCS F1 by hand-checkable counts", () => {
    // candidate: the cat sat on the mat (6); reference: the cat lay on the mat (6)
    const s = scoreRouge("The cat sat on the mat", "the cat lay on the mat");
    expect(s.rouge1.f1).toBeCloseTo(5 / 6);
    expect(s.rouge2.f1).toBeCloseTo(3 / 5); // the cat, on the, the mat
    expect(s.rougeL.f1).toBeCloseTo(5 / 6);
  });

  it("scores identical text 1 and disjoint text 0 (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 2, maxLength: 20 }),
        (words) => {
          const text = words.join(" ");
          const same = scoreRouge(text, text);
          expect(same.rouge1.f1).toBeCloseTo(1);
          expect(same.rougeL.f1).toBeCloseTo(1);
          expect(scoreRouge(text, "0 1 2").rouge1.f1).toBe(0);
        },
      ),
    );
  });
});

describe("scoreRougeLsum", () => {
  it("takes the union of per-sentence LCS hits against each reference sentence", () => {
    const s = scoreRougeLsum(["a b", "c d"], ["a c d"]);
    expect(s.recall).toBeCloseTo(1);
    expect(s.precision).toBeCloseTo(3 / 4);
  });

  it("does not count a candidate token twice across reference sentences", () => {
    const s = scoreRougeLsum(["cat"], ["cat", "cat"]);
    expect(s.recall).toBeCloseTo(1 / 2);
    expect(s.precision).toBeCloseTo(1);
  });
});

describe("averageRouge", () => {
  it("averages F1 and scales to percent", () => {
    const avg = averageRouge([scoreRouge("a b", "a b"), scoreRouge("a b", "c d")]);
    expect(avg.r1).toBeCloseTo(50);
  });
});
