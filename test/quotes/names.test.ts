import { describe, expect, it } from "vitest";
import { indexNames, parseNameRun } from "../../src/quotes/names.js";

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

  it("reads an organization with its article", () => {
    expect(parseNameRun("The Washington Post", false)).toMatchObject({
      kind: "org",
      display: "The Washington Post",
    });
  });

  it("rejects a headline in title case", () => {
    expect(parseNameRun("Clinton Breaks With Obama", false)).toBeNull();
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
});
