import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildLayout,
  countWords,
  type Sentence,
  sentenceIndexAt,
  splitParagraph,
} from "../../src/quotes/layout.js";
import { findMarkSpans, type MarkSpan } from "../../src/quotes/marks.js";

/** The sentence ends as the pattern's own global search found them (the code before the scan). */
const BOUNDARY =
  /[.!?…]+[”’"»)\]']*(?=\s+(?:[“"‘«(\p{Lu}\d]|''|'\p{Lu}))|[a-z]{2}[.!?](?=\p{Lu}\p{Ll})/gu;
const ABBREVIATION =
  /(?:^|[\s(“"‘])(?:(?:[A-Z]\.)+[A-Z]|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Cmdr|Maj|St|Jr|Sr|Prof|Rev|Inc|Co|Corp|Ltd|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ft|Mt|Ave|Blvd|Rd|Gov|Pres|Sec|Supt|Det|Insp|a\.m|p\.m|U\.S|U\.K|U\.N|D\.C|e\.g|i\.e|etc|approx|est|[A-Z])\.$/;

function byPattern(text: string, spans: readonly MarkSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let spanIndex = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    while (spanIndex < spans.length && spans[spanIndex]!.end < end) spanIndex++;
    const span = spans[spanIndex];
    if (span && span.open < m.index && end < span.end) continue;
    if (
      m[0].startsWith(".") &&
      ABBREVIATION.test(text.slice(Math.max(start, m.index - 6), m.index + 1))
    ) {
      continue;
    }
    sentences.push({ start, end });
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}

describe("countWords", () => {
  it("counts words joined by apostrophes and hyphens", () => {
    expect(countWords("It’s a well-known fact, 3 times over.")).toBe(7);
    expect(countWords(" — ")).toBe(0);
  });

  it("stops at `atMost`: the count capped there, whatever follows (property)", () => {
    const piece = fc.constantFrom(..."ab É9'’- ,.—".split(""), "word ", " ");
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }),
        fc.integer({ min: 0, max: 6 }),
        (parts, n) => {
          const text = parts.join("");
          expect(countWords(text, n)).toBe(Math.min(countWords(text), n));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("sentenceIndexAt", () => {
  it("finds the sentence holding an offset as a walk over the sentences would (property)", () => {
    const piece = fc.constantFrom("He said. ", "She ", "left! ", "a ", "“Yes.” ", "Why? ", "U.S. ");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const paragraph = parts.join("");
        const layout = buildLayout({ paragraphs: [paragraph], text: paragraph });
        const sentences = layout.sentencesByParagraph[0]!;
        for (let local = 0; local <= paragraph.length; local++) {
          let walked = sentences.findIndex((s) => local < s.end);
          if (walked < 0) walked = Math.max(0, sentences.length - 1);
          expect(sentenceIndexAt(layout, 0, local)).toBe(walked);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("splitParagraph", () => {
  it("splits at sentence ends, not after an abbreviation or inside a quotation", () => {
    const text = "Mr. Smith left. “Stay. Please,” she said… Then U.S. troops came! Why?";
    expect(
      splitParagraph(text, findMarkSpans(text)).map((s) => text.slice(s.start, s.end)),
    ).toEqual(["Mr. Smith left.", "“Stay. Please,” she said…", "Then U.S. troops came!", "Why?"]);
  });

  it("splits before and after a quotation in straight single marks", () => {
    const text = "He left. 'We will win. 'It is fine.' Then he came back.";
    expect(
      splitParagraph(text, findMarkSpans(text)).map((s) => text.slice(s.start, s.end)),
    ).toEqual(["He left.", "'We will win.", "'It is fine.'", "Then he came back."]);
  });

  it("cuts where the boundary pattern's own search cuts, in any text (property)", () => {
    const pieces = fc.constantFrom(
      ..."aZ .!?…”’\"»)''“‘«(\n1É𝐁".split(""),
      "ab.",
      "Mr.",
      "U.S.",
      "Xy",
      "end.Next",
      "...",
      " “Quote.” ",
      " 'Quote.' ",
      " 'Cause",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        const spans = findMarkSpans(text);
        expect(splitParagraph(text, spans)).toEqual(byPattern(text, spans));
      }),
      { numRuns: 1000 },
    );
  });
});
