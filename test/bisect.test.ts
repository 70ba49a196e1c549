import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstIndexWhere } from "../src/bisect.js";

describe("firstIndexWhere", () => {
  it("finds where a sorted list reaches a value, as a scan from the start would (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 })),
        fc.integer({ min: -5, max: 55 }),
        (xs, x) => {
          const sorted = [...xs].sort((a, b) => a - b);
          const scanned = sorted.findIndex((v) => v >= x);
          expect(firstIndexWhere(sorted.length, (k) => sorted[k]! >= x)).toBe(
            scanned < 0 ? sorted.length : scanned,
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("gives 0 for an empty list", () => {
    expect(firstIndexWhere(0, () => true)).toBe(0);
  });
});
