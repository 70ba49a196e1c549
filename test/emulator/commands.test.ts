import { describe, expect, it } from "vitest";
import { checkCommandBody } from "../../src/emulator/commands.js";

const option = (name: string, extra: object = {}) => ({
  type: 3,
  name,
  description: `The ${name}`,
  ...extra,
});

describe("checkCommandBody", () => {
  it("accepts a chat input command with options and subcommands", () => {
    expect(
      checkCommandBody({
        name: "summary",
        description: "Summarize",
        options: [option("article", { required: true }), option("length")],
      }),
    ).toBeNull();
    expect(
      checkCommandBody({
        name: "digest",
        description: "Digests",
        options: [{ type: 1, name: "now", description: "Post now", options: [option("channel")] }],
      }),
    ).toBeNull();
  });

  it("refuses upper-case or spaced names and missing descriptions", () => {
    expect(checkCommandBody({ name: "Summary", description: "x" })).toMatchObject({
      name: { _errors: [{ code: "APPLICATION_COMMAND_INVALID_NAME" }] },
    });
    expect(checkCommandBody({ name: "two words", description: "x" })).not.toBeNull();
    expect(checkCommandBody({ name: "ok" })).toMatchObject({
      description: { _errors: [{ code: "BASE_TYPE_BAD_LENGTH" }] },
    });
  });

  it("accepts mixed-case names for context menu commands, which have no description", () => {
    expect(checkCommandBody({ type: 3, name: "Summarize this" })).toBeNull();
    expect(checkCommandBody({ type: 3, name: "x".repeat(33) })).not.toBeNull();
  });

  it("refuses duplicate option names, required after optional, and autocomplete with choices", () => {
    const errors = checkCommandBody({
      name: "bad",
      description: "Bad",
      options: [
        option("a"),
        option("a", { required: true }),
        option("c", { autocomplete: true, choices: [{ name: "x", value: "x" }] }),
      ],
    });
    expect(errors).toMatchObject({
      options: {
        1: {
          name: { _errors: [{ code: "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS" }] },
          required: { _errors: [{ code: "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID" }] },
        },
        2: {
          autocomplete: {
            _errors: [{ code: "APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_WITH_CHOICES" }],
          },
        },
      },
    });
  });

  it("refuses more than 25 options", () => {
    const options = Array.from({ length: 26 }, (_, i) => option(`o${i}`));
    expect(checkCommandBody({ name: "many", description: "Many", options })).toMatchObject({
      options: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH" }] },
    });
  });
});
