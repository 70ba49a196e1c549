import { describe, expect, it } from "vitest";
import { endsWithSpace, isBlank, isSpaceCode } from "../../src/quotes/chars.js";

describe("isSpaceCode", () => {
  it("agrees with \\s on every UTF-16 code unit", () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    }
    expect(differ).toEqual([]);
  });

  it("is false past the end of a string (NaN)", () => {
    expect(isSpaceCode("a".charCodeAt(1))).toBe(false);
  });
});

describe("endsWithSpace", () => {
  it("agrees with /\\s$/", () => {
    for (const text of ["", " ", "said ", "said", "a\u00a0", "x\u3000", "end\n", "“"]) {
      expect(endsWithSpace(text)).toBe(/\s$/.test(text));
    }
  });
});

describe("isBlank", () => {
  it("agrees with /^\\s*$/", () => {
    for (const text of ["", " ", " \t\n", "\u2028\u00a0", " a ", "said", ",", "\ufeff"]) {
      expect(isBlank(text)).toBe(/^\s*$/.test(text));
    }
  });
});
