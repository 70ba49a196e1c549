import { describe, expect, it } from "vitest";
import { createClaimFilter } from "../../src/index/claim-filter.js";

describe("createClaimFilter", () => {
  it("has every key added, and few it was not given", () => {
    const filter = createClaimFilter();
    const added = Array.from({ length: 20_000 }, (_, i) => `https://example.com/news/${i}`);
    for (const key of added) filter.add(key);
    expect(added.every((key) => filter.mayHave(key))).toBe(true);
    const others = Array.from({ length: 20_000 }, (_, i) => `https://example.com/other/${i}`);
    const falsePositives = others.filter((key) => filter.mayHave(key)).length;
    // 2^23 bits, 4 hashes: expected about 1 in 10^7 at 20,000 keys, 0.03 % at 300,000.
    expect(falsePositives).toBeLessThan(20);
  });
});
