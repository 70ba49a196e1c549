import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findMarkSpans } from "../../../src/quotes/marks.js";
import {
  endsSentence,
  FEATURES_PER_TOKEN,
  featurize,
  tokenize,
} from "../../../src/quotes/model/features.js";

describe("tokenize", () => {
  it("keeps words with inner apostrophes, hyphens and dots, and splits other punctuation", () => {
    const text = "Mr. O’Neil said: “It’s well-known.”";
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual([
      "Mr",
      ".",
      "O’Neil",
      "said",
      ":",
      "“",
      "It’s",
      "well-known",
      ".",
      "”",
    ]);
  });

  it("gives offsets that slice back to each token (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        for (const t of tokenize(text)) {
          expect(t.end).toBeGreaterThan(t.start);
          expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.lower);
        }
      }),
    );
  });
});

describe("endsSentence", () => {
  it("ends a sentence at a full stop, but not after an abbreviation or an initial", () => {
    const text = "Mr. J. Smith left. He spoke!";
    const tokens = tokenize(text);
    const ends = tokens.flatMap((t, i) => (endsSentence(tokens, i) ? [text.slice(0, t.end)] : []));
    expect(ends).toEqual(["Mr. J. Smith left.", "Mr. J. Smith left. He spoke!"]);
  });
});

describe("featurize", () => {
  it("gives every token the same number of feature ids, all inside the hash space", () => {
    const { tokens, features } = featurize("The mayor said the library would open soon.", 12);
    expect(features.length).toBe(tokens.length * FEATURES_PER_TOKEN);
    for (const id of features) {
      expect(id).toBeGreaterThanOrEqual(0);
      expect(id).toBeLessThan(1 << 12);
    }
  });

  it("is deterministic and depends on the context, not only the word", () => {
    const a = featurize("Smith said the plan works.", 16);
    const b = featurize("Smith said the plan works.", 16);
    const c = featurize("Smith thinks the plan works.", 16);
    expect([...a.features]).toEqual([...b.features]);
    // "the" (token 2) has another cue word to its left.
    const row = (f: Int32Array, i: number) => [
      ...f.slice(i * FEATURES_PER_TOKEN, (i + 1) * FEATURES_PER_TOKEN),
    ];
    expect(row(a.features, 2)).not.toEqual(row(c.features, 2));
  });

  it("numbers each token's sentence and reads the same with the paragraph's marks given", () => {
    const text = "Mr. Smith said “Never.” Jones agreed. Then it ended!";
    const plain = featurize(text, 16);
    const given = featurize(text, 16, findMarkSpans(text));
    expect([...given.features]).toEqual([...plain.features]);
    const sentenceOf = (word: string) =>
      plain.sentences[plain.tokens.findIndex((t) => t.lower === word)];
    expect([sentenceOf("smith"), sentenceOf("jones"), sentenceOf("ended")]).toEqual([0, 1, 2]);
  });

  it("counts learned cue words as cue words, and forgets them when asked without", () => {
    const text = "Smith prefers the plan.";
    const row = (f: Int32Array, i: number) => [
      ...f.slice(i * FEATURES_PER_TOKEN, (i + 1) * FEATURES_PER_TOKEN),
    ];
    const plain = featurize(text, 16);
    const learned = featurize(text, 16, undefined, new Set(["prefers"]));
    const spoken = featurize("Smith says the plan.", 16);
    // "the" (token 2) sees a cue word at its left only when `prefers` is one.
    expect(row(learned.features, 2)).not.toEqual(row(plain.features, 2));
    const cueDistance = 8;
    expect(learned.features[2 * FEATURES_PER_TOKEN + cueDistance]).toBe(
      spoken.features[2 * FEATURES_PER_TOKEN + cueDistance],
    );
    expect([...featurize(text, 16).features]).toEqual([...plain.features]);
  });
});
