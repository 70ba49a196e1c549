import { describe, expect, it } from "vitest";
import { type TrainingArticle, trainSentenceModel } from "../../src/summaries/pairwise.js";
import { DEFAULT_WEIGHTS } from "../../src/summaries/rank.js";
import { MODEL_FEATURES, scoreRows } from "../../src/summaries/sentence-model.js";

const d = MODEL_FEATURES.length;
const QUOTATION = MODEL_FEATURES.indexOf("quotation");
const HAND_SET = MODEL_FEATURES.indexOf("hand-set");
const { model: _, ...prior } = DEFAULT_WEIGHTS;

/** A small deterministic generator (the tests need no seed of their own). */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/**
 * Articles of eight sentences with noise features; the positive sentence carries a quotation, and
 * the hand-set column falls with the position.
 */
function articles(count: number, positiveAt: (a: number) => number): TrainingArticle[] {
  const random = numbers(7);
  return Array.from({ length: count }, (_, a) => {
    const positive = positiveAt(a);
    const rows = Array.from({ length: 8 }, (_, i) => {
      const row = Array.from({ length: d }, () => random());
      row[QUOTATION] = i === positive ? 1 : 0;
      row[HAND_SET] = 1 / (1 + i / 8);
      return row;
    });
    return { rows, positives: [positive] };
  });
}

describe("trainSentenceModel", () => {
  it("learns to rank each article's positive sentences first", () => {
    const data = articles(30, (a) => (a * 3) % 8);
    const model = trainSentenceModel(data, 0.01, prior);
    for (const { rows, positives } of data) {
      const scores = scoreRows(rows, model);
      expect(scores.indexOf(Math.max(...scores))).toBe(positives[0]);
    }
    expect(model.weights[QUOTATION]).toBeGreaterThan(0);
    expect(model).toMatchObject({ articles: 30, sentences: 240, ridge: 0.01, bias: 0, prior });
  });

  it("gives the same weights, bit for bit, on every run", () => {
    const data = articles(20, (a) => a % 8);
    expect(trainSentenceModel(data, 0.1, prior)).toEqual(trainSentenceModel(data, 0.1, prior));
  });

  it("shrinks every weight but the hand-set score's under a strong penalty", () => {
    // The positive is the first sentence in most articles: the hand-set score explains it.
    const data = articles(40, (a) => (a % 5 === 0 ? 3 : 0));
    const model = trainSentenceModel(data, 1e4, prior);
    expect(model.weights[HAND_SET]).toBeGreaterThan(0.1);
    for (let j = 0; j < d; j++) {
      if (j !== HAND_SET) expect(Math.abs(model.weights[j]!)).toBeLessThan(1e-3);
    }
  });

  it("refuses to train on no sentences", () => {
    expect(() => trainSentenceModel([], 1, prior)).toThrow(/no training rows/);
  });
});
