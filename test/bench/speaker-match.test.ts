import { describe, expect, it } from "vitest";
import {
  hasProperName,
  isPlural,
  nameCandidates,
  namesMatch,
  sourceName,
  speakerNamesSource,
} from "../../bench/speaker-match.js";

describe("namesMatch", () => {
  it("accepts the full name or the last name, without honorifics", () => {
    expect(namesMatch("John F. Kerry", null, "Secretary of State John F. Kerry")).toBe(true);
    expect(namesMatch("Kerry", null, "Mr. Kerry")).toBe(true);
    expect(namesMatch("Lavrov", null, "Mr. Kerry")).toBe(false);
  });

  it("passes over a reflexive after the name: `Obama himself` names Obama", () => {
    expect(namesMatch("Barack Obama", null, "Obama himself")).toBe(true);
    expect(speakerNamesSource("Hillary Clinton", null, "Clinton herself")).toBe(true);
    expect(namesMatch("Hillary Clinton", null, "Sanders himself")).toBe(false);
  });

  it("cuts the gold source at the first comma, before a name that follows a description", () => {
    expect(namesMatch("Andrew Liveris", null, "Dow's chief executive, Andrew Liveris,")).toBe(
      false,
    );
  });
});

describe("nameCandidates", () => {
  it("takes the part after the comma when the first part is a description", () => {
    expect(nameCandidates("Dow's chief executive, Andrew Liveris,")).toEqual([
      "Dow's chief executive",
      "Andrew Liveris",
    ]);
  });

  it("keeps only the name when the description follows it", () => {
    expect(nameCandidates("Naureen Jahangir, a Sanders supporter from Hemet, California,")).toEqual(
      ["Naureen Jahangir"],
    );
  });

  it("returns nothing for an empty source", () => {
    expect(nameCandidates(" , ")).toEqual([]);
  });
});

describe("sourceName", () => {
  it("finds the name in a source taken whole, or none in a pronoun or description", () => {
    expect(sourceName("the director of the F.B.I., James B. Comey,")).toBe("James B. Comey");
    expect(sourceName("he")).toBeNull();
    expect(sourceName("the Florida senator")).toBeNull();
  });
});

describe("speakerNamesSource", () => {
  it("accepts the name given after a description and its comma", () => {
    expect(
      speakerNamesSource("Andrew Liveris", null, "Dow's chief executive, Andrew Liveris,"),
    ).toBe(true);
    expect(speakerNamesSource("Grant", null, "Schilling's son, Grant,")).toBe(true);
  });

  it("does not accept the organisation or the person a description mentions", () => {
    expect(speakerNamesSource("Dow", null, "Dow's chief executive, Andrew Liveris,")).toBe(false);
    expect(speakerNamesSource("Trump", null, "Mr. Trump's campaign chairman, Paul Manafort,")).toBe(
      false,
    );
  });

  it("does not accept a place named in an appositive after the name", () => {
    expect(
      speakerNamesSource(
        "California",
        null,
        "Naureen Jahangir, a Sanders supporter from Hemet, California,",
      ),
    ).toBe(false);
  });

  it("does not accept a name inside a relative clause", () => {
    expect(speakerNamesSource("Clinton", null, "Lindsey Graham, who has endorsed Clinton")).toBe(
      false,
    );
    expect(speakerNamesSource("Graham", null, "Lindsey Graham, who has endorsed Clinton")).toBe(
      true,
    );
  });

  it("accepts a description given in the same words", () => {
    expect(speakerNamesSource("the senator from Vermont", null, "The senator from Vermont")).toBe(
      true,
    );
    expect(speakerNamesSource("the two", null, "The letter")).toBe(false);
  });
});

describe("hasProperName", () => {
  it("tells names from pronouns and descriptions", () => {
    expect(hasProperName("The New York Times")).toBe(true);
    expect(hasProperName("the Republican nominee")).toBe(false);
    expect(hasProperName("she")).toBe(false);
  });
});

describe("isPlural", () => {
  it("tells several people or a body from one person", () => {
    expect(isPlural("India and Pakistan")).toBe(true);
    expect(isPlural("Lawmakers")).toBe(true);
    expect(isPlural("Mr. Trump")).toBe(false);
  });
});
