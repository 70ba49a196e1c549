import { describe, expect, it } from "vitest";
import { escapeRegExp } from "../src/escape-regexp.js";

describe("escapeRegExp", () => {
  it("builds a pattern that matches the text literally and nothing else", () => {
    for (const text of ["U.S.", "AT&T (Inc.)", "a+b*c?", "[x]{2}", "^$|\\", "Yahoo!"]) {
      const re = new RegExp(`^${escapeRegExp(text)}$`);
      expect(re.test(text)).toBe(true);
    }
    expect(new RegExp(`^${escapeRegExp("U.S.")}$`).test("UXSX")).toBe(false);
    expect(new RegExp(`^${escapeRegExp("a+")}$`).test("aa")).toBe(false);
  });
});
