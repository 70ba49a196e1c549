import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPartialStringReader, extractPartialString } from "../../src/openai/partial-json.js";

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

describe("createPartialStringReader", () => {
  it("gives the same text fed in any split as the whole JSON at once (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary" }),
        fc.array(fc.nat({ max: 40 }), { maxLength: 30 }),
        (summary, cuts) => {
          const json = `{"title": "a \\"summary\\": \\"no\\"", "n": [1, {"summary": "x"}], "summary": ${JSON.stringify(summary)}, "keyPoints": []}`;
          const reader = createPartialStringReader("summary");
          let at = 0;
          for (const cut of cuts) {
            reader.push(json.slice(at, at + cut));
            at += cut;
            expect(summary.startsWith(reader.value() ?? "")).toBe(true);
          }
          reader.push(json.slice(at));
          expect(reader.value()).toBe(summary);
        },
      ),
    );
  });

  it("reads a 1 MB answer fed one character at a time in linear time", () => {
    const summary = "Lavrov said “we talk”.\n".repeat(45_000);
    const json = JSON.stringify({ summary, keyPoints: [] });
    expect(json.length).toBeGreaterThan(1_000_000);
    const reader = createPartialStringReader("summary");
    let grew = 0;
    for (const ch of json) if (reader.push(ch)) grew++;
    expect(reader.value()).toBe(summary);
    expect(grew).toBeGreaterThan(1_000_000 - 100_000);
  }, 60_000);
});
