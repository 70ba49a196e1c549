import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSeed } from "../../src/articles/parse.js";
import { deriveTitle, forEachBodyWord } from "../../src/articles/title.js";

const seedFile = new URL("../../seeds/000_9575b9c55e492da0.txt", import.meta.url);

describe("deriveTitle", () => {
  it("titles the seed from its slug, capitalized as the body writes each word", () => {
    const raw = parseSeed(readFileSync(seedFile), "seed", null);
    expect(deriveTitle(raw.url, raw.body)).toBe(
      "Lavrov discusses situation on Korean Peninsula with North Korean counterpart in Moscow",
    );
  });

  it("titles a DailyMail URL with an article id folder and a capitalized slug", () => {
    const url =
      "http://www.dailymail.co.uk/sport/football/article-3023941/Gary-Locke-set-confirmed-permanent-Kilmarnock-manager.html";
    const body =
      "Gary Locke will be confirmed as Kilmarnock’s permanent manager on Friday. The club will confirm Gary Locke as the new manager. Set pieces were confirmed as a strength.";
    expect(deriveTitle(url, body)).toBe("Gary Locke set confirmed permanent Kilmarnock manager");
  });

  it("takes capitalization only from mid-sentence words, not sentence starts", () => {
    const body = "Situation reports came in. With that, the talks ended. They met in Moscow.";
    expect(deriveTitle("https://example.com/news/situation-with-talks-in-moscow", body)).toBe(
      "Situation with talks in Moscow",
    );
  });

  it("prefers the body's form of a two-word phrase over the word alone", () => {
    const body =
      "He spoke of the peninsula and the peninsula again. Talks on the Korean Peninsula resumed.";
    expect(
      deriveTitle("https://example.com/2024/01/talks-on-korean-peninsula-123456.html", body),
    ).toBe("Talks on Korean Peninsula");
  });

  it("rejoins contractions the slug split (Let-s, world-s)", () => {
    expect(deriveTitle("https://example.com/a/Let-s-fly-the-world-s-longest-kite.html", "")).toBe(
      "Let's fly the world's longest kite",
    );
  });

  it("falls back to the body's first sentence without a usable slug", () => {
    expect(deriveTitle("https://example.com/news/12345678", "Lavrov met Choe. Then more.")).toBe(
      "Lavrov met Choe",
    );
    expect(deriveTitle("https://example.com/", "Only one sentence here")).toBe(
      "Only one sentence here",
    );
  });

  it("shortens a long first sentence at a word boundary near 100 characters", () => {
    const sentence = `${"word ".repeat(40)}end.`;
    const title = deriveTitle("https://example.com/index.html", sentence);
    expect(title.endsWith("…")).toBe(true);
    expect(title.length).toBeLessThanOrEqual(101);
    expect(title).toMatch(/^word( word)*…$/);
  });

  it("never returns an empty title", () => {
    expect(deriveTitle("https://example.com/", "   ")).toBe("Untitled article");
  });
});

describe("forEachBodyWord", () => {
  it("finds the same words as the regular expression it replaces", () => {
    const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
    const unit = fc.constantFrom(
      "a",
      "Z",
      "é",
      "5",
      "٣",
      "'",
      "’",
      " ",
      ".",
      "-",
      "\n",
      "\u{1D400}",
      "\u{1F600}",
      "\uD800",
      "\uDC00",
      "İ",
      "ß",
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        const words: string[] = [];
        forEachBodyWord(text, (start, end) => words.push(`${start}:${text.slice(start, end)}`));
        const expected = [...text.matchAll(WORD)].map((match) => `${match.index}:${match[0]}`);
        expect(words).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
