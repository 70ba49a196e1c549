import { describe, expect, it } from "vitest";
import { checkCitations, prepareSource, supportScore } from "../../src/briefings/support.js";

const source = prepareSource(
  "The central bank raised its main interest rate to 4.5 percent on Thursday. The governor said inflation remained too high.\n\nMarkets had expected the move.",
);

describe("prepareSource", () => {
  it("splits the text into sentences across paragraphs", () => {
    expect(source.sentences).toHaveLength(3);
    expect(source.sets).toHaveLength(3);
  });
});

describe("supportScore", () => {
  it("gives 1 to a sentence copied from the source", () => {
    expect(supportScore("Markets had expected the move.", source)).toBe(1);
  });

  it("gives a paraphrase that keeps the content words a high score", () => {
    expect(
      supportScore("On Thursday the central bank raised interest rates.", source),
    ).toBeGreaterThan(0.7);
  });

  it("finds a sentence fused from two source sentences", () => {
    expect(
      supportScore(
        "The bank raised its rate as the governor said inflation remained high.",
        source,
      ),
    ).toBeGreaterThan(0.8);
  });

  it("gives 0 when a number of the sentence is not in the source", () => {
    expect(
      supportScore("The central bank raised its main interest rate to 5.5 percent.", source),
    ).toBe(0);
  });

  it("gives 0 when a name of the sentence is not in the source", () => {
    expect(
      supportScore("The central bank of Ruritania raised its main interest rate.", source),
    ).toBe(0);
  });

  it("gives an unrelated sentence a low score", () => {
    expect(supportScore("A chess prodigy won the national title.", source)).toBeLessThan(0.3);
  });
});

describe("checkCitations", () => {
  it("keeps supported sentences with their sources and removes the others", () => {
    const other = prepareSource("Markets had expected the move, traders said.");
    const result = checkCitations(
      ["Markets had expected the move.", "The bank will cut rates next month."],
      [source, other],
    );
    expect(result.kept).toEqual([
      { text: "Markets had expected the move.", supportedBy: [0, 1], score: 1 },
    ]);
    expect(result.removed.map((s) => s.text)).toEqual(["The bank will cut rates next month."]);
  });
});
