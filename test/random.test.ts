import { describe, expect, it } from "vitest";
import { seededRandom } from "../src/random.js";

describe("seededRandom", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const take = (seed: number) => {
      const next = seededRandom(seed);
      return Array.from({ length: 5 }, () => next());
    };
    expect(take(18)).toEqual(take(18));
    expect(take(18)).not.toEqual(take(19));
  });

  it("draws in [0, 1), spread over the whole range", () => {
    const next = seededRandom(1);
    const draws = Array.from({ length: 10_000 }, () => next());
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const low = draws.filter((x) => x < 0.5).length;
    expect(low).toBeGreaterThan(4_500);
    expect(low).toBeLessThan(5_500);
  });

  it("is mulberry32: its first draw for seed 1 is the reference value", () => {
    expect(seededRandom(1)()).toBeCloseTo(0.6270739405881613, 12);
  });
});
