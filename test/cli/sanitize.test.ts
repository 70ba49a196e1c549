import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasUnsafeTerminalText, sanitizeTerminalText } from "../../src/cli/sanitize.js";

/** Everything a terminal must not receive (issue 14 §2). */
function isUnsafe(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x0a && code !== 0x09) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

const hostilePieces = fc.constantFrom(
  "\x1b]0;pwned\x07", // OSC: set the window title
  "\x1b[2J\x1b[H", // clear the screen
  "\x1b[31mred\x1b[0m", // colours
  "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\", // OSC 8 link
  "\u009b31m", // C1 CSI
  "\u009d0;title\u009c", // C1 OSC … ST
  "\u202eevil\u202c", // right-to-left override
  "\u2066\u2067\u2068\u2069",
  "\r\b\x7f\x00",
);
const hostileText = fc
  .array(fc.oneof(fc.string(), fc.string({ unit: "binary" }), hostilePieces), { maxLength: 12 })
  .map((parts) => parts.join(""));

describe("sanitizeTerminalText", () => {
  it("leaves no C0 control but newline and tab, no C1 control and no bidi override", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const safe = sanitizeTerminalText(text);
        for (const char of safe)
          expect(isUnsafe(char.codePointAt(0)!), JSON.stringify(char)).toBe(false);
        expect(hasUnsafeTerminalText(safe)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps every safe character, in order, and changes nothing in safe text", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const kept = [...text].filter((char) => !isUnsafe(char.codePointAt(0)!)).join("");
        const safe = sanitizeTerminalText(text);
        let at = 0;
        for (const char of kept) {
          at = safe.indexOf(char, at);
          expect(at).toBeGreaterThanOrEqual(0);
          at += char.length;
        }
        expect(sanitizeTerminalText(kept)).toBe(kept);
      }),
      { numRuns: 300 },
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const once = sanitizeTerminalText(text);
        expect(sanitizeTerminalText(once)).toBe(once);
      }),
    );
  });

  it("shows what it escaped visibly", () => {
    expect(sanitizeTerminalText("a\x1b[2Jb")).toBe("a␛[2Jb");
    expect(sanitizeTerminalText("x\u202ey")).toBe("x\\u{202e}y");
    expect(sanitizeTerminalText("\u009b")).toBe("\\u{9b}");
    expect(sanitizeTerminalText("del\x7f")).toBe("del␡");
    expect(sanitizeTerminalText("line\n\ttab")).toBe("line\n\ttab");
  });
});

describe("hasUnsafeTerminalText", () => {
  it("finds an escape, a C1 control or a bidi override, and accepts newline and tab", () => {
    expect(hasUnsafeTerminalText("\x1b")).toBe(true);
    expect(hasUnsafeTerminalText("\u0085")).toBe(true);
    expect(hasUnsafeTerminalText("\u2067")).toBe(true);
    expect(hasUnsafeTerminalText("a\nb\tc é 日本")).toBe(false);
  });
});
