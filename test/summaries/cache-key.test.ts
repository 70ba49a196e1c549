import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type SummaryKeyParts, summaryCacheKey } from "../../src/summaries/cache-key.js";

const base: SummaryKeyParts = {
  text: "Some cleaned text.",
  engine: "llm",
  model: "gpt-4o-mini",
  version: "1",
  length: "short",
  format: "paragraph",
};

describe("summaryCacheKey", () => {
  it("changes with every part that changes the output", () => {
    const keys = new Set([
      summaryCacheKey(base),
      summaryCacheKey({ ...base, text: "Other text." }),
      summaryCacheKey({ ...base, engine: "extractive", model: null }),
      summaryCacheKey({ ...base, model: "llama3" }),
      summaryCacheKey({ ...base, version: "2" }),
      summaryCacheKey({ ...base, length: "medium" }),
      summaryCacheKey({ ...base, format: "bullets" }),
    ]);
    expect(keys.size).toBe(7);
  });

  it("is stable and short enough for every store", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        const key = summaryCacheKey({ ...base, text });
        expect(key).toBe(summaryCacheKey({ ...base, text }));
        expect(key.length).toBeLessThan(60);
      }),
    );
  });

  it("does not collide when fields run into each other", () => {
    expect(summaryCacheKey({ ...base, model: "ab", version: "c" })).not.toBe(
      summaryCacheKey({ ...base, model: "a", version: "bc" }),
    );
  });

  it("keys a summary in another language apart, and leaves other keys as they were", () => {
    expect(summaryCacheKey({ ...base, language: undefined })).toBe(summaryCacheKey(base));
    expect(summaryCacheKey({ ...base, language: "de" })).not.toBe(summaryCacheKey(base));
    expect(summaryCacheKey({ ...base, language: "de" })).not.toBe(
      summaryCacheKey({ ...base, language: "fr" }),
    );
  });
});
