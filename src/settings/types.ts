import type { SummaryFormat, SummaryLength } from "../summaries/types.js";

/** How a digest is delivered: one embed per article, or grouped into stories (src/briefings). */
export type DigestStyle = "list" | "briefing";
export const DIGEST_STYLES: readonly DigestStyle[] = ["list", "briefing"];

/** One server's settings; null means "not set": the command's own default applies. */
export interface GuildSettings {
  /** BCP 47 tag of the summary language; null: the article's language. */
  language: string | null;
  length: SummaryLength | null;
  format: SummaryFormat | null;
  /** Default style of new digest subscriptions and of `/digest preview`. */
  digestStyle: DigestStyle | null;
  /** AI answers per rolling hour for this server; null: the operator's cap. */
  llmBudget: number | null;
}

export const DEFAULT_SETTINGS: Readonly<GuildSettings> = Object.freeze({
  language: null,
  length: null,
  format: null,
  digestStyle: null,
  llmBudget: null,
});

/** The port the commands and digests read through (src/settings/repository.ts implements it). */
export interface SettingsRepository {
  /** The server's settings; defaults when none are stored or the stored record is unreadable. */
  get(guildId: string): Promise<GuildSettings>;
  /** Applies the fields given (null clears one) and returns the settings as stored. */
  update(guildId: string, patch: Partial<GuildSettings>): Promise<GuildSettings>;
}

/** The server's effective LLM budget: its own setting, never above the operator's cap. */
export function effectiveLlmBudget(
  settings: Pick<GuildSettings, "llmBudget">,
  cap: number,
): number {
  return settings.llmBudget === null ? cap : Math.max(0, Math.min(settings.llmBudget, cap));
}
