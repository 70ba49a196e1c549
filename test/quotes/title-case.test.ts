import { describe, expect, it } from "vitest";
import { titleForReader } from "../../src/quotes/title-case.js";

const title = (written: string, text: string) => titleForReader(written, text, new Map());

describe("titleForReader", () => {
  it("writes a role that opened its sentence in lower case (`Student Theo Brannagh said`)", () => {
    const text = "Student Theo Brannagh said the discovery had changed his plans.";
    expect(title("Student", text)).toBe("student");
    expect(title("Spokesperson", text)).toBe("spokesperson");
    expect(title("Librarian", text)).toBe("librarian");
    expect(title("Its chair", text)).toBe("its chair");
  });

  it("writes a modifier before a lower-case word in lower case (`Chief bridge engineer`, `Former first lady`)", () => {
    expect(title("Chief bridge engineer", "")).toBe("chief bridge engineer");
    expect(title("Former first lady", "")).toBe("former first lady");
  });

  it("follows the article where it writes the word in lower case (`the harbour ferry`)", () => {
    expect(title("Harbour master", "The harbour ferry now runs every fifteen minutes.")).toBe(
      "harbour master",
    );
    expect(title("Harbour master", "Ships wait.")).toBe("Harbour master");
  });

  it("keeps a proper word's capital (`Oxley shopkeeper`, `Israeli newspaper`, `Twitter's Adam Sharp`)", () => {
    expect(title("Oxley shopkeeper", "Rest centres in Oxley had beds, and oxley was wet.")).toBe(
      "Oxley shopkeeper",
    );
    expect(title("Israeli newspaper", "")).toBe("Israeli newspaper");
    expect(title("Twitter", "Twitter's Adam Sharp said so.")).toBe("Twitter");
    expect(title("TheBlaze founder", "")).toBe("TheBlaze founder");
  });

  it("keeps a formal title's capital (`Mayor`, `Deputy Mayor`, `Secretary of State`, `House Speaker`)", () => {
    expect(title("Mayor", "the mayor said")).toBe("Mayor");
    expect(title("Deputy Mayor", "")).toBe("Deputy Mayor");
    expect(title("Secretary of State", "")).toBe("Secretary of State");
    expect(title("House Speaker", "the house was full")).toBe("House Speaker");
  });

  it("writes `former` and its kin in lower case before any title (`Former President`)", () => {
    expect(title("Former President", "")).toBe("former President");
    expect(title("Former Trump campaign manager", "")).toBe("former Trump campaign manager");
    expect(title("Chief Justice", "")).toBe("Chief Justice");
  });
});
