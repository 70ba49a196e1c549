import { describe, expect, it } from "vitest";
import { createBm25Index } from "../../src/threads/bm25.js";

const sentences = [
  "Tram drivers walked out on Tuesday over a new night-shift rota.",
  "The strike is planned to last 48 hours.",
  "Extra buses ran along the Larch Road corridor.",
  "The union says the rota puts drivers on four night shifts in a row.",
];

describe("createBm25Index", () => {
  it("ranks the sentence holding the question's terms first, with full coverage", () => {
    const [best] = createBm25Index(sentences).score("How long will the strike last?");
    expect(best).toMatchObject({ index: 1, coverage: 1 });
  });

  it("matches inflected words through stemming", () => {
    const [best] = createBm25Index(sentences).score("Why did the drivers walk out?");
    expect(best?.index).toBe(0);
  });

  it("weighs a rare term above a common one", () => {
    const ranked = createBm25Index(sentences).score("drivers buses");
    // "bus" is in one sentence, "driver" in two: the bus sentence wins.
    expect(ranked[0]?.index).toBe(2);
  });

  it("counts a term the article never uses against the coverage", () => {
    const [best] = createBm25Index(sentences).score("Did the strike stop the ferries?");
    expect(best?.index).toBe(1);
    expect(best!.coverage).toBeLessThan(0.6);
  });

  it("returns nothing for a question of question words only", () => {
    expect(createBm25Index(sentences).score("What is it, exactly?")).toEqual([]);
  });
});
