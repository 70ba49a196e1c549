import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseKeywords, parseSource } from "../src/digests/filters.js";
import { parseSchedule } from "../src/digests/schedule.js";
import { escapeText } from "../src/discord/render.js";
import { echo, isUserError, renderUserError, UserError, userError } from "../src/errors.js";

function thrown(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (isUserError(error)) return error;
    throw error;
  }
  throw new Error("expected a UserError");
}

describe("userError", () => {
  it("reads plainly and keeps the echoed input apart", () => {
    const error = userError`"${echo("**x**")}" is not a source.`;
    expect(error.message).toBe('"**x**" is not a source.');
    expect(error.parts).toEqual(['"', { input: "**x**" }, '" is not a source.']);
  });
});

describe("echo", () => {
  it("cuts long input to the given length", () => {
    expect(echo("abcdef", 4)).toEqual({ input: "abc…" });
  });
});

describe("renderUserError", () => {
  it("escapes only the person's input", () => {
    const error = userError`Use \`daily\`: "${echo("@everyone **now**")}" is wrong.`;
    expect(renderUserError(error, escapeText)).toBe(
      `Use \`daily\`: "${escapeText("@everyone **now**")}" is wrong.`,
    );
    expect(renderUserError(new UserError("plain `code`"), escapeText)).toBe("plain `code`");
  });

  it("escapes whatever the person typed into digest filters and schedules (property)", () => {
    const hostile = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom(
        "**bold** @everyone",
        "[click](https://evil.example)",
        "<@&123456789012345678>",
        "# heading",
        "`code` ||spoiler||",
      ),
    );
    fc.assert(
      fc.property(hostile, (input) => {
        const attempts = [
          () => parseSource(`${input} !`),
          () => parseSchedule(`${input} x y`, "UTC"),
          () => parseSchedule("daily 08:00", `${input}/Nowhere`),
          () => parseKeywords("k".repeat(61) + input),
        ];
        for (const attempt of attempts) {
          const error = thrown(attempt);
          const rendered = renderUserError(error, escapeText);
          for (const part of error.parts ?? []) {
            if (typeof part !== "string") expect(rendered).toContain(escapeText(part.input));
          }
          expect(rendered).not.toMatch(/(?<!\\)\*\*bold/);
          expect(rendered).not.toMatch(/@everyone/);
        }
      }),
    );
  });
});
