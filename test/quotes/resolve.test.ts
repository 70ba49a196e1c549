import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDirectCandidates } from "../../src/quotes/direct.js";
import { buildLayout } from "../../src/quotes/layout.js";
import { findReportedCandidates } from "../../src/quotes/reported.js";
import { linkUncued, normalizeForKey, resolveSpeakers } from "../../src/quotes/resolve.js";

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
      ..."aB “”‘’'\"«»‚‛„ \t\n\u00a0\u2009\u3000\ufeff.,;:!?É".split(""),
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

/** The direct quotes the rules' phases give for these paragraphs, speakers resolved. */
function directQuotes(paragraphs: string[]) {
  const layout = buildLayout({ paragraphs, text: paragraphs.join("\n\n") });
  const reported = findReportedCandidates(layout);
  const candidates = [
    ...reported.candidates,
    ...findDirectCandidates(layout, reported.candidates, reported.sentenceCues),
  ];
  linkUncued(layout, candidates);
  return resolveSpeakers(layout, candidates).filter((q) => q.kind === "direct");
}

describe("resolveSpeakers", () => {
  it("keeps the attributed copy of a quote a headline repeats without a speaker", () => {
    const paragraphs = [
      "CNN President On Trump: ‘We Do Not Pay Candidates To Appear At Debates.’",
      "“We do not pay candidates to appear at debates,” Zucker said on Thursday.",
    ];
    const quotes = directQuotes(paragraphs);
    expect(quotes.map((q) => [q.text, q.speaker, q.paragraph])).toEqual([
      ["We do not pay candidates to appear at debates", "Zucker", 1],
    ]);
  });

  it("keeps the cued copy of a quote a section heading repeats with a linked speaker", () => {
    const paragraphs = [
      "“Donald Trump is a fraud,” Perez said Sunday on television.",
      "‘We’re vetting VP candidates!’",
      "“We’re vetting VP candidates!” said Arturo Vargas, the head of the association.",
    ];
    const quotes = directQuotes(paragraphs);
    expect(quotes.map((q) => [q.text, q.speaker, q.paragraph])).toEqual([
      ["Donald Trump is a fraud", "Perez", 0],
      ["We’re vetting VP candidates!", "Arturo Vargas", 2],
    ]);
  });

  it("resolves `who` past a long appositive to the name before it", () => {
    const paragraphs = [
      "Skip Rutherford, a longtime Clinton loyalist and dean of the University of Arkansas Clinton School of Public Service, who has known the Clintons for decades, said the state still loves them.",
    ];
    const layout = buildLayout({ paragraphs, text: paragraphs[0]! });
    const reported = findReportedCandidates(layout);
    const candidates = [...reported.candidates];
    linkUncued(layout, candidates);
    const quotes = resolveSpeakers(layout, candidates);
    // Not `has known the Clintons for decades`: `known` takes a statement only with `that`.
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([
      ["Skip Rutherford", "the state still loves them"],
    ]);
  });
});
