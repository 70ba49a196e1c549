import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeForKey } from "../../src/quotes/resolve.js";

/** The key as the two regular-expression replacements made it. */
function byPatterns(text: string): string {
  const key = text
    .toLowerCase()
    .replace(/["“”‘’'«»]/g, "")
    .replace(/\s+/g, " ");
  return key.replace(/[ .,;:!?]+$/, "").trim();
}

describe("normalizeForKey", () => {
  it("lower-cases, drops quotation marks and trailing punctuation, and joins white space", () => {
    expect(normalizeForKey("  “We Will  \u00a0 “Win”,” he said.  ")).toBe("we will win, he said");
    expect(normalizeForKey("plain text")).toBe("plain text");
  });

  it("gives the key the regular expressions gave (property)", () => {
    const piece = fc.constantFrom(
      ..."aB “”‘’'\"«» \t\n\u00a0\u2009\u3000\ufeff.,;:!?É".split(""),
      "İ",
      "ab",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(normalizeForKey(text)).toBe(byPatterns(text));
      }),
      { numRuns: 2000 },
    );
  });
});
