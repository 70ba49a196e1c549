import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/extract.js";
import { buildLayout, type Candidate } from "../../src/quotes/layout.js";
import {
  addModelCandidates,
  committedModel,
  raisedSubjectAt,
  refineRulesStatements,
} from "../../src/quotes/learned.js";
import { indexCandidates, touching } from "../../src/quotes/learned-evidence.js";
import type { TaggedSpan } from "../../src/quotes/model/attribution.js";
import { article, testSettings, trainSaidModel } from "./model/synthetic.js";

const settings = testSettings(3);

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

  it("names a direct quote without a cue by the model statement holding it (`directSpeaker`)", () => {
    const a = article("Smith said taxes would rise.");
    const start = a.text.indexOf("taxes would rise");
    const quote: Candidate = {
      kind: "direct",
      start,
      end: start + "taxes would rise".length,
      paragraph: 0,
      sentence: 0,
      cue: null,
      speakerAt: start,
      inheritFrom: null,
    };
    const speakerOf = (directSpeaker?: "model") =>
      addModelCandidates(buildLayout(a), [quote], model, {
        ...settings,
        minWords: 2,
        ...(directSpeaker ? { directSpeaker } : {}),
      }).find((c) => c.kind === "direct")?.cue?.speaker ?? null;
    expect(speakerOf()).toBeNull();
    expect(speakerOf("model")).toBe("Smith");
  });

  it("reports nothing of what follows a direct quote's cue: where or how the quote was said", () => {
    const a = article(
      "“As for the international agenda, of course, we would like to continue our confidential dialogue on the situation on the Korean Peninsula,” Lavrov said at a meeting with his North Korean counterpart.",
      "“Those were the delegates who were elected by the people who make the final decision,” Cruz said at a Buffalo, New York town hall event Thursday.",
      "“Of course it’s not appropriate,” Cruz said in response to a question from a reporter ahead of his fourth event of the day on Monday in Illinois.",
      "“Those are things that people say that happened 40 or 50 years ago,” Carson told ABC’s George Stephanopoulos by phone.",
      "“It is a question to ask those who have power,” said Ramos, whose new book features interviews with powerful politicians.",
    );
    const quotes = extractQuotes(a, { engine: "combined" });
    expect(quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ["direct", "Lavrov"],
      ["direct", "Cruz"],
      ["direct", "Cruz"],
      ["direct", "Carson"],
      ["direct", "Ramos"],
    ]);
  });

  it("splits a rules statement where the model finds several contents inside it, keeping its speaker", () => {
    // No comma or `and` before the second verb: the rules see one statement.
    const a = article("Taylor said taxes would rise then said the deal was done.");
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
    expect(reported(false)).toEqual([["Taylor", "taxes would rise then said the deal was done"]]);
    expect(reported(true)).toEqual([
      ["Taylor", "taxes would rise"],
      ["Taylor", "the deal was done"],
    ]);
  });
});

describe("refineRulesStatements", () => {
  const cue = (speaker: string, at: number) => ({
    speaker,
    verb: "argued",
    speakerStart: at,
    speakerEnd: at + speaker.length,
  });
  // `Republicans have argued that A, but Democrats have pushed for B.`
  const host: Candidate = {
    kind: "indirect",
    start: 27,
    end: 90,
    paragraph: 0,
    sentence: 0,
    cue: cue("Republicans", 0),
    speakerAt: 0,
    inheritFrom: null,
  };
  const pieces = (): [number, number, { cue: ReturnType<typeof cue>; at: number } | null][] => [
    [27, 45, { cue: cue("Republicans", 0), at: 0 }],
    [75, 90, { cue: cue("Democrats", 50), at: 50 }],
  ];
  const speakers = (mode?: "later") => {
    const out = [host];
    refineRulesStatements(out, new Map([[host, pieces()]]), "split", () => 0, undefined, mode);
    return out.map((c) => [c.start, c.cue?.speaker]);
  };

  it("gives every piece the statement's speaker by default", () => {
    expect(speakers()).toEqual([
      [27, "Republicans"],
      [75, "Republicans"],
    ]);
  });

  it("gives a piece the model's speaker when it stands between it and the piece before (`later`)", () => {
    expect(speakers("later")).toEqual([
      [27, "Republicans"],
      [75, "Democrats"],
    ]);
  });

  it("keeps whole a statement whose speaker follows it (`A, and Democrats hope B, Smith said`)", () => {
    const tail: Candidate = { ...host, start: 0, end: 90, cue: cue("Smith", 92), speakerAt: 92 };
    const out = [tail];
    refineRulesStatements(out, new Map([[tail, pieces()]]), "split", () => 0, undefined, "later");
    expect(out).toEqual([tail]);
  });
});

describe("raisedSubjectAt", () => {
  const at = (text: string, cue: string, content: string) => {
    const span = (words: string, kind: TaggedSpan["kind"]): TaggedSpan => {
      const start = text.indexOf(words);
      return { kind, start, end: start + words.length, sentence: 0, confidence: 1, probability: 1 };
    };
    return raisedSubjectAt(text, {
      content: span(content, "content"),
      cue: span(cue, "cue"),
      source: null,
    });
  };

  it("starts the content at the subject a raising cue lifts out of it (`Sanders appears to …`)", () => {
    expect(at("Sanders appears to be slipping.", "appears", "to be slipping")).toBe(0);
    const text = "In Iowa, the senator was expected to win easily.";
    expect(at(text, "was expected", "to win easily")).toBe(text.indexOf("the senator"));
  });

  it("leaves other cues, other contents and pronoun subjects alone", () => {
    expect(at("Sanders wants to win the state.", "wants", "to win the state")).toBeNull();
    expect(at("Sanders appears in the ad.", "appears", "in the ad")).toBeNull();
    expect(at("He appears to be slipping.", "appears", "to be slipping")).toBeNull();
  });
});

describe("touching", () => {
  it("gives the candidates meeting or overlapping a range, in their order, as a scan would (property)", () => {
    const candidate = fc
      .tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 120 }))
      .map(
        ([start, length]): Candidate => ({
          kind: "direct",
          start,
          end: start + length,
          paragraph: 0,
          sentence: 0,
          cue: null,
          speakerAt: start,
          inheritFrom: null,
        }),
      );
    fc.assert(
      fc.property(
        fc.array(candidate, { maxLength: 30 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 100 }),
        (all, start, length) => {
          const end = start + length;
          const scanned = all.filter((c) => c.start <= end && c.end >= start);
          expect(touching(indexCandidates(all), start, end)).toEqual(scanned);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
