/**
 * A server's settings as the commands read them (src/settings), and language names for replies.
 */
import type { BotDeps } from "../deps.js";
import { SUMMARY_LANGUAGES } from "../i18n/locales.js";
import { DEFAULT_SETTINGS, type GuildSettings } from "../settings/types.js";

/** The server's settings, or the defaults outside a server or without a settings store. */
export async function settingsFor(deps: BotDeps, guildId: string | null): Promise<GuildSettings> {
  if (!deps.settings || !guildId) return { ...DEFAULT_SETTINGS };
  return await deps.settings.get(guildId);
}

/** A language tag as people read it ("Deutsch"), or the tag itself. */
export function languageName(tag: string): string {
  return SUMMARY_LANGUAGES[tag] ?? tag;
}
