import { existsSync, readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/articles/clean.js";
import { parseSeed } from "../../src/articles/parse.js";
import {
  checkQuotes,
  describeRemovedQuotes,
  findQuotations,
  findQuotedSpans,
  isQuoteInArticle,
  normalizeForQuotes,
} from "../../src/summaries/quote-check.js";
import {
  buildQuoteCases,
  PLACEMENTS,
  place,
  QUOTE_STYLES,
  quoteSurvived,
  wrap,
} from "../support/quote-cases.js";

const article =
  "“We would like to continue our  confidential\ndialogue,” Lavrov said. It’s ‘a new era’, he added. In the ’90s the students’ union said: “we don’t give up — ever”.";

describe("normalizeForQuotes", () => {
  it("collapses white space and straightens quote marks and dashes", () => {
    expect(normalizeForQuotes("“It’s\n  fine” – «really» — ok")).toBe(
      `"It's fine" - "really" - ok`,
    );
  });

  it("folds fullwidth forms and drops invisible characters", () => {
    expect(normalizeForQuotes("ＡＢＣ\u200b def")).toBe("ABC def");
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

  it("recognizes every quotation style", () => {
    const text =
      `a "one" b 'two' c “three” d ‘four’ e „five“ f ‚six‘ g ‹seven› h «eight» i « nine » ` +
      `j »ten« k 「eleven」 l 『twelve』 m ＂thirteen＂ n “fourteen" o "fifteen” p ‘sixteen'.`;
    expect(findQuotedSpans(text)).toEqual([
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
    ]);
  });

  it("keeps apostrophes, plural possessives and elisions inside single quotes", () => {
    expect(
      findQuotedSpans(`She said 'the students' views don't matter in the '90s sense'.`),
    ).toEqual(["the students' views don't matter in the '90s sense"]);
    expect(findQuotedSpans(`It was 'a success'. The students' union disagreed.`)).toEqual([
      "a success",
    ]);
  });

  it("follows a quotation across a line break", () => {
    expect(findQuotedSpans("He said “we are\nready” today.")).toEqual(["we are\nready"]);
  });

  it("takes an unclosed quotation to the end of its line", () => {
    expect(findQuotations("He said “we won\nNext line.")).toEqual([
      { text: "we won", start: 8, end: 15 },
    ]);
  });
});

describe("isQuoteInArticle", () => {
  const normalized = normalizeForQuotes(article);

  it("matches after normalizing white space, quotes and dashes, ignoring edge punctuation", () => {
    expect(isQuoteInArticle("continue our confidential dialogue.", normalized)).toBe(true);
    expect(isQuoteInArticle("we don't give up - ever", normalized)).toBe(true);
    expect(isQuoteInArticle("continue our secret dialogue", normalized)).toBe(false);
  });

  it("requires every fragment around an ellipsis, in order", () => {
    expect(isQuoteInArticle("We would like … confidential dialogue", normalized)).toBe(true);
    expect(isQuoteInArticle("We would like [...] dialogue", normalized)).toBe(true);
    expect(isQuoteInArticle("confidential dialogue ... We would like", normalized)).toBe(false);
    expect(isQuoteInArticle("We would like … secret talks", normalized)).toBe(false);
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

  it("removes every sentence a fabricated quotation spans", () => {
    const result = checkQuotes(
      { text: "First. He said „we won. It is over“ and left. Last one.", keyPoints: [] },
      article,
    );
    expect(result.text).toBe("First. Last one.");
  });

  it("keeps real and removes fabricated quotations in every style and placement", () => {
    const words = fc.constantFrom(
      "the",
      "students'",
      "union",
      "don't",
      "won't",
      "minister",
      "said",
      "talks",
      "we",
      "will",
      "continue",
      "peace",
      "it's",
      "90",
      "rock",
    );
    fc.assert(
      fc.property(
        fc.array(words, { minLength: 12, maxLength: 40 }),
        fc.nat(),
        fc.integer({ min: 3, max: 8 }),
        fc.constantFrom(...QUOTE_STYLES),
        fc.constantFrom(...PLACEMENTS),
        fc.boolean(),
        (tokens, startSeed, length, style, placement, breakLine) => {
          const text = `Intro sentence. ${tokens.join(" ")}. Closing sentence.`;
          const start = startSeed % (tokens.length - length);
          const slice = tokens.slice(start, start + length);
          if (slice.at(-1)?.endsWith("'") || /^90/.test(slice[0]!)) return;
          const real = slice.join(" ");
          const fake = [...slice.slice(0, 1), "zebras", ...slice.slice(1)].join(" ");
          for (const [quote, fabricated] of [
            [real, false],
            [fake, true],
          ] as const) {
            const summary = place(wrap(quote, style, breakLine), placement);
            const kept = quoteSurvived(checkQuotes(summary, text), placement);
            expect(kept, `${style.name} ${placement}: ${quote}`).toBe(!fabricated);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  const dirs = [
    new URL("../../seeds/", import.meta.url),
    new URL("../../../shared/corpus/cnndm-dev/", import.meta.url),
    new URL("../../../../shared/corpus/cnndm-dev/", import.meta.url),
  ].filter((dir) => existsSync(dir));

  it("keeps every real and removes every fabricated quotation from real articles", () => {
    const texts = dirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .slice(0, 20)
        .map((f) => {
          const raw = parseSeed(readFileSync(new URL(f, dir), "utf8"), f, f);
          return cleanArticle(raw, { origin: "seed", addedAt: 0 }).text;
        }),
    );
    const cases = buildQuoteCases(texts, 1);
    expect(cases.length).toBeGreaterThan(100);
    const wrong = cases.filter(
      (c) => quoteSurvived(checkQuotes(c.summary, c.article), c.placement) === c.fabricated,
    );
    expect(wrong.map((c) => `${c.style.name} ${c.placement}: ${c.quote}`)).toEqual([]);
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
