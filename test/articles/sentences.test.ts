import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isContinuationStart, splitSentences } from "../../src/articles/sentences.js";

const texts = (input: string): string[] => splitSentences(input).map((span) => span.text);

describe("splitSentences", () => {
  it("splits at a period, question mark or exclamation mark followed by a capital", () => {
    expect(texts("It rained. Was it cold? Yes! Then it stopped.")).toEqual([
      "It rained.",
      "Was it cold?",
      "Yes!",
      "Then it stopped.",
    ]);
  });

  it("splits glued sentences: a lower-case letter, a period, a capitalised word", () => {
    expect(texts("He spoke on Tuesday.North Korea will respond.")).toEqual([
      "He spoke on Tuesday.",
      "North Korea will respond.",
    ]);
  });

  it("splits a glued sentence after a number", () => {
    expect(texts("Prices rose in 2024.The bank said so.")).toEqual([
      "Prices rose in 2024.",
      "The bank said so.",
    ]);
  });

  it.each([
    ["U.S. and U.K.", "The U.S. State Department and the U.K. Foreign Office agreed."],
    ["e.g. and i.e.", "Some countries, e.g. North Korea, i.e. Pyongyang, refused."],
    ["titles", "Mr. Smith met Dr. Jones and Prof. Brown."],
    ["months and numbers", "It happened on Sept. 11 at No. 10 Downing Street."],
    ["initials", "The book by J. K. Rowling sold well."],
    ["decimals and times", "It grew 3.5 per cent by 10.30 a.m. on Monday."],
    ["domain names", "Read more on sputnikglobe.com and RIA.ru today."],
    [
      "an ellipsis inside quotes",
      '"Through joint efforts... Comrade Kim then invited him," she said.',
    ],
    ["an open quotation", '"We must admit it. We will continue," Lavrov added.'],
    ["a lower-case word after a period", "Prices fell, etc. and then rose."],
  ])("does not split %s", (_name, sentence) => {
    expect(texts(sentence)).toEqual([sentence]);
  });

  it("ends a sentence after the closing quote mark", () => {
    expect(texts('He said: "It is over." Then he left. She said “Fine.” It ended.')).toEqual([
      'He said: "It is over."',
      "Then he left.",
      "She said “Fine.”",
      "It ended.",
    ]);
  });

  it("splits after a dotted abbreviation when a typical sentence opener follows", () => {
    expect(texts("He moved to the U.S. The talks resumed.")).toEqual([
      "He moved to the U.S.",
      "The talks resumed.",
    ]);
  });

  it("splits quotations that re-open before they close (a multi-paragraph quote on one line)", () => {
    expect(
      texts("‘I had a taste of it. It’s a fantastic opportunity. ‘But it is not about me.’"),
    ).toEqual(["‘I had a taste of it. It’s a fantastic opportunity.", "‘But it is not about me.’"]);
  });

  it("treats an apostrophe as no quotation mark", () => {
    expect(texts("It’s over. The players’ union agreed. They’re happy.")).toEqual([
      "It’s over.",
      "The players’ union agreed.",
      "They’re happy.",
    ]);
  });

  it("ends a sentence at a line break unless the next line continues it", () => {
    expect(texts("A headline\nThe problems on the peninsula\n, the minister said.")).toEqual([
      "A headline",
      "The problems on the peninsula\n, the minister said.",
    ]);
  });

  it("returns offsets such that each span is the text between them, trimmed", () => {
    const input = "  First one.   Second one?\n\n Third.North follows.  ";
    const spans = splitSentences(input);
    expect(spans.map((span) => input.slice(span.start, span.end))).toEqual([
      "First one.",
      "Second one?",
      "Third.",
      "North follows.",
    ]);
  });

  it("returns nothing for blank text", () => {
    expect(splitSentences("  \n\n \t")).toEqual([]);
  });

  it("keeps every character: spans are exact, ordered, trimmed and cover all non-space text", () => {
    const piece = fc.constantFrom(
      "The",
      "talks",
      "U.S.",
      "e.g.",
      "J.",
      "3.5",
      ".",
      "?",
      "!",
      "...",
      '"',
      "“",
      "”",
      "‘",
      "’",
      ",",
      " ",
      "  ",
      "\n",
      "\n\n",
      "Korea",
      "tuesday",
      "\u00a0",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const input = pieces.join("");
        const spans = splitSentences(input);
        let previousEnd = 0;
        let covered = "";
        for (const span of spans) {
          expect(input.slice(span.start, span.end)).toBe(span.text);
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.text).toBe(span.text.trim());
          expect(span.text).not.toBe("");
          previousEnd = span.end;
          covered += span.text;
        }
        expect(covered.replace(/\s/g, "")).toBe(input.replace(/\s/g, ""));
      }),
    );
  });
});

describe("isContinuationStart", () => {
  it("takes a line starting with punctuation or a lower-case word as a continuation", () => {
    expect(isContinuationStart(", the minister said.", 0)).toBe(true);
    expect(isContinuationStart("the minister said.", 0)).toBe(true);
    expect(isContinuationStart("The minister said.", 0)).toBe(false);
    expect(isContinuationStart('"We will," he said.', 0)).toBe(false);
    expect(isContinuationStart("", 0)).toBe(false);
  });
});
