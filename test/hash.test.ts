import { describe, expect, it } from "vitest";
import { fnv1a, mix32 } from "../src/hash.js";

describe("fnv1a", () => {
  it("gives FNV-1a's published 32-bit values, and another value from another basis", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
    expect(fnv1a("a", 0x811c9dc5 ^ 0x9e3779b9)).not.toBe(fnv1a("a"));
  });
});

describe("mix32", () => {
  it("maps zero to zero and spreads neighbouring inputs far apart", () => {
    expect(mix32(0)).toBe(0);
    const a = mix32(1);
    const b = mix32(2);
    let differing = a ^ b;
    let bits = 0;
    while (differing) {
      bits += differing & 1;
      differing >>>= 1;
    }
    expect(bits).toBeGreaterThan(8);
  });
});
