/**
 * The locales Newsdesk speaks and how a Discord locale maps onto them. Discord sends a locale on
 * every interaction but PING (`interaction.locale`, the user's client language, and
 * `guild_locale`); replies follow the user's. Discord's own codes are used: `en-US`, `de`, `fr`,
 * `es-ES` (also served to `es-419`), `pt-BR`, `ja`.
 */
export const LOCALES = ["en-US", "de", "fr", "es-ES", "pt-BR", "ja"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en-US";

/** Discord locales a catalog is also served to (`name_localizations` keys included). */
export const ALSO_SERVED: Readonly<Record<string, Locale>> = {
  "es-419": "es-ES",
  "en-GB": "en-US",
};

/** The catalog locale for a Discord locale (or a BCP 47 tag): exact, alias, language, else English. */
export function resolveLocale(locale: string | null | undefined): Locale {
  return catalogLocale(locale) ?? DEFAULT_LOCALE;
}

/** The catalog locale for a Discord locale or BCP 47 tag (exact, alias, language), or null. */
export function catalogLocale(locale: string | null | undefined): Locale | null {
  if (!locale) return null;
  if ((LOCALES as readonly string[]).includes(locale)) return locale as Locale;
  const alias = ALSO_SERVED[locale];
  if (alias) return alias;
  const language = locale.toLowerCase().split("-")[0];
  return LOCALES.find((l) => l.toLowerCase().split("-")[0] === language) ?? null;
}

/** Language names for the summary-language setting, as BCP 47 tags Discord users will type. */
export const SUMMARY_LANGUAGES: Readonly<Record<string, string>> = {
  en: "English",
  de: "Deutsch",
  fr: "Français",
  es: "Español",
  "pt-BR": "Português (Brasil)",
  pt: "Português",
  ja: "日本語",
  it: "Italiano",
  nl: "Nederlands",
  pl: "Polski",
  uk: "Українська",
  zh: "中文",
  ko: "한국어",
};

/** A summary language tag in its canonical spelling, or null when it is not one we offer. */
export function canonicalLanguage(tag: string): string | null {
  const wanted = tag.trim().toLowerCase();
  return Object.keys(SUMMARY_LANGUAGES).find((t) => t.toLowerCase() === wanted) ?? null;
}
