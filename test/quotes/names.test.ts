import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNameRun } from "../../src/quotes/name-runs.js";
import { indexNames, NAME_RUN } from "../../src/quotes/names.js";

/** The runs indexNames keeps, found the old way: NAME_RUN's own global search over the text. */
function runsByPattern(text: string): number[] {
  const at: number[] = [];
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(text); m; m = NAME_RUN.exec(text)) {
    let j = m.index - 1;
    while (j >= 0 && /[\s“"‘'(«]/.test(text[j]!)) j--;
    const sentenceStart = j < 0 || /[.!?:;…”’"]/.test(text[j]!);
    // indexNames passes over a name joined to a participle (`Sanders-endorsed`): no one's name.
    if (
      /\p{Lu}[\p{L}’']*-(?:\p{Ll}+(?:ed|ing)|era|style|like|type|esque|run|made|born)$/u.test(m[0])
    )
      continue;
    if (parseNameRun(m[0], sentenceStart)) at.push(m.index);
  }
  return at;
}

describe("parseNameRun", () => {
  it("separates a title and honorific from a person's name and reads the gender", () => {
    expect(parseNameRun("Secretary of State John Kerry", false)).toMatchObject({
      tokens: ["John", "Kerry"],
      kind: "person",
    });
    expect(parseNameRun("Mrs. Clinton", false)).toMatchObject({
      tokens: ["Clinton"],
      gender: "f",
    });
  });

  it("keeps `Sen.`, `Rep.` and `Dr.` as the title of a name opening a sentence", () => {
    expect(parseNameRun("Sen. Marco Rubio", true)).toMatchObject({
      tokens: ["Marco", "Rubio"],
      title: "Sen.",
    });
    expect(parseNameRun("But Rep. Paul Ryan", true)).toMatchObject({ title: "Rep." });
    expect(parseNameRun("Dr. Ben Carson", true)).toMatchObject({ title: "Dr." });
  });

  it("takes no words before a preposition into a title unless a title or organization is among them", () => {
    expect(parseNameRun("Time for Dr. Sherlock", false)).toMatchObject({
      tokens: ["Sherlock"],
      title: "Dr.",
    });
    expect(parseNameRun("Minister for Europe Chris Bryant", false)).toMatchObject({
      title: "Minister for Europe",
    });
    expect(parseNameRun("Michael Bloomberg", false)).toMatchObject({ kind: "person" });
    expect(parseNameRun("Capitol Hill", false)).toMatchObject({ kind: "org" });
  });

  it("takes no conjunction opening a sentence into a name (`Once Fetter`), and no day alone for one", () => {
    expect(parseNameRun("Once Fetter", true)).toMatchObject({ tokens: ["Fetter"] });
    expect(parseNameRun("Until Reyes", true)).toMatchObject({ tokens: ["Reyes"] });
    expect(parseNameRun("Wednesday", false)).toBeNull();
    expect(parseNameRun("Joe Friday", false)).toMatchObject({ tokens: ["Joe", "Friday"] });
  });

  it("drops letters after a name (`Judge Stephen Kramer QC`), a sentence's first word glued on after it (`Harley Levanic Some`) and where it is based (`Manhattan-based Skin Laundry`)", () => {
    expect(parseNameRun("Judge Stephen Kramer QC", true)).toMatchObject({
      tokens: ["Stephen", "Kramer"],
      title: "Judge",
    });
    expect(parseNameRun("Harley Levanic Some", false)).toMatchObject({
      tokens: ["Harley", "Levanic"],
    });
    expect(parseNameRun("Manhattan-based Skin Laundry", true)).toMatchObject({
      tokens: ["Skin", "Laundry"],
    });
    expect(parseNameRun("Nurse A", false)).toBeNull();
  });

  it("drops a paper's first words in capitals before a title (`AS Opposition Leader Bill Shorten`) and an imperative (`Be warned`)", () => {
    expect(parseNameRun("AS Opposition Leader Bill Shorten", true)).toMatchObject({
      tokens: ["Bill", "Shorten"],
      title: "Opposition Leader",
    });
    expect(parseNameRun("Be", true)).toBeNull();
  });

  it("reads a company named like a person as an organization, after `the` too", () => {
    expect(parseNameRun("Wells Fargo", true)).toMatchObject({ kind: "org" });
    expect(parseNameRun("In the Warner Brothers", true)).toMatchObject({ kind: "org" });
  });

  it("reads an organization with its article", () => {
    expect(parseNameRun("The Washington Post", false)).toMatchObject({
      kind: "org",
      display: "The Washington Post",
    });
  });

  it("reads a hotel, a tower or a casino as a place, not a person (`Trump Plaza Hotel`)", () => {
    expect(parseNameRun("Trump Plaza Hotel", false)).toMatchObject({ kind: "org" });
    expect(parseNameRun("Trump Tower Manila", false)).toMatchObject({ kind: "org" });
    expect(parseNameRun("Arsenio Hall", false)).toMatchObject({ kind: "person" });
  });

  it("reads a state or a country as a place, not a person; `Virginia Foxx` stays a person", () => {
    expect(parseNameRun("Delaware", false)).toMatchObject({ kind: "org" });
    expect(parseNameRun("South Carolina", false)).toMatchObject({ kind: "org" });
    expect(parseNameRun("Virginia Foxx", false)).toMatchObject({ kind: "person" });
  });

  it("rejects a headline run with `Said` or `The` inside, or a contracted pronoun first", () => {
    expect(parseNameRun("Trump Said The", false)).toBeNull();
    expect(parseNameRun("It's All CNN's Fault Ted Cruz", false)).toBeNull();
    expect(parseNameRun("Ted Cruz", false)).toMatchObject({ kind: "person" });
  });

  it("reads a person named after a possessive, the possessor as the title: `CNN's Jake Tapper`", () => {
    expect(parseNameRun("CNN's Jake Tapper", false)).toMatchObject({
      kind: "person",
      tokens: ["Jake", "Tapper"],
      title: "CNN",
    });
    expect(parseNameRun("The Washington Post's Robert Costa", false)).toMatchObject({
      kind: "person",
      tokens: ["Robert", "Costa"],
      title: "The Washington Post",
    });
    expect(parseNameRun("Fox News’ Megyn Kelly", false)).toMatchObject({
      tokens: ["Megyn", "Kelly"],
    });
    expect(parseNameRun("The Times' Ben Sisario", false)).toMatchObject({
      tokens: ["Ben", "Sisario"],
    });
    // A place or a building after the possessive stays what it was.
    expect(parseNameRun("Macy's Herald Square", false)).toMatchObject({ kind: "org" });
  });

  it("reads a sentence's adverb or opening participle as no name, a name in -ly as one", () => {
    expect(parseNameRun("Significantly", true)).toBeNull();
    expect(parseNameRun("Having", true)).toBeNull();
    expect(parseNameRun("Schlafly", true)).toMatchObject({ kind: "person", tokens: ["Schlafly"] });
    expect(parseNameRun("David Jolly", false)).toMatchObject({ tokens: ["David", "Jolly"] });
  });

  it("rejects a headline in title case", () => {
    expect(parseNameRun("Clinton Breaks With Obama", false)).toBeNull();
    expect(parseNameRun("Move Against Bernie Sanders Could Backfire", false)).toBeNull();
  });

  it("reads a name without its possessive, its `of` place or a preposition before it", () => {
    expect(parseNameRun("Donald Trump's", false)).toMatchObject({ tokens: ["Donald", "Trump"] });
    expect(parseNameRun("John R. Kasich of Ohio", false)).toMatchObject({
      tokens: ["John", "R.", "Kasich"],
      kind: "person",
    });
    expect(parseNameRun("Beneath Clinton’s", false)).toMatchObject({ tokens: ["Clinton"] });
    expect(parseNameRun("U.S. Chris Christie", false)).toMatchObject({
      tokens: ["Chris", "Christie"],
    });
    expect(parseNameRun("Chris Christie Address Heroin Epidemic When", false)).toBeNull();
  });
});

describe("indexNames", () => {
  it("indexes names with their appositive title and skips names inside quotes", () => {
    const text = "Ana Ruiz, a spokeswoman for the ministry, said “Crooked Hillary” was rude.";
    const open = text.indexOf("“") + 1;
    const entities = indexNames(text, [[open, text.indexOf("”")]]);
    expect(entities.map((e) => e.name)).toEqual(["Ana Ruiz"]);
    expect(entities[0]).toMatchObject({ title: "a spokeswoman for the ministry", gender: "f" });
  });

  it("reads a lower-case title right before a name (`Arsenal defender Per Mertesacker`)", () => {
    const text =
      "Arsenal defender Per Mertesacker praised former coach Jurgen Klopp. Meanwhile actress Emma Stone left with U.S. ambassador Ed Miliband.";
    expect(indexNames(text, []).map((e) => [e.name, e.title, e.gender])).toEqual([
      ["Arsenal", null, null],
      ["Per Mertesacker", "Arsenal defender", null],
      ["Jurgen Klopp", "former coach", "m"],
      ["Emma Stone", "actress", "f"],
      ["U.S.", null, null],
      ["Ed Miliband", "U.S. ambassador", null],
    ]);
  });

  it("reads a nationality before a known given name as a description (`American Lauren Davis`), not `American Express`", () => {
    const text = "American Lauren Davis beat Bouchard. American Express reported earnings.";
    expect(indexNames(text, []).map((e) => [e.name, e.title])).toEqual([
      ["Lauren Davis", "American"],
      ["Bouchard", null],
      ["American Express", null],
    ]);
  });

  it("takes no name from a capitalized word joined to a participle (`One Sanders-endorsed`), but keeps `Ban Ki-moon`", () => {
    const text =
      "One Sanders-endorsed candidate met Obama-era officials. Secretary General Ban Ki-moon spoke.";
    expect(indexNames(text, []).map((e) => e.name)).toEqual(["Ban Ki-moon"]);
  });

  it("finds the name runs the pattern's own search finds, accents and astral capitals too", () => {
    const text =
      "Élodie Durand met 𝐁ob Smith and O’Neil (D-N.Y.) in São Paulo. 日本 Ñoño, Mr. Ávila said.";
    expect(indexNames(text, []).map((e) => e.at)).toEqual(runsByPattern(text));
  });

  it("finds the name runs the pattern's own search finds in any text (property)", () => {
    const pieces = fc.constantFrom(
      ..."aZ '’.-“”‘«(\u00a0\n,!?:ÉéÑ日\u0301\ud800".split(""),
      "𝐁",
      "Mr.",
      "Ana",
      "de",
      "the",
      "said",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(indexNames(text, []).map((e) => e.at)).toEqual(runsByPattern(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe("NAME_RUN across paragraphs", () => {
  it("never runs a name on into the next paragraph, though it may wrap a line", () => {
    const runs = (text: string) => {
      NAME_RUN.lastIndex = 0;
      return [...text.matchAll(NAME_RUN)].map((m) => m[0]);
    };
    expect(runs("says analyst Ken Doctor\n\nBut there is doubt")).toEqual(["Ken Doctor", "But"]);
    expect(runs("says analyst Ken\nDoctor today")).toEqual(["Ken\nDoctor"]);
  });
  it("ends a name before a month and its day (`by Regan September 15, 2014`)", () => {
    const names = (text: string) => indexNames(text, []).map((e) => e.name);
    expect(names("by Regan September 15, 2014")).not.toContain("Regan September");
    expect(names("by Regan September 15, 2014")).toContain("Regan");
    expect(names("Prime Minister Theresa May said")).toEqual(["Theresa May"]);
  });
});
