import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FLAGS, OPENING_VERBS, SUBJECT_AFTER, TAIL_ADJUNCT } from "../../src/quotes/cue-grammar.js";
import {
  type InvertedShape,
  type InvertedSubject,
  matchInverted,
} from "../../src/quotes/inverted-subjects.js";

/** Each shape as the pattern of its own that the cue matchers ran before the six were one. */
const OWN: Record<InvertedShape, RegExp> = {
  "after-verb": new RegExp(`^\\s+(${SUBJECT_AFTER})`, FLAGS),
  tail: new RegExp(
    `^\\s+(${SUBJECT_AFTER})(?:,?\\s+(?:who|whose|whom)\\s[^;:“”"]{0,150}?|${TAIL_ADJUNCT})[.!?]?\\s*$`,
    FLAGS,
  ),
  mid: new RegExp(`^\\s+(${SUBJECT_AFTER})\\s*,\\s`, FLAGS),
  "according-to": new RegExp(
    `^(According\\s+to)\\s+(${SUBJECT_AFTER})(?<appositive>,\\s+(?:who\\s[^,]{2,120}?|(?![^,]*\\s(?:said|says|say|is|are|was|were|will|would|has|have|had|can|could)\\s)[^,]{2,90}?))?,\\s+`,
    FLAGS,
  ),
  "before-comma": new RegExp(
    `\\b(?:said|says|added|adds|wrote|writes|explained|continued|told)\\s+(${SUBJECT_AFTER})\\s*,\\s*(?:and\\s+)?$`,
    FLAGS,
  ),
  opening: new RegExp(`^\\s*(?:${OPENING_VERBS})\\s+(${SUBJECT_AFTER})\\s*[,:]\\s*$`, FLAGS),
};
const SHAPES = Object.keys(OWN) as InvertedShape[];

/** What the shape's own pattern finds in `text`, as matchInverted reports it. */
function byOwnPattern(shape: InvertedShape, text: string): InvertedSubject | null {
  const m = OWN[shape].exec(text);
  if (!m) return null;
  const according = shape === "according-to";
  return {
    index: m.index,
    text: m[0],
    subject: (according ? m[2] : m[1])!,
    ...(according && { head: m[1]! }),
    ...(m.groups?.appositive !== undefined && { appositive: m.groups.appositive }),
  };
}

describe("matchInverted", () => {
  it("reads the speaker after its verb in each shape", () => {
    expect(matchInverted("after-verb", " Mr. Smith on Friday.")?.subject).toBe("Mr. Smith");
    expect(matchInverted("tail", " an official who was briefed on the talks.")?.subject).toBe(
      "an official",
    );
    expect(matchInverted("mid", " Sen. Elizabeth Warren, and ")?.subject).toBe(
      "Sen. Elizabeth Warren",
    );
    expect(matchInverted("opening", "Said Comey:")).toEqual({
      index: 0,
      text: "Said Comey:",
      subject: "Comey",
    });
    expect(matchInverted("before-comma", "the plan,” said Caddell, ")).toEqual({
      index: 11,
      text: "said Caddell, ",
      subject: "Caddell",
    });
    // The appositive group holds what stands before the second comma when the grammar ends first.
    expect(matchInverted("according-to", "According to  police, the suspect, fled.")).toEqual({
      index: 0,
      text: "According to  police, the suspect, ",
      subject: "police",
      head: "According to",
      appositive: ", the suspect",
    });
  });

  it("backtracks into the subject when only a shorter or longer one lets the shape end", () => {
    // Texts from PolNeAR train where the subject's first match is not the one the shape takes.
    expect(matchInverted("tail", " U.S. Census data.")?.subject).toBe("U.S. Census data");
    expect(
      matchInverted(
        "tail",
        " Sunshine, who remains friendly with her former boss, doesn't forgive or forget.",
      )?.subject,
    ).toBe("Sunshine");
    expect(
      matchInverted(
        "mid",
        " an interview with The New York Times at the time, was the president's choice",
      )?.subject,
    ).toBe("an interview with The New York Times at the time");
    expect(
      matchInverted(
        "according-to",
        "According to Politico, both of these areas are highly populated with black voters.",
      )?.subject,
    ).toBe("Politico");
    expect(
      matchInverted("according-to", "According to F.A.A. records, the Boeing has flown")?.subject,
    ).toBe("F.A.A. records");
  });

  it("gives what each shape's own pattern gives, on generated text", () => {
    // Phrases the grammar reads as speakers, and words that end or cut them.
    const phrases = [
      "Smith",
      "Mr. Jones",
      "Sen. Elizabeth Warren",
      "a senior official",
      "the State Department",
      "officials",
      "U.S. Census data",
      "F.B.I.",
      "a spokesman for Smith",
      "police",
      "he",
      "they",
      "records",
      "a lawyer",
      "who was briefed",
      "told reporters",
      "on Friday",
      "in a statement",
      "said",
      "and",
      "of",
      "Monday",
      "\uE003",
    ];
    const separators = [" ", "  ", ", ", ". ", ": ", "\n", " (R-Texas) ", "”, "];
    // Each shape's own opening and ending, most of the time; another's otherwise.
    const heads: Record<InvertedShape, string[]> = {
      "after-verb": [" ", "  "],
      tail: [" ", "\n"],
      mid: [" "],
      "according-to": ["According to ", "According  to "],
      "before-comma": ["the plan,” said ", "It fell, he added and told "],
      opening: ["Said ", " Added ", "Wrote "],
    };
    const ends: Record<InvertedShape, string[]> = {
      "after-verb": ["", " on Friday."],
      tail: [".", "", " on Friday.", ", who was briefed.", " in a statement?"],
      mid: [", ", " , and", ","],
      "according-to": [", the deal fell", ", a lawyer, said"],
      "before-comma": [", ", ", and ", ","],
      opening: [":", ", ", ","],
    };
    const any = (table: Record<InvertedShape, string[]>) => Object.values(table).flat();
    const shaped = fc.constantFrom(...SHAPES).chain((shape) =>
      fc.tuple(
        fc.constant(shape),
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...heads[shape]) },
          { weight: 1, arbitrary: fc.constantFrom(...any(heads)) },
        ),
        fc.array(fc.tuple(fc.constantFrom(...phrases), fc.constantFrom(...separators)), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...ends[shape]) },
          { weight: 1, arbitrary: fc.constantFrom(...any(ends)) },
        ),
      ),
    );
    const matched = new Map<InvertedShape, number>();
    fc.assert(
      fc.property(shaped, ([shape, head, parts, end]) => {
        const [last, ...rest] = parts.reverse();
        const body = `${rest
          .reverse()
          .map(([phrase, separator]) => phrase + separator)
          .join("")}${last![0]}`;
        const t = head + body + end;
        const found = matchInverted(shape, t);
        expect(found).toEqual(byOwnPattern(shape, t));
        if (found) matched.set(shape, (matched.get(shape) ?? 0) + 1);
      }),
      { numRuns: 3000, seed: 18 },
    );
    for (const shape of SHAPES) expect(matched.get(shape) ?? 0).toBeGreaterThan(10);
  });

  it("runs one pattern for all six shapes, under V8's size limit", () => {
    const exec = RegExp.prototype.exec;
    const sources = new Set<string>();
    RegExp.prototype.exec = function (this: RegExp, text: string) {
      sources.add(this.source);
      return exec.call(this, text);
    };
    try {
      for (const shape of SHAPES) matchInverted(shape, " Smith, ");
    } finally {
      RegExp.prototype.exec = exec;
    }
    expect(sources.size).toBe(1);
    const [source] = [...sources];
    expect(source).toContain(SUBJECT_AFTER.slice(0, 200));
    // V8 compiles a longer source without its optimizations (regexp.h).
    expect(source!.length).toBeLessThan(20 * 1024);
  });
});
