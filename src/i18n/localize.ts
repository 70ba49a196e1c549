/**
 * Adds `name_localizations` and `description_localizations` to a slash-command definition from
 * COMMAND_STRINGS, for the command and every option (subcommands included), without losing the
 * definition's literal type: `localizeCommand({...} as const)` is still that `as const` type, so
 * option types keep deriving from it. es-ES strings are also served to es-419.
 */
import { CHOICE_STRINGS, COMMAND_STRINGS } from "./command-strings.js";
import { ALSO_SERVED, LOCALES } from "./locales.js";

interface Localizable {
  readonly name: string;
  readonly description: string;
  readonly options?: readonly Localizable[];
  readonly choices?: readonly { readonly name: string; readonly value: string | number }[];
}

type Localizations = Record<string, string>;

function localizationsOf(path: string, field: "name" | "description"): Localizations | undefined {
  const out: Localizations = {};
  for (const locale of LOCALES) {
    if (locale === "en-US") continue;
    const text = COMMAND_STRINGS[locale][path]?.[field];
    if (!text) continue;
    out[locale] = text;
    for (const [alias, target] of Object.entries(ALSO_SERVED)) {
      if (target === locale) out[alias] = text;
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A choice's names by its value (the same words serve every command: short, bullets, list…). */
function choiceLocalizations(value: string): Localizations | undefined {
  const out: Localizations = {};
  for (const locale of LOCALES) {
    if (locale === "en-US") continue;
    const text = CHOICE_STRINGS[locale][value];
    if (!text) continue;
    out[locale] = text;
    for (const [alias, target] of Object.entries(ALSO_SERVED)) {
      if (target === locale) out[alias] = text;
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function localizeAt<T extends Localizable>(item: T, path: string): T {
  const names = localizationsOf(path, "name");
  const descriptions = localizationsOf(path, "description");
  const out: Record<string, unknown> = { ...(item as object) };
  if (names) out.name_localizations = names;
  if (descriptions) out.description_localizations = descriptions;
  if (item.options) {
    out.options = item.options.map((option) => localizeAt(option, `${path}.${option.name}`));
  }
  if (item.choices) {
    out.choices = item.choices.map((choice) => {
      const names = choiceLocalizations(String(choice.value));
      return names ? { ...choice, name_localizations: names } : choice;
    });
  }
  return out as T;
}

export function localizeCommand<T extends Localizable>(data: T): T {
  return localizeAt(data, data.name);
}
