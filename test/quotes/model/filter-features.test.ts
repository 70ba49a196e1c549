import { describe, expect, it } from "vitest";
import { extractScoredQuotes } from "../../../src/quotes/extract.js";
import { article, testSettings, trainSaidModel } from "./synthetic.js";

const settings = testSettings(2);

describe("statementFeatures", () => {
  const model = trainSaidModel();
  const a = article(
    "“We will not raise taxes,” Mayor Ann Taylor said on Monday.",
    "Taylor said the vote was close. Moore said turnout was high.",
    "Mayor Ann Taylor said on Monday.",
  );
  const scored = extractScoredQuotes(a, { model, settings });
  const featuresOf = (text: string) => scored.find((s) => s.quote.text === text)?.features ?? [];

  it("names who proposed a statement and the kind of quote", () => {
    expect(featuresOf("We will not raise taxes")).toContain("kind=direct");
    expect(featuresOf("We will not raise taxes")).toContain("origin=rules");
    // The rules found it and the model's content covers it.
    expect(featuresOf("the vote was close")).toContain("rules|agree=3");
    // The toy model reads `on Monday` as a statement; the rules do not.
    expect(featuresOf("on Monday")).toContain("origin=model");
    expect(featuresOf("on Monday")).toContain("model|cue-place=before");
  });

  it("buckets the tagger's content probability over the statement, for the rules' statements too", () => {
    const committed = extractScoredQuotes(
      article("Senator Taylor said the vote was close. The weather was fine on Tuesday."),
    );
    const vote = committed.find((s) => s.quote.text === "the vote was close");
    // The rules found it; the committed tagger is sure it is content (probability ≥ 0.95).
    expect(vote?.features).toContain("rules|prob=6");
    // … and reads `Senator Taylor` as its source (probability ≥ 0.95).
    expect(vote?.features).toContain("rules|speaker-source=5");
    for (const s of scored) {
      expect(s.features.filter((f) => /^(?:rules|model)\|prob=[0-6]$/.test(f))).toHaveLength(1);
    }
  });

  it("describes the cue verb, the length and the resolved speaker", () => {
    const features = featuresOf("turnout was high");
    expect(features).toContain("verb=said");
    expect(features).toContain("words=1");
    expect(features).toContain("speaker=one");
    expect(features).toContain("first=other");
  });

  it("counts the article's other quotes by the same speaker, and how many are direct", () => {
    // Ann Taylor is quoted directly, then reported, then (the toy model's) `on Monday`; Moore once.
    expect(scored.filter((s) => s.quote.speaker === "Ann Taylor").map((s) => s.quote.text)).toEqual(
      ["We will not raise taxes", "the vote was close", "on Monday"],
    );
    const taylor = featuresOf("the vote was close");
    expect(taylor).toContain("same-speaker=2");
    expect(taylor).toContain("rules|same-speaker-direct=1");
    expect(featuresOf("We will not raise taxes")).toContain("rules|same-speaker-direct=0");
    expect(featuresOf("turnout was high")).toContain("same-speaker=0");
    // A quote that names nobody has no such features.
    for (const s of scored.filter((s) => s.quote.speaker === null)) {
      expect(s.features.some((f) => f.includes("same-speaker"))).toBe(false);
    }
  });

  it("says when a statement has no speaker phrase for the tagger's source probability", () => {
    const inherited = extractScoredQuotes(
      article("“We will win,” Mayor Ann Taylor said. “And we will keep going.”"),
    ).find((s) => s.quote.text === "And we will keep going.");
    expect(inherited?.features).toContain("rules|speaker-source=none");
  });

  it("names every feature `name=value`, each once", () => {
    for (const s of scored) {
      expect(new Set(s.features).size).toBe(s.features.length);
      for (const f of s.features) expect(f).toMatch(/^[^=]+=.+$/);
    }
  });
});
