import { describe, expect, it } from "vitest";
import { assignFolds, pairedDifference } from "../../bench/summaries-cv.js";

describe("pairedDifference", () => {
  it("counts wins, ties and losses and brackets the mean difference", () => {
    const ours = [3, 2, 5, 1, 4, 4, 6, 2];
    const theirs = [2, 2, 4, 2, 3, 4, 5, 2];
    const result = pairedDifference(ours, theirs);
    expect(result).toMatchObject({ wins: 4, ties: 3, losses: 1, mean: 0.375 });
    expect(result.low).toBeLessThanOrEqual(result.mean);
    expect(result.high).toBeGreaterThanOrEqual(result.mean);
    expect(pairedDifference(ours, theirs)).toEqual(result);
  });

  it("gives a zero-width interval when every article differs by the same amount", () => {
    expect(pairedDifference([2, 3, 4], [1, 2, 3])).toMatchObject({ mean: 1, low: 1, high: 1 });
  });
});

describe("assignFolds", () => {
  it("deals every article into exactly one of k folds of near-equal size, the same every run", () => {
    const folds = assignFolds(123, 5);
    expect(folds.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 123 }, (_, i) => i));
    expect(folds.map((fold) => fold.length)).toEqual([25, 25, 25, 24, 24]);
    expect(assignFolds(123, 5)).toEqual(folds);
  });
});
