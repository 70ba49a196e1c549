import { describe, expect, it } from "vitest";
import { FEATURE_NAMES, sentenceFeatures } from "../../src/summaries/sentence-features.js";
import { buildVectors, contentWords } from "../../src/summaries/similarity.js";

const sentences = [
  "The city council approved a budget of 4 million euros for the new public library.",
  "He said the library would open in the autumn.",
  "“It is a great day for readers,” the mayor said.",
  "Will the library be finished on time?",
  "The weather was sunny.",
  "Critics said the library budget was too high for the council.",
  "Parking near the library will be free.",
  "The library will have a children's wing.",
  "The council meets again in May.",
  "Shops welcomed the library plan.",
  "A football match was played nearby.",
];

function features(title = "City council library budget") {
  const tokens = sentences.map(contentWords);
  return sentenceFeatures({
    sentences,
    tokens,
    vectors: buildVectors(tokens),
    centrality: sentences.map(() => 0.5),
    title,
  });
}

const column = (rows: number[][], name: (typeof FEATURE_NAMES)[number]) =>
  rows.map((row) => row[FEATURE_NAMES.indexOf(name)]!);

describe("sentenceFeatures", () => {
  it("gives one row of every feature per sentence, in article order", () => {
    const rows = features();
    expect(rows).toHaveLength(sentences.length);
    for (const row of rows) {
      expect(row).toHaveLength(FEATURE_NAMES.length);
      expect(row.every(Number.isFinite)).toBe(true);
    }
    expect(column(rows, "relative-position")[0]).toBe(0);
    expect(column(rows, "relative-position")[10]).toBe(1);
  });

  it("marks the position bucket of each sentence, none past the tenth", () => {
    const rows = features();
    expect(column(rows, "position-0")).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(column(rows, "position-4-5")).toEqual([0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]);
    expect(column(rows, "position-6-9")).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0]);
    const buckets = FEATURE_NAMES.filter(
      (name) => name.startsWith("position-") && name !== "position-prior",
    );
    expect(buckets.map((name) => column(rows, name)[10])).toEqual(buckets.map(() => 0));
  });

  it("flags quotations, numbers, own questions and an opening pronoun", () => {
    const rows = features();
    expect(column(rows, "quotation").slice(0, 4)).toEqual([0, 0, 1, 0]);
    expect(column(rows, "number").slice(0, 4)).toEqual([1, 0, 0, 0]);
    expect(column(rows, "question").slice(0, 4)).toEqual([0, 0, 0, 1]);
    expect(column(rows, "opens-with-pronoun").slice(0, 4)).toEqual([0, 1, 0, 0]);
  });

  it("scores overlap with the title and closeness to the article's topic", () => {
    const rows = features();
    const title = column(rows, "title-overlap");
    expect(title[0]).toBe(1);
    expect(title[4]).toBe(0);
    const centroid = column(rows, "centroid");
    expect(centroid[5]).toBeGreaterThan(centroid[10]!);
    expect(column(rows, "top-terms")[5]).toBeGreaterThan(column(rows, "top-terms")[10]!);
    expect(column(features(""), "title-overlap").every((v) => v === 0)).toBe(true);
  });
});
