import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseKeywords, parseSource } from "../src/digests/filters.js";
import { parseSchedule } from "../src/digests/schedule.js";
import { escapeText } from "../src/discord/render.js";
import {
  echo,
  isUserError,
  localizedUserError,
  localizedUserErrorText,
  renderUserError,
  UserError,
  userError,
  withMessageKey,
} from "../src/errors.js";
import { parseHttpUrl } from "../src/fetch/http.js";

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
          // Before the input: a source drops what follows its first `/` (`reuters.com/world`).
          () => parseSource(`! ${input}`),
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

describe("localizedUserError", () => {
  it("keeps the English text as its message, with echoed input as typed", () => {
    const error = localizedUserError("fetch.noSuchHost", { host: echo("*a*.example") });
    expect(error.message).toBe("Could not find that site (*a*.example).");
  });
});

describe("localizedUserErrorText", () => {
  it("words the key in the locale and escapes only the echoed parameters", () => {
    const error = new UserError("English.", {
      i18n: { key: "fetch.notPublic", params: { host: echo("*a*"), reason: "loopback" } },
    });
    expect(localizedUserErrorText(error, "fr", escapeText)).toBe(
      "Cette adresse n’est pas publique (\\*a\\* : loopback), Newsdesk ne la récupérera donc pas.",
    );
    expect(localizedUserErrorText(new UserError("No key."), "fr", escapeText)).toBeNull();
  });

  it("words a fetch refusal in the reader's locale, the CLI's message staying English", () => {
    const error = thrown(() => parseHttpUrl("ftp://example.com/x"));
    expect(error.message).toBe("Only http and https links can be fetched, not ftp.");
    expect(localizedUserErrorText(error, "ja", escapeText)).toBe(
      "取得できるのは http と https のリンクだけです(ftp は不可)。",
    );
  });
});

describe("withMessageKey", () => {
  it("adds a key to a userError and keeps its message, parts and cause", () => {
    const cause = new Error("root");
    const base = new UserError("x", { cause, parts: ["a ", { input: "b" }] });
    const keyed = withMessageKey(base, "schedule.cronNever", { cron: echo("b") });
    expect(keyed.message).toBe("x");
    expect(keyed.parts).toEqual(base.parts);
    expect(keyed.cause).toBe(cause);
    expect(localizedUserErrorText(keyed, "de", escapeText)).toBe(
      "Der Cron-Ausdruck „b“ läuft nie.",
    );
  });

  it("gives the schedule's refusals a key with the typed text escaped", () => {
    const error = thrown(() => parseSchedule("daily 8", "UTC"));
    expect(error.message).toMatch(/^"8" is not a time of day/);
    expect(localizedUserErrorText(error, "es-419", escapeText)).toMatch(/^«8» no es una hora/);
  });
});
