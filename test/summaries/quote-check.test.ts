import { describe, expect, it } from "vitest";
import {
  checkQuotes,
  describeRemovedQuotes,
  findQuotedSpans,
  isQuoteInArticle,
  normalizeForQuotes,
} from "../../src/summaries/quote-check.js";

const article =
  "“We would like to continue our  confidential\ndialogue,” Lavrov said. It’s ‘a new era’, he added.";

describe("normalizeForQuotes", () => {
  it("collapses white space and straightens quote marks", () => {
    expect(normalizeForQuotes("“It’s\n  fine”")).toBe(`"It's fine"`);
  });
});

describe("findQuotedSpans", () => {
  it("finds double and single curly quotes but not apostrophes", () => {
    expect(findQuotedSpans(`He said “it’s over” and "no" and ‘maybe’ — it’s Bob’s.`)).toEqual([
      "it’s over",
      "no",
      "maybe",
    ]);
  });
});

describe("isQuoteInArticle", () => {
  it("matches after normalizing white space and quotes, ignoring edge punctuation", () => {
    const normalized = normalizeForQuotes(article);
    expect(isQuoteInArticle("continue our confidential dialogue.", normalized)).toBe(true);
    expect(isQuoteInArticle("We would like … confidential dialogue", normalized)).toBe(true);
    expect(isQuoteInArticle("continue our secret dialogue", normalized)).toBe(false);
  });
});

describe("checkQuotes", () => {
  it("removes the sentence with a fabricated quote and reports it", () => {
    const result = checkQuotes(
      {
        text: "Lavrov wants to “continue our confidential dialogue”. He promised “total victory”. Talks go on.",
        keyPoints: ["It is “a new era”.", "He said “we will win”."],
      },
      article,
    );
    expect(result.text).toBe("Lavrov wants to “continue our confidential dialogue”. Talks go on.");
    expect(result.keyPoints).toEqual(["It is “a new era”."]);
    expect(result.removed).toEqual(["total victory", "we will win"]);
  });

  it("removes a bullet line with a fabricated quote", () => {
    const result = checkQuotes({ text: "- He said “no”.\n- Talks go on.", keyPoints: [] }, article);
    expect(result.text).toBe("- Talks go on.");
  });
});

describe("describeRemovedQuotes", () => {
  it("says nothing when nothing was removed and names the quotes otherwise", () => {
    expect(describeRemovedQuotes([])).toBeNull();
    expect(describeRemovedQuotes(["a", "b"])).toBe(
      "Removed 2 quotes not found in the article: “a”, “b”.",
    );
  });
});
