import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanTokens } from "../../../src/quotes/model/tokens.js";

/** The pattern the scanner implements. */
const TOKEN = /[\p{L}\p{N}]+(?:[’'.\-&][\p{L}\p{N}]+)*|\S/gu;

function scanned(text: string): [number, number][] {
  const out: [number, number][] = [];
  scanTokens(text, (start, end) => out.push([start, end]));
  return out;
}

function byPattern(text: string): [number, number][] {
  return [...text.matchAll(TOKEN)].map((m) => [m.index, m.index + m[0].length]);
}

describe("scanTokens", () => {
  it("finds the tokens the pattern finds in news text with marks and accents", () => {
    const text =
      "“It’s well-known,” Mr. O’Neil said — at 3.5% — of Zoë’s café (U.S.-led) & A&M… ‘n’ ’90s «oui»\u00a0x\u2009y 日本語 𝐁old e\u0301";
    expect(scanned(text)).toEqual(byPattern(text));
  });

  it("finds the tokens the pattern finds in any text (property)", () => {
    const pieces = fc.constantFrom(
      ..."aZ09 '’.-&“”‘—–…«»\u00a0\u2009\u3000\n\té日𝐁\u0301\ud800,!?".split(""),
      "𝐁",
      "ab",
      "Mr.",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(scanned(text)).toEqual(byPattern(text));
      }),
      { numRuns: 500 },
    );
  });
});
