import { describe, expect, it } from "vitest";
import { median } from "../../bench/stats.js";

describe("median", () => {
  it("takes the middle value, the mean of the middle two for an even count, and leaves its input alone", () => {
    const values = [5, 1, 3];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
