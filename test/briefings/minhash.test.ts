import { describe, expect, it } from "vitest";
import {
  estimateJaccard,
  minHashSeeds,
  minHashSignature,
  shingles,
  shingleWords,
} from "../../src/briefings/minhash.js";

const text =
  "The central bank raised its main interest rate by a quarter point on Thursday to curb inflation that remains well above target";

describe("shingleWords", () => {
  it("lower-cases and keeps letters and digits only", () => {
    expect(shingleWords("Rates rose 4.5%, again!")).toEqual(["rates", "rose", "4", "5", "again"]);
  });
});

describe("shingles", () => {
  it("makes every k-word window once", () => {
    expect([...shingles(["a", "b", "c", "a", "b", "c"], 3)]).toEqual(["a b c", "b c a", "c a b"]);
  });

  it("makes one shingle of a text shorter than k", () => {
    expect([...shingles(["a", "b"], 4)]).toEqual(["a b"]);
  });
});

describe("minHashSeeds", () => {
  it("gives the same seeds on every call", () => {
    expect(minHashSeeds(8)).toEqual(minHashSeeds(8));
    expect(new Set(minHashSeeds(64)).size).toBe(64);
  });
});

describe("minHashSignature", () => {
  it("is deterministic for the same set", () => {
    const set = shingles(shingleWords(text));
    expect(minHashSignature(set)).toEqual(minHashSignature(new Set(set)));
  });
});

describe("estimateJaccard", () => {
  it("estimates the Jaccard similarity of two shingle sets within a few points", () => {
    const a = shingles(shingleWords(text));
    const b = shingles(shingleWords(`${text} and analysts expect another increase next month`));
    const exact = [...a].filter((s) => b.has(s)).length / new Set([...a, ...b]).size;
    const estimate = estimateJaccard(minHashSignature(a), minHashSignature(b));
    expect(Math.abs(estimate - exact)).toBeLessThan(0.15);
  });

  it("gives 1 for equal texts and nearly 0 for unrelated ones", () => {
    const a = minHashSignature(shingles(shingleWords(text)));
    const c = minHashSignature(
      shingles(shingleWords("A chess prodigy won the national title at twelve on Sunday")),
    );
    expect(estimateJaccard(a, a)).toBe(1);
    expect(estimateJaccard(a, c)).toBeLessThan(0.05);
  });
});
