import { describe, expect, it } from "vitest";
import type { ModelAttribution, TaggedSpan } from "../../../src/quotes/model/attribution.js";
import { modelCue, speakerPhrase } from "../../../src/quotes/model/speaker-phrase.js";

describe("speakerPhrase", () => {
  it("keeps a leading pronoun or who alone", () => {
    expect(speakerPhrase("who leads in opinion polls").phrase).toBe("who");
    expect(speakerPhrase("He").phrase).toBe("He");
  });

  it("names nobody for a lone lower-case word or adverb, and reads a possessive pronoun as a subject", () => {
    expect(speakerPhrase("then").phrase).toBe("");
    expect(speakerPhrase("Significantly").phrase).toBe("");
    // A surname in -ly is a name.
    expect(speakerPhrase("Schlafly").phrase).toBe("Schlafly");
    expect(speakerPhrase("his").phrase).toBe("he");
    expect(speakerPhrase("whose").phrase).toBe("who");
  });

  it("names nobody for a phrase opening with a preposition: `at a Buffalo, New York town hall`", () => {
    expect(speakerPhrase("at a Buffalo, New York town hall event Thursday,").phrase).toBe("");
    expect(speakerPhrase("Cruz").phrase).toBe("Cruz");
  });

  it("keeps the name after a description for the resolver: `The chairman …, Gen. Joseph F. Dunford Jr.,`", () => {
    expect(
      speakerPhrase("The chairman of the Joint Chiefs of Staff, Gen. Joseph F. Dunford Jr.,")
        .phrase,
    ).toBe("The chairman of the Joint Chiefs of Staff, Gen. Joseph F. Dunford Jr.");
    expect(speakerPhrase("Another pollster, David Woodard of Clemson University").phrase).toBe(
      "Another pollster, David Woodard of Clemson University",
    );
    // A name first keeps only the name; a description with no name after it, the description.
    expect(speakerPhrase("Edwin M. Truman, a fellow at the Peterson Institute").phrase).toBe(
      "Edwin M. Truman",
    );
    expect(speakerPhrase("the campaign, which said").phrase).toBe("the campaign");
  });

  it("skips the punctuation a source span opens with, and a phrase of no letters names nobody", () => {
    expect(speakerPhrase("), who’s").phrase).toBe("who");
    expect(speakerPhrase(")").phrase).toBe("");
  });

  it("names nobody for an opener the tagger took for a source: `Despite`, `Watching Trump`, `Let’s`", () => {
    expect(speakerPhrase("Despite").phrase).toBe("");
    expect(speakerPhrase("Watching Trump").phrase).toBe("");
    expect(speakerPhrase("Let’s").phrase).toBe("");
    expect(speakerPhrase("There").phrase).toBe("");
    // A surname that is also a preposition is still a name (`From agreed …`: Al From).
    expect(speakerPhrase("From").phrase).toBe("From");
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

  it("does not end a phrase it cuts short on a preposition, an article or a conjunction", () => {
    expect(
      speakerPhrase("Students at a private Catholic high school in Merrillville last week").phrase,
    ).toBe("Students at a private Catholic high school");
    expect(speakerPhrase("Only about 4 in 10 Republican voters in each state").phrase).toBe(
      "Only about 4 in 10 Republican voters",
    );
    // Uncut, the phrase keeps its last word whatever it is.
    expect(speakerPhrase("people close to").phrase).toBe("people close to");
  });
});

function span(text: string, words: string, kind: TaggedSpan["kind"]): TaggedSpan {
  const start = text.indexOf(words);
  return { kind, start, end: start + words.length, sentence: 0, confidence: 1, probability: 1 };
}

describe("modelCue", () => {
  const text = "Bernie Sanders, who trails in the polls, has defended the plan on Monday.";
  const sentence = { start: 0, end: text.length };
  const found = (source: string | null): ModelAttribution => ({
    content: span(text, "the plan on Monday", "content"),
    cue: span(text, "defended", "cue"),
    source: source === null ? null : span(text, source, "source"),
  });

  it("names nobody without a source unless the grammar may name the cue verb's subject", () => {
    expect(modelCue(text, found(null)).speaker).toBe("");
    const cue = modelCue(text, found(null), "grammar", sentence);
    // The subject as the rules' cues give it, appositive and all (the resolver reads the name).
    expect(cue.speaker).toMatch(/^Bernie Sanders\b/);
    expect(text.slice(cue.speakerStart, cue.speakerEnd)).toBe(cue.speaker);
    expect(cue.verb).toBe("defended");
  });

  it("keeps the tagger's source under `grammar` and prefers the grammar's subject under `first`", () => {
    expect(modelCue(text, found("the polls"), "grammar", sentence).speaker).toBe("the polls");
    expect(modelCue(text, found("the polls"), "first", sentence).speaker).toMatch(
      /^Bernie Sanders\b/,
    );
  });

  it("reads a possessive subject as its name: `Clinton’s support for …`", () => {
    const p = "Clinton’s support for the trade deal has wavered.";
    const cue = modelCue(
      p,
      {
        content: span(p, "the trade deal", "content"),
        cue: span(p, "support for", "cue"),
        source: null,
      },
      "first",
      { start: 0, end: p.length },
    );
    expect(cue.speaker).toBe("Clinton");
  });

  it("falls back to the subject opening the sentence when the model linked no cue", () => {
    const plain = "Taylor argued on Monday that the deal was done.";
    const content = span(plain, "the deal was done", "content");
    const cue = modelCue(plain, { content, cue: null, source: null }, "grammar", {
      start: 0,
      end: plain.length,
    });
    expect(cue.speaker).toBe("Taylor");
  });

  it("reads no dateline and no time into a source's phrase: `Dec 29 (Reuters) - … on Tuesday`", () => {
    expect(
      speakerPhrase(
        "Dec 29 (Reuters) - U.S. Democratic presidential candidate Hillary Clinton on Tuesday",
      ).phrase,
    ).toBe("U.S. Democratic presidential candidate Hillary Clinton");
    expect(speakerPhrase("The New York Times on Tuesday").phrase).toBe("The New York Times");
    expect(speakerPhrase("a Washington Post-ABC News poll this month").phrase).toBe(
      "a Washington Post-ABC News poll",
    );
    // A day without `on` may be part of the source: `RNC spokesman Sean Spicer in a Friday tweet`.
    expect(speakerPhrase("Sean Spicer in a Friday tweet").phrase).toBe(
      "Sean Spicer in a Friday tweet",
    );
  });

  it("keeps a linked source's name over a name in its appositive, not over a subject right after its comma", () => {
    // The speaker `first` gives a one-sentence paragraph's statement with this content, cue and source.
    const speakerOf = (p: string, content: string, cue: string, source: string) =>
      modelCue(
        p,
        {
          content: span(p, content, "content"),
          cue: span(p, cue, "cue"),
          source: span(p, source, "source"),
        },
        "first",
        { start: 0, end: p.length },
      ).speaker;
    expect(
      speakerOf(
        "Amanda Carpenter, a former aide to Sen. Ted Cruz said the idea was good.",
        "the idea was good",
        "said",
        "Amanda Carpenter, a former aide to Sen. Ted Cruz",
      ),
    ).toBe("Amanda Carpenter");
    expect(
      speakerOf(
        "The tuft cell, Herbert said, is constantly sensing the products.",
        "is constantly sensing the products",
        "said",
        "The tuft cell, Herbert",
      ),
    ).toBe("Herbert");
    expect(
      speakerOf(
        "During an interview on Wednesday, Marcel Lehel, the hacker known as “Guccifer,” stated that he had access to the server.",
        "he had access to the server",
        "stated",
        "Marcel Lehel, the hacker",
      ),
      // The grammar's subject, its appositive whole (a work's title in quotation marks held in
      // it): the name and the title are split from it when the speaker is resolved.
    ).toBe("Marcel Lehel, the hacker known as “Guccifer,”");
  });
});
