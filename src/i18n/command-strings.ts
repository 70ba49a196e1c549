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

/**
 * Names of choices, by the choice's value, for every command at once (the values are the same words
 * wherever they appear). A value missing here keeps its English name.
 */
export const CHOICE_STRINGS: Readonly<
  Record<Exclude<Locale, "en-US">, Readonly<Record<string, string>>>
> = {
  de: {
    short: "kurz",
    medium: "mittel",
    long: "lang",
    paragraph: "Absatz",
    bullets: "Stichpunkte",
    list: "Liste",
    briefing: "Überblick",
    default: "Standard (löschen)",
  },
  fr: {
    short: "court",
    medium: "moyen",
    long: "long",
    paragraph: "paragraphe",
    bullets: "puces",
    list: "liste",
    briefing: "synthèse",
    default: "par défaut (effacer)",
  },
  "es-ES": {
    short: "corto",
    medium: "medio",
    long: "largo",
    paragraph: "párrafo",
    bullets: "viñetas",
    list: "lista",
    briefing: "resumen por temas",
    default: "predeterminado (borrar)",
  },
  "pt-BR": {
    short: "curto",
    medium: "médio",
    long: "longo",
    paragraph: "parágrafo",
    bullets: "tópicos",
    list: "lista",
    briefing: "resumo por temas",
    default: "padrão (limpar)",
  },
  ja: {
    short: "短い",
    medium: "普通",
    long: "長い",
    paragraph: "段落",
    bullets: "箇条書き",
    list: "リスト",
    briefing: "話題ごと",
    default: "既定（解除）",
  },
};
