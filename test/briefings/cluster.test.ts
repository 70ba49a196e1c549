import { describe, expect, it } from "vitest";
import { agglomerate, clusterArticles, similarityMatrix } from "../../src/briefings/cluster.js";
import { makeArticle, sampleArticles } from "./fixtures.js";

const ids = (clusters: { id: string }[][]) => clusters.map((c) => c.map((a) => a.id));

describe("clusterArticles", () => {
  it("groups articles about the same event across sources", () => {
    expect(ids(clusterArticles(sampleArticles()))).toEqual([
      ["flood-1", "flood-2", "flood-3"],
      ["rates-1", "rates-2"],
      ["chess-1", "chess-2"],
    ]);
  });

  it("keeps every article alone at a threshold above any similarity", () => {
    expect(clusterArticles(sampleArticles(), { threshold: 1.01 })).toHaveLength(7);
  });

  it("joins near-duplicates whatever their titles say", () => {
    const body = sampleArticles()[3]!.paragraphs;
    const clusters = clusterArticles([
      makeArticle("Rates up", body, { id: "x" }),
      makeArticle("Mortgage holders face higher bills", [...body, "Reporting by staff."], {
        id: "y",
      }),
    ]);
    expect(ids(clusters)).toEqual([["x", "y"]]);
  });

  it("returns nothing for no articles", () => {
    expect(clusterArticles([])).toEqual([]);
  });
});

describe("similarityMatrix", () => {
  it("is symmetric with ones on the diagonal", () => {
    const m = similarityMatrix(sampleArticles());
    m.forEach((row, i) => {
      expect(row[i]).toBe(1);
      row.forEach((value, j) => {
        expect(value).toBeCloseTo(m[j]![i]!, 12);
      });
    });
  });
});

describe("agglomerate", () => {
  const chain = [
    Float64Array.from([1, 0.5, 0]),
    Float64Array.from([0.5, 1, 0.5]),
    Float64Array.from([0, 0.5, 1]),
  ];

  it("chains through a middle item with single link", () => {
    expect(agglomerate(chain, 0.4, "single")).toEqual([[0, 1, 2]]);
  });

  it("does not chain with average link when the ends are unrelated", () => {
    expect(agglomerate(chain, 0.4, "average")).toEqual([[0, 1], [2]]);
  });
});
