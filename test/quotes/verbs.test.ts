import { describe, expect, it } from "vitest";
import {
  IRREGULAR_CONTENT,
  IRREGULAR_OBJECT,
  LISTED,
  OBJECT_CUES,
  OBJECT_FORMS,
  PHRASAL_CUES,
} from "../../src/quotes/cue-words.js";
import {
  carriesContent,
  findVerbs,
  isCueWord,
  isListedBefore,
  isNounLike,
  isVerbForm,
  isVerbWord,
  needsThat,
  takesObject,
} from "../../src/quotes/verbs.js";

describe("findVerbs", () => {
  it("finds reporting verbs and `according to` in order, with offsets", () => {
    const text = "Officials said on Monday, according to the report, that Smith denied it.";
    const hits = findVerbs(text);
    expect(hits.map((h) => h.verb)).toEqual(["said", "according to", "denied"]);
    for (const h of hits) expect(text.slice(h.start, h.end)).toMatch(new RegExp(`^${h.verb}`));
  });

  it("skips a verb inside a longer word and a noun after a determiner", () => {
    expect(findVerbs("It went unsaid, and his claims were odd.").map((h) => h.verb)).toEqual([]);
  });

  it("reads a noun after a determiner in any case and spacing, even a case-folded one", () => {
    for (const text of ["THE claims", "Their  claims", "hiſ claims", "her\u00a0claims"]) {
      expect(findVerbs(text)).toEqual([]);
    }
    expect(findVerbs("Officials claims").map((h) => h.verb)).toEqual(["claims"]);
  });

  it("finds every one-word form of the lexicon that isVerbWord knows (no word filtered out)", () => {
    const forms = [
      ...LISTED,
      ...IRREGULAR_CONTENT,
      ...IRREGULAR_OBJECT,
      ...OBJECT_CUES,
      ...OBJECT_FORMS,
      ...PHRASAL_CUES,
    ].filter((f) => /^[a-z]{3,}$/.test(f) && isVerbWord(f));
    expect(forms.length).toBeGreaterThan(100);
    const missed = forms.filter(
      (f) => !findVerbs(`Yesterday they ${f} it`).some((h) => h.verb === f),
    );
    expect(missed).toEqual([]);
  });
});

describe("isCueWord", () => {
  it("is true for a cue verb and the first word of a two-word cue", () => {
    expect(isCueWord("said")).toBe(true);
    expect(isCueWord("according")).toBe(true);
    expect(isCueWord("table")).toBe(false);
  });
});

describe("isVerbWord", () => {
  it("is true for one-word reporting verb forms only", () => {
    expect(isVerbWord("added")).toBe(true);
    expect(isVerbWord("according")).toBe(false);
  });
});

describe("isVerbForm", () => {
  it("accepts -s and -ed forms in any case", () => {
    expect(isVerbForm("Slammed")).toBe(true);
    expect(isVerbForm("says")).toBe(true);
    expect(isVerbForm("saying")).toBe(false);
  });
});

describe("carriesContent", () => {
  it("is true for `said`, false for `asked`", () => {
    expect(carriesContent("said")).toBe(true);
    expect(carriesContent("asked")).toBe(false);
  });
});

describe("takesObject", () => {
  it("is true for a verb whose object is the statement", () => {
    expect(takesObject("criticized")).toBe(true);
    expect(takesObject("said")).toBe(false);
  });
});

describe("isNounLike", () => {
  it("is true for the base and -s forms of a lemma that is also a noun", () => {
    expect(isNounLike("attacks")).toBe(true);
    expect(isNounLike("attacked")).toBe(false);
  });
});

describe("isListedBefore", () => {
  it("is true for a say-like verb that may precede its subject", () => {
    expect(isListedBefore("said")).toBe(true);
  });
});

describe("needsThat", () => {
  it("is false for `said`, which needs no `that`", () => {
    expect(needsThat("said")).toBe(false);
  });
});
