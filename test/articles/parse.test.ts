import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ArticleFormatError,
  isArticleFormatError,
  MAX_ARTICLE_BYTES,
  parseSeed,
} from "../../src/articles/parse.js";

const seedFile = new URL("../../seeds/000_9575b9c55e492da0.txt", import.meta.url);
const good =
  " date 2024-01-16 https://example.com/news/story-1.html\nThe body. It has two sentences.\n";

function reasonFor(content: string | Uint8Array): string {
  try {
    parseSeed(content, "x", "x.txt");
  } catch (error) {
    if (isArticleFormatError(error)) return error.reason;
    throw error;
  }
  throw new Error("expected an ArticleFormatError");
}

describe("parseSeed", () => {
  it("parses the real seed: id, date, URL, file and the body after the header", () => {
    const raw = parseSeed(readFileSync(seedFile), "000_9575b9c55e492da0", "seeds/000.txt");
    expect(raw).toMatchObject({
      id: "000_9575b9c55e492da0",
      date: "2024-01-16",
      url: "https://sputnikglobe.com/20240116/lavrov-discusses-situation-on-korean-peninsula-with-north-korean-counterpart-in-moscow-1116196209.html",
      file: "seeds/000.txt",
    });
    expect(raw.body.startsWith("Russian Foreign Minister Sergey Lavrov said on Tuesday")).toBe(
      true,
    );
  });

  it("accepts a string or bytes alike", () => {
    expect(parseSeed(good, "a", null)).toEqual(
      parseSeed(new TextEncoder().encode(good), "a", null),
    );
  });

  it("keeps the body exactly as written after the header line", () => {
    expect(parseSeed(good, "a", null).body).toBe("The body. It has two sentences.\n");
  });

  it("tolerates leading white space and blank lines before the header", () => {
    const raw = parseSeed(`\n  \n\t date 2024-01-16 https://example.com/a\nBody.`, "a", null);
    expect(raw.date).toBe("2024-01-16");
    expect(raw.body).toBe("Body.");
  });

  it("strips a UTF-8 BOM, from a string or from bytes", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(good)]);
    expect(parseSeed(bytes, "a", null).date).toBe("2024-01-16");
    expect(parseSeed(`\ufeff${good}`, "a", null).date).toBe("2024-01-16");
  });

  it("accepts CRLF line ends", () => {
    const raw = parseSeed(
      " date 2024-01-16 https://example.com/a\r\nLine one.\r\nLine two.\r\n",
      "a",
      null,
    );
    expect(raw.body).toBe("Line one.\nLine two.\n");
  });

  it.each([
    ["a missing header", "Just a body without header.\nMore.", /missing header/],
    ["a malformed header", " date 2024-01-16\nBody.", /malformed header/],
    ["a malformed date", " date 16/01/2024 https://example.com/a\nBody.", /malformed date/],
    [
      "an impossible date",
      " date 2024-02-30 https://example.com/a\nBody.",
      /impossible date 2024-02-30/,
    ],
    ["an impossible month", " date 2024-13-01 https://example.com/a\nBody.", /impossible date/],
    [
      "a non-http(s) URL",
      " date 2024-01-16 ftp://example.com/a\nBody.",
      /not an http\(s\) URL: ftp/,
    ],
    ["a malformed URL", " date 2024-01-16 example.com/a\nBody.", /malformed URL/],
    ["an empty body", " date 2024-01-16 https://example.com/a\n \n\t\n", /empty body/],
    ["a header and nothing else", " date 2024-01-16 https://example.com/a", /empty body/],
    ["an empty file", "", /empty file/],
    ["NUL bytes", `${good}\u0000\u0000`, /binary content/],
    ["many control characters", `${good}${"\u0001\u0002\u0003".repeat(10)}`, /binary content/],
  ])("rejects %s", (_name, content, reason) => {
    expect(reasonFor(content)).toMatch(reason);
  });

  it("accepts a 29 February in a leap year", () => {
    expect(parseSeed(" date 2024-02-29 https://example.com/a\nBody.", "a", null).date).toBe(
      "2024-02-29",
    );
    expect(reasonFor(" date 2023-02-29 https://example.com/a\nBody.")).toMatch(/impossible date/);
  });

  it("accepts the years 0001 to 0099 (Date.UTC would read them as 1900 to 1999)", () => {
    for (const date of ["0001-01-01", "0099-12-31", "0004-02-29", "0050-06-15"]) {
      expect(parseSeed(` date ${date} https://example.com/a\nBody.`, "a", null).date).toBe(date);
    }
    expect(reasonFor(" date 0001-02-29 https://example.com/a\nBody.")).toMatch(/impossible date/);
  });

  it("rejects a body made only of invisible characters as empty", () => {
    for (const body of ["\u200b\u200b", "\ufeff", "\u200c \u200d\n\u2060", "\u00ad\u200e"]) {
      expect(reasonFor(` date 2024-01-16 https://example.com/a\n${body}\n`), body).toMatch(
        /empty body/,
      );
    }
    expect(
      parseSeed(" date 2024-01-16 https://example.com/a\n\u200bWord\n", "a", null).body,
    ).toContain("Word");
  });

  it("rejects invalid UTF-8 bytes", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(good), 0xc3, 0x28, 0xff]);
    expect(reasonFor(bytes)).toMatch(/not valid UTF-8/);
  });

  it("rejects binary bytes", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(good), 0, 1, 2, 3, 0]);
    expect(reasonFor(bytes)).toMatch(/binary content/);
  });

  it("judges control characters the same in bytes and in a string: a few are text, many are binary (property)", () => {
    const piece = fc.constantFrom(
      "word ",
      "é ",
      "\n",
      "\t",
      "\r\n",
      "\u0001",
      "\u007f",
      "\u000b",
      "\u0000",
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 300 }), (pieces) => {
        const content = ` date 2024-01-16 https://example.com/x\n${pieces.join("")}`;
        const outcome = (input: string | Uint8Array) => {
          try {
            return parseSeed(input, "x", "x.txt");
          } catch (error) {
            if (isArticleFormatError(error)) return error.reason;
            throw error;
          }
        };
        expect(outcome(new TextEncoder().encode(content))).toEqual(outcome(content));
      }),
    );
    const text = ` date 2024-01-16 https://example.com/x\n${"plain words ".repeat(20)}\u0001 end`;
    expect(parseSeed(new TextEncoder().encode(text), "x", null).body).toContain("\u0001");
  });

  it("rejects content over MAX_ARTICLE_BYTES, as bytes or as a string", () => {
    const big = good + "x".repeat(MAX_ARTICLE_BYTES);
    expect(reasonFor(big)).toMatch(/larger than 5 MB/);
    expect(reasonFor(new TextEncoder().encode(big))).toMatch(/larger than 5 MB/);
    // Multi-byte characters count as their UTF-8 size.
    const wide = good + "é".repeat(MAX_ARTICLE_BYTES / 2);
    expect(wide.length).toBeLessThan(MAX_ARTICLE_BYTES);
    expect(reasonFor(wide)).toMatch(/larger than 5 MB/);
  });

  it("throws an ArticleFormatError whose message is its reason", () => {
    let caught: unknown;
    try {
      parseSeed("no header", "a", null);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArticleFormatError);
    expect((caught as ArticleFormatError).name).toBe("ArticleFormatError");
    expect((caught as ArticleFormatError).message).toBe((caught as ArticleFormatError).reason);
  });
});

describe("isArticleFormatError", () => {
  it("recognises only ArticleFormatError", () => {
    expect(isArticleFormatError(new ArticleFormatError("bad"))).toBe(true);
    expect(isArticleFormatError(new Error("bad"))).toBe(false);
    expect(isArticleFormatError("bad")).toBe(false);
  });
});
