/**
 * `/settings`: shows this server's settings, or changes the ones given, to members with Manage
 * Server (checked here too: `default_member_permissions` is only a default). Every answer is
 * ephemeral and worded in the reader's locale.
 */
import { PermissionFlagsBits } from "discord.js";
import type { BotDeps } from "../deps.js";
import { localizedUserError } from "../errors.js";
import { canonicalLanguage } from "../i18n/locales.js";
import { type Translate, translator } from "../i18n/t.js";
import type { GuildSettings } from "../settings/types.js";
import { languageName } from "./guild-settings.js";
import { type CommandInteraction, hasPermission } from "./interaction.js";
import { type RenderedMessage, renderMessage } from "./render.js";

/** The value that clears a string setting (choices cannot be empty). */
export const DEFAULT_CHOICE = "default";

export interface SettingsChange {
  language?: string | undefined;
  length?: string | undefined;
  format?: string | undefined;
  digestStyle?: string | undefined;
  llmBudget?: number | undefined;
}

/** The settings as an embed, worded in the reader's locale. */
export function renderSettings(
  settings: GuildSettings,
  t: Translate,
  context: { cap: number; llm: boolean; saved: boolean },
): RenderedMessage {
  const unset = "—";
  const lines = [
    `**${t("settings.language")}**: ${settings.language ? `${languageName(settings.language)} (\`${settings.language}\`)` : t("settings.languageArticle")}`,
    `**${t("settings.length")}**: ${settings.length ?? unset}`,
    `**${t("settings.format")}**: ${settings.format ?? unset}`,
    `**${t("settings.digestStyle")}**: ${settings.digestStyle ?? unset}`,
    `**${t("settings.budget")}**: ${
      settings.llmBudget === null
        ? t("settings.budgetDefault", { cap: context.cap })
        : t("settings.budgetValue", { value: settings.llmBudget, cap: context.cap })
    }`,
  ];
  if (settings.language && !context.llm) lines.push(`-# ${t("settings.noLlm")}`);
  return renderMessage({
    ...(context.saved ? { content: t("settings.saved") } : {}),
    embeds: [{ title: t("settings.title"), description: lines.join("\n"), color: 0x4a5568 }],
    ephemeral: true,
  });
}

function choice(value: string | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  return value === DEFAULT_CHOICE ? null : value;
}

export async function runSettings(
  interaction: CommandInteraction,
  change: SettingsChange,
  deps: BotDeps,
): Promise<void> {
  const t = translator(interaction.locale);
  const guildId = interaction.guildId;
  if (!guildId) throw localizedUserError("error.guildOnly");
  if (!hasPermission(interaction.memberPermissions, PermissionFlagsBits.ManageGuild)) {
    throw localizedUserError("settings.manageServer");
  }
  const store = deps.settings;
  if (!store) throw localizedUserError("briefing.disabled");
  const cap = deps.config.LLM_GUILD_HOURLY_BUDGET;
  const patch: Partial<GuildSettings> = {};
  const language = choice(change.language);
  if (language !== undefined) {
    const canonical = language === null ? null : canonicalLanguage(language);
    if (language !== null && canonical === null) {
      throw localizedUserError("settings.badLanguage", { value: language.slice(0, 40) });
    }
    patch.language = canonical;
  }
  const length = choice(change.length);
  if (length !== undefined) patch.length = length as GuildSettings["length"];
  const format = choice(change.format);
  if (format !== undefined) patch.format = format as GuildSettings["format"];
  const digestStyle = choice(change.digestStyle);
  if (digestStyle !== undefined) patch.digestStyle = digestStyle as GuildSettings["digestStyle"];
  if (change.llmBudget !== undefined) {
    if (change.llmBudget > cap) throw localizedUserError("settings.budgetOverCap", { cap });
    patch.llmBudget = change.llmBudget;
  }
  const saved = Object.keys(patch).length > 0;
  const settings = saved ? await store.update(guildId, patch) : await store.get(guildId);
  await interaction.reply(
    renderSettings(settings, t, { cap, llm: deps.summarizer.llmModel !== null, saved }),
  );
}
