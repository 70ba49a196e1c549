import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stemPorter } from "../../src/summaries/porter.js";

/** Pairs from Porter's paper and the reference implementation's vocabulary and output lists. */
const KNOWN: readonly [string, string][] = [
  ["caresses", "caress"],
  ["ponies", "poni"],
  ["ties", "ti"],
  ["cats", "cat"],
  ["feed", "feed"],
  ["agreed", "agre"],
  ["plastered", "plaster"],
  ["bled", "bled"],
  ["motoring", "motor"],
  ["sing", "sing"],
  ["conflated", "conflat"],
  ["troubled", "troubl"],
  ["sized", "size"],
  ["hopping", "hop"],
  ["tanned", "tan"],
  ["falling", "fall"],
  ["hissing", "hiss"],
  ["fizzed", "fizz"],
  ["failing", "fail"],
  ["filing", "file"],
  ["happy", "happi"],
  ["sky", "sky"],
  ["relational", "relat"],
  ["conditional", "condit"],
  ["rational", "ration"],
  ["digitizer", "digit"],
  ["generalizations", "gener"],
  ["oscillators", "oscil"],
  ["effective", "effect"],
  ["controlling", "control"],
  ["roll", "roll"],
  ["hopeful", "hope"],
  ["goodness", "good"],
  ["adjustable", "adjust"],
  ["replacement", "replac"],
  ["adoption", "adopt"],
  ["activate", "activ"],
  ["probate", "probat"],
  ["rate", "rate"],
  ["cease", "ceas"],
  ["electrical", "electr"],
  ["formative", "form"],
  ["triplicate", "triplic"],
  ["allowance", "allow"],
  ["airliner", "airlin"],
  ["communism", "commun"],
  ["irritant", "irrit"],
  ["defensible", "defens"],
  ["revival", "reviv"],
];

describe("stemPorter", () => {
  it.each(KNOWN)("stems %s to %s", (word, stem) => {
    expect(stemPorter(word)).toBe(stem);
  });

  it("leaves words of one or two letters alone", () => {
    expect(stemPorter("is")).toBe("is");
    expect(stemPorter("a")).toBe("a");
  });

  it("never lengthens a word by more than one letter and always keeps its first letter (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,15}$/), (word) => {
        const stem = stemPorter(word);
        expect(stem.length).toBeLessThanOrEqual(word.length + 1);
        expect(stem[0]).toBe(word[0]);
      }),
    );
  });
});
