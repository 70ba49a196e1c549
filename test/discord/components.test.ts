import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeComponentId, parseComponentId } from "../../src/discord/components.js";

describe("encodeComponentId", () => {
  it("round-trips any parts, separators included", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.integer({ min: 1, max: 999 }), (id, page) => {
        const encoded = encodeComponentId("article", "page", id, page);
        if (encoded === null) return;
        expect(encoded.length).toBeLessThanOrEqual(100);
        expect(parseComponentId(encoded)).toEqual({
          command: "article",
          action: "page",
          args: [id, String(page)],
        });
      }),
    );
  });

  it("refuses an id longer than Discord's 100 characters", () => {
    expect(encodeComponentId("article", "page", "x".repeat(100), 1)).toBeNull();
  });
});

describe("parseComponentId", () => {
  it("returns null for ids it did not make", () => {
    expect(parseComponentId("plain")).toBeNull();
    expect(parseComponentId("a:%E0%A4%A")).toBeNull();
  });
});
