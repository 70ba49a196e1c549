import { describe, expect, it } from "vitest";
import { type GridScore, tradeOffCurve } from "../../scripts/train-quotes.js";

describe("tradeOffCurve", () => {
  it("gives the best mean F1 among the filters reaching each speaker accuracy", () => {
    const scores = new Map<string, GridScore>([
      ["loose", { f1: [0.8, 0.82], speaker: [0.91, 0.91] }],
      ["middle", { f1: [0.79, 0.79], speaker: [0.925, 0.93] }],
      ["strict", { f1: [0.75, 0.77], speaker: [0.93, 0.94] }],
    ]);
    const curve = tradeOffCurve(scores, 0.927);
    expect(curve.map((p) => p.level?.toFixed(4) ?? null)).toEqual([
      null,
      "0.9220",
      "0.9245",
      "0.9270",
      "0.9285",
      "0.9305",
    ]);
    expect(curve.map((p) => p.setting)).toEqual([
      "loose",
      "middle",
      "middle",
      "middle",
      "strict",
      "strict",
    ]);
    expect(curve[0]!.f1).toBeCloseTo(0.81);
    expect(curve[5]!.f1).toBeCloseTo(0.76);
  });

  it("says none where no filter reaches the level", () => {
    const scores = new Map<string, GridScore>([["only", { f1: [0.7], speaker: [0.9] }]]);
    expect(tradeOffCurve(scores, 0.95).slice(1)).toEqual(
      Array(5).fill({ level: expect.any(Number), f1: null, setting: null }),
    );
  });
});
