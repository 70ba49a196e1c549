import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractPartialString } from "../../src/openai/partial-json.js";

describe("extractPartialString", () => {
  it("returns undefined until the field starts, then its text so far", () => {
    expect(extractPartialString('{"summ', "summary")).toBeUndefined();
    expect(extractPartialString('{"summary": "Hel', "summary")).toBe("Hel");
    expect(extractPartialString('{"summary": "He said \\"hi\\"\\n', "summary")).toBe(
      'He said "hi"\n',
    );
    expect(extractPartialString('{"summary": "a\\', "summary")).toBe("a");
  });

  it("grows as a prefix of the final string for every cut of the JSON (property)", () => {
    fc.assert(
      fc.property(fc.string(), (summary) => {
        const json = JSON.stringify({ summary, keyPoints: ["x"] });
        let previous = "";
        for (let cut = 0; cut <= json.length; cut++) {
          const partial = extractPartialString(json.slice(0, cut), "summary") ?? "";
          expect(summary.startsWith(partial)).toBe(true);
          expect(partial.length).toBeGreaterThanOrEqual(previous.length);
          previous = partial;
        }
        expect(extractPartialString(json, "summary")).toBe(summary);
      }),
    );
  });
});
