import { describe, expect, it } from "vitest";
import { matchSentenceSubject, matchSubjectBefore } from "../../src/quotes/cue-subjects.js";

describe("matchSentenceSubject", () => {
  it("finds the name opening a sentence when a verb follows it", () => {
    expect(matchSentenceSubject("Reid frequently mocked Romney for his taxes.")).toEqual({
      speaker: "Reid",
      at: 0,
    });
  });

  it("looks past an opening phrase set off by a comma", () => {
    const sentence = "On Thursday, Trump spoke to reporters.";
    expect(matchSentenceSubject(sentence)).toEqual({ speaker: "Trump", at: 13 });
  });
});

describe("matchSubjectBefore", () => {
  const at = (text: string) => text.lastIndexOf("said");

  it("takes the subject of the clause right before the verb", () => {
    const text = "The plan is dead, the senator has said";
    expect(matchSubjectBefore(text, at(text))).toEqual({ speaker: "the senator", at: 18 });
  });

  it("takes a name right before the verb without a clause boundary", () => {
    const text = "In a meeting with editors Trump said";
    expect(matchSubjectBefore(text, at(text))?.speaker).toBe("Trump");
  });

  it("finds no subject when the verb follows no words", () => {
    expect(matchSubjectBefore("“said", 1)).toBeNull();
  });
});
