import { describe, expect, it } from "vitest";
import { chunkByText } from "../../src/index/postgres-batch.js";
import { entry } from "../articles/index-contract.js";

describe("chunkByText", () => {
  it("cuts a batch into runs in order, each closed by the article that reaches the limit", () => {
    const entries = ["a", "b", "c", "d", "e"].map((id) =>
      entry({ id, title: "T", text: "x".repeat(9) }),
    );
    // Each article is 10 characters (title and text): 25 closes a run at its third article.
    expect(chunkByText(entries, 25).map((chunk) => chunk.map((e) => e.article.id))).toEqual([
      ["a", "b", "c"],
      ["d", "e"],
    ]);
    expect(chunkByText(entries, 1).map((chunk) => chunk.length)).toEqual([1, 1, 1, 1, 1]);
    expect(chunkByText([], 25)).toEqual([]);
  });
});
