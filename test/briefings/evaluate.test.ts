import { describe, expect, it } from "vitest";
import { scoreClusters } from "../../src/briefings/evaluate.js";

describe("scoreClusters", () => {
  const labels = ["a", "a", "a", "b", "b", "c"];

  it("gives full marks to the labelled partition", () => {
    expect(scoreClusters([[0, 1, 2], [3, 4], [5]], labels)).toEqual({
      purity: 1,
      completeness: 1,
      pairPrecision: 1,
      pairRecall: 1,
      pairF1: 1,
    });
  });

  it("counts a merged cluster against purity and pair precision", () => {
    const s = scoreClusters([[0, 1, 2, 3, 4], [5]], labels);
    expect(s.purity).toBeCloseTo(4 / 6);
    expect(s.completeness).toBe(1);
    expect(s.pairPrecision).toBeCloseTo(4 / 10);
    expect(s.pairRecall).toBe(1);
  });

  it("counts a split story against completeness and pair recall", () => {
    const s = scoreClusters([[0], [1, 2], [3, 4], [5]], labels);
    expect(s.purity).toBe(1);
    expect(s.completeness).toBeCloseTo(5 / 6);
    expect(s.pairRecall).toBeCloseTo(2 / 4);
  });
});
