import { ApplicationCommandOptionType } from "discord.js";
import { describe, expect, expectTypeOf, it } from "vitest";
import { type OptionSource, readOptions } from "../../src/discord/options.js";
import { UserError } from "../../src/errors.js";

const data = {
  name: "summarize",
  description: "d",
  options: [
    { type: ApplicationCommandOptionType.String, name: "url", description: "d", required: true },
    {
      type: ApplicationCommandOptionType.String,
      name: "length",
      description: "d",
      choices: [
        { name: "short", value: "short" },
        { name: "long", value: "long" },
      ],
    },
  ],
} as const;

const withSubcommands = {
  name: "article",
  description: "d",
  options: [
    { type: ApplicationCommandOptionType.Subcommand, name: "latest", description: "d" },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "search",
      description: "d",
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: "query",
          description: "d",
          required: true,
        },
      ],
    },
  ],
} as const;

function source(
  values: Record<string, string | number>,
  subcommand: string | null = null,
): OptionSource {
  return {
    getSubcommand: () => subcommand,
    get: (name) => (name in values ? { value: values[name] } : null),
  };
}

describe("readOptions", () => {
  it("reads options typed from the definition", () => {
    const options = readOptions(source({ url: "https://e.com", length: "short" }), data);
    expectTypeOf(options).toEqualTypeOf<{ url: string; length: "short" | "long" | undefined }>();
    expect(options).toEqual({ url: "https://e.com", length: "short" });
  });

  it("reads a subcommand's options into a union keyed by subcommand", () => {
    const options = readOptions(source({ query: "korea" }, "search"), withSubcommands);
    expect(options).toEqual({ subcommand: "search", query: "korea" });
    if (options.subcommand === "search") expectTypeOf(options.query).toEqualTypeOf<string>();
  });

  it("rejects a value that is not one of the choices with a UserError naming them", () => {
    expect(() => readOptions(source({ url: "x", length: "huge" }), data)).toThrow(UserError);
    expect(() => readOptions(source({ url: "x", length: "huge" }), data)).toThrow(
      "The option `length` must be one of `short`, `long`.",
    );
  });

  it("rejects a missing required option and a value of the wrong type", () => {
    expect(() => readOptions(source({}), data)).toThrow("The option `url` is required.");
    expect(() => readOptions(source({ url: 3 }), data)).toThrow("must be a string");
  });
});
