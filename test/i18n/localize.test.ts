import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { CHOICE_STRINGS, COMMAND_STRINGS } from "../../src/i18n/command-strings.js";
import { localizeCommand } from "../../src/i18n/localize.js";

/** Discord's rule for command and option names (CHAT_INPUT). */
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

describe("localizeCommand", () => {
  const data = {
    name: "briefing",
    description: "Briefing",
    options: [{ type: 3, name: "since", description: "Since" }],
  } as const;

  it("adds localizations to the command and its options, es-ES also as es-419", () => {
    const localized = localizeCommand(data);
    expect(localized.name).toBe("briefing");
    const record = localized as unknown as {
      name_localizations: Record<string, string>;
      options: { name_localizations: Record<string, string> }[];
    };
    expect(record.name_localizations.de).toBe("überblick");
    expect(record.name_localizations["es-419"]).toBe(record.name_localizations["es-ES"]);
    expect(record.options[0]!.name_localizations.fr).toBe("depuis");
  });

  it("leaves a command without strings as it was", () => {
    const plain = { name: "nothing-here", description: "x" } as const;
    expect(localizeCommand(plain)).toEqual(plain);
  });

  it("has only names that pass Discord's rules, in lower case, and descriptions of 1–100 characters", () => {
    for (const [locale, strings] of Object.entries(COMMAND_STRINGS)) {
      for (const [path, { name, description }] of Object.entries(strings)) {
        expect(name, `${locale} ${path}`).toMatch(NAME);
        expect(name, `${locale} ${path}`).toBe(name.toLowerCase());
        expect(description.length, `${locale} ${path}`).toBeGreaterThan(0);
        expect(description.length, `${locale} ${path}`).toBeLessThanOrEqual(100);
      }
    }
  });

  it("localizes every option and subcommand of every command, with names unique among siblings", () => {
    type Item = {
      name: string;
      name_localizations?: Record<string, string>;
      options?: Item[];
    };
    const walk = (path: string, item: Item) => {
      const children = item.options ?? [];
      for (const locale of ["de", "fr", "es-ES", "pt-BR", "ja"]) {
        const names = children.map((c) => c.name_localizations?.[locale]);
        expect(names.includes(undefined), `${path} ${locale}`).toBe(false);
        expect(new Set(names).size, `${path} ${locale}`).toBe(names.length);
      }
      for (const child of children) walk(`${path}.${child.name}`, child);
    };
    for (const command of commands) walk(command.data.name, command.data as unknown as Item);
  });

  it("names the choices in every locale by their value, English where a value has no entry", () => {
    const summarize = commands.find((c) => c.data.name === "summarize")!.data as unknown as {
      options: Array<{
        name: string;
        choices?: Array<{ value: string; name_localizations?: Record<string, string> }>;
      }>;
    };
    const length = summarize.options.find((o) => o.name === "length")!;
    expect(length.choices!.map((c) => c.name_localizations?.de)).toEqual([
      "kurz",
      "mittel",
      "lang",
    ]);
    expect(length.choices![0]!.name_localizations?.["es-419"]).toBe("corto");
    const plain = localizeCommand({
      name: "x",
      description: "x",
      options: [{ type: 3, name: "y", description: "y", choices: [{ name: "zz", value: "zz" }] }],
    } as const);
    expect(plain.options[0].choices[0]).toEqual({ name: "zz", value: "zz" });
    for (const strings of Object.values(CHOICE_STRINGS)) {
      for (const name of Object.values(strings)) {
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it("localizes every registered command, and no localized name in the list breaks Discord's rules", () => {
    const names: string[] = [];
    const walk = (item: { name_localizations?: Record<string, string>; options?: unknown[] }) => {
      names.push(...Object.values(item.name_localizations ?? {}));
      for (const option of item.options ?? []) walk(option as typeof item);
    };
    for (const command of commands) {
      const data = command.data as { name_localizations?: Record<string, string> };
      expect(Object.keys(data.name_localizations ?? {}).sort(), command.data.name).toEqual([
        "de",
        "es-419",
        "es-ES",
        "fr",
        "ja",
        "pt-BR",
      ]);
      walk(command.data as Parameters<typeof walk>[0]);
    }
    for (const name of names) {
      expect(name).toMatch(NAME);
      expect(name).toBe(name.toLowerCase());
    }
  });
});
