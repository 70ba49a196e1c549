/**
 * A server's settings as the commands read them (src/settings), and language names for replies.
 */
import type { BotDeps } from "../deps.js";
import { catalogLocale, DEFAULT_LOCALE, type Locale, SUMMARY_LANGUAGES } from "../i18n/locales.js";
import { DEFAULT_SETTINGS, type GuildSettings } from "../settings/types.js";

/** The server's settings, or the defaults outside a server or without a settings store. */
export async function settingsFor(
  deps: Pick<BotDeps, "settings">,
  guildId: string | null,
): Promise<GuildSettings> {
  if (!deps.settings || !guildId) return { ...DEFAULT_SETTINGS };
  return await deps.settings.get(guildId);
}

/** A language tag as people read it ("Deutsch"), or the tag itself. */
export function languageName(tag: string): string {
  return SUMMARY_LANGUAGES[tag] ?? tag;
}

/**
 * The language of a message everyone in the channel sees (button labels, digest posts): Discord
 * shows one text to all, so it follows the server, not the reader. The `/settings` language when we
 * have a catalog for it, else the server's preferred locale (`guild_locale`), else English.
 */
export function serverLocale(
  settingsLanguage: string | null | undefined,
  guildLocale?: string | null,
): Locale {
  return catalogLocale(settingsLanguage) ?? catalogLocale(guildLocale) ?? DEFAULT_LOCALE;
}

/** `serverLocale` for an interaction: its server's settings and its `guild_locale`. */
export async function serverLocaleFor(
  deps: Pick<BotDeps, "settings">,
  interaction: { guildId: string | null; raw: { guild_locale?: string | undefined } },
): Promise<Locale> {
  const settings = await settingsFor(deps, interaction.guildId);
  return serverLocale(settings.language, interaction.raw.guild_locale);
}
