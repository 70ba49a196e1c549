import { describe, expect, it } from "vitest";
import { createClaimFilter } from "../../src/index/postgres-bulk.js";

describe("createClaimFilter", () => {
  it("has every key added, and few it was not given", () => {
    const filter = createClaimFilter();
    const added = Array.from({ length: 20_000 }, (_, i) => `https://example.com/news/${i}`);
    for (const key of added) filter.add(key);
    expect(added.every((key) => filter.mayHave(key))).toBe(true);
    const others = Array.from({ length: 20_000 }, (_, i) => `https://example.com/other/${i}`);
    const falsePositives = others.filter((key) => filter.mayHave(key)).length;
    expect(falsePositives).toBeLessThan(200); // about 0.3 % at 100,000 keys; far fewer here
  });
});
