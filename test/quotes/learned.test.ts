import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/extract.js";
import { committedModel, speakerPhrase } from "../../src/quotes/learned.js";
import { article, testSettings, trainSaidModel } from "./model/synthetic.js";

const settings = testSettings(3);

describe("speakerPhrase", () => {
  it("keeps a leading pronoun or who alone", () => {
    expect(speakerPhrase("who leads in opinion polls").phrase).toBe("who");
    expect(speakerPhrase("He").phrase).toBe("He");
  });

  it("names nobody for a lone lower-case word or adverb, and reads a possessive pronoun as a subject", () => {
    expect(speakerPhrase("then").phrase).toBe("");
    expect(speakerPhrase("Significantly").phrase).toBe("");
    expect(speakerPhrase("his").phrase).toBe("he");
    expect(speakerPhrase("whose").phrase).toBe("who");
  });

  it("drops a possessive: `Clinton’s support for …` names Clinton", () => {
    expect(speakerPhrase("Clinton’s").phrase).toBe("Clinton");
  });

  it("cuts the appositive and keeps at most eight words", () => {
    expect(speakerPhrase("Victor Cha, who served as an adviser").phrase).toBe("Victor Cha");
    expect(speakerPhrase("one two three four five six seven eight nine ten").phrase).toBe(
      "one two three four five six seven eight",
    );
  });
});

describe("committedModel", () => {
  it("decodes the committed model once", () => {
    expect(committedModel()).toBe(committedModel());
    expect(committedModel().bits).toBeGreaterThan(10);
  });
});

describe("addModelCandidates", () => {
  const model = trainSaidModel();

  it("adds the model's statements with their resolved speakers and keeps the rules' direct quotes", () => {
    const a = article(
      "“We will not raise taxes,” Mayor Ann Taylor said on Monday.",
      "Taylor said the vote was close. Moore said turnout was high.",
    );
    const quotes = extractQuotes(a, { engine: "combined", model, settings });
    expect(quotes.filter((q) => q.kind === "direct")).toEqual(
      extractQuotes(a, { engine: "rules" }).filter((q) => q.kind === "direct"),
    );
    const reported = quotes.filter((q) => q.kind === "indirect").map((q) => [q.speaker, q.text]);
    expect(reported).toContainEqual(["Ann Taylor", "the vote was close"]);
    expect(reported).toContainEqual(["Moore", "turnout was high"]);
    for (const q of quotes) expect(a.text.slice(q.start, q.end)).toBe(q.text);
  });

  it("drops the model's statements shorter than the minimum", () => {
    const a = article("Taylor said it was fine. Moore said the vote was very close.");
    const only = { ...settings, minWords: 4, keepRulesIndirect: false };
    const texts = extractQuotes(a, { engine: "combined", model, settings: only }).map(
      (q) => q.text,
    );
    expect(texts).toEqual(["the vote was very close"]);
  });

  it("splits a rules statement where the model finds several contents inside it, keeping its speaker", () => {
    const a = article("Taylor said taxes would rise and said the deal was done.");
    const reported = (refine: boolean) =>
      extractQuotes(a, {
        engine: "combined",
        model,
        filter: null,
        settings: {
          ...settings,
          minWords: 2,
          ...(refine ? { refineRules: "split" as const } : {}),
        },
      }).map((q) => [q.speaker, q.text]);
    expect(reported(false)).toEqual([["Taylor", "taxes would rise and said the deal was done"]]);
    expect(reported(true)).toEqual([
      ["Taylor", "taxes would rise"],
      ["Taylor", "the deal was done"],
    ]);
  });
});
