import { de } from "./command-strings/de.js";
import { esES } from "./command-strings/es-ES.js";
import { fr } from "./command-strings/fr.js";
import { ja } from "./command-strings/ja.js";
import { ptBR } from "./command-strings/pt-BR.js";
import type { Locale } from "./locales.js";

/**
 * Localized names and descriptions of slash commands and their options, keyed by path: the command
 * name, then option names joined by dots (`briefing.since`, `settings.llm-budget`). English is the
 * definition itself. Names follow Discord's rules (lower case, no spaces, at most 32 characters);
 * test/i18n checks them.
 */
export type CommandStrings = Readonly<Record<string, { name: string; description: string }>>;

/** One data file per locale (src/i18n/command-strings/). */
export const COMMAND_STRINGS: Readonly<Record<Exclude<Locale, "en-US">, CommandStrings>> = {
  de,
  fr,
  "es-ES": esES,
  "pt-BR": ptBR,
  ja,
};
