/**
 * The Discuss button under an article: opens a public thread on the article message, where `/ask`
 * answers from that article. Checks first, without a REST call, that the bot may create public
 * threads in the channel (the interaction's `app_permissions`), and says plainly when it may not;
 * when the message already has a thread, points to it. The thread → article link goes to the
 * shared store, keyed by thread id (src/threads/repository.ts).
 */
import { MessageFlags, PermissionFlagsBits } from "discord.js";
import type { BotDeps } from "../deps.js";
import { localizedUserError } from "../errors.js";
import { t } from "../i18n/t.js";
import { visibleTo } from "./articles.js";
import { findByArticleKey } from "./components.js";
import { serverLocaleFor } from "./guild-settings.js";
import { type ComponentInteraction, hasPermission, toApiMessage } from "./interaction.js";
import { escapeText, forEdit, renderMessage, renderNotice } from "./render.js";
import { THREADABLE_CHANNELS } from "./threads.js";

/** The bot's own permissions in the channel, as Discord sends them with every interaction. */
export function appPermissions(interaction: { raw: object }): bigint | null {
  const raw = interaction.raw as { app_permissions?: unknown };
  return typeof raw.app_permissions === "string" ? BigInt(raw.app_permissions) : null;
}

export async function runDiscuss(
  interaction: ComponentInteraction,
  articleKey: string,
  deps: BotDeps,
): Promise<void> {
  const threads = deps.threads;
  if (!threads?.channels) throw localizedUserError("discuss.disabled");
  const raw = interaction.raw as {
    channel?: { type?: number };
    message?: { flags?: number };
  };
  const channelId = interaction.channelId;
  const messageId = interaction.messageId;
  const ephemeral = ((raw.message?.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
  const channelType = raw.channel?.type;
  if (
    !interaction.guildId ||
    !channelId ||
    !messageId ||
    ephemeral ||
    (channelType !== undefined && !THREADABLE_CHANNELS.has(channelType))
  ) {
    throw localizedUserError("discuss.notInChannel");
  }
  const permissions = appPermissions(interaction);
  if (!hasPermission(permissions, PermissionFlagsBits.CreatePublicThreads)) {
    throw localizedUserError("discuss.missingPermission");
  }
  await interaction.deferReply({ ephemeral: true });
  const notice = (text: string) => interaction.editReply(forEdit(renderNotice(text)));
  // Discord gives a thread started on a message the message's id.
  const existing = await threads.links.get(messageId);
  if (existing) {
    // A moderator may have deleted the thread: then the link is forgotten and a new one starts.
    if (await threads.channels.exists(existing.threadId)) {
      await notice(t(interaction.locale, "discuss.exists", { thread: `<#${existing.threadId}>` }));
      return;
    }
    await threads.links.delete(existing.threadId);
    deps.logger.info({ threadId: existing.threadId }, "the article's thread was deleted");
  }
  const article = await findByArticleKey(visibleTo(deps, interaction), articleKey);
  if (!article) throw localizedUserError("article.gone");
  const result = await threads.channels.startFromMessage(channelId, messageId, article.title);
  if (result.kind === "missing-permission") throw localizedUserError("discuss.missingPermission");
  if (result.kind === "unavailable") throw localizedUserError("discuss.notInChannel");
  await threads.links.save({
    threadId: result.threadId,
    articleId: article.id,
    guildId: interaction.guildId,
    channelId,
    messageId,
    createdBy: interaction.user.id,
    createdAt: deps.clock.now(),
  });
  const thread = `<#${result.threadId}>`;
  if (result.kind === "exists") {
    await notice(t(interaction.locale, "discuss.exists", { thread }));
    return;
  }
  // A word in the thread on how to ask, in the server's language (`serverLocale`: the /settings
  // language, else guild_locale); only if the bot may post there.
  if (hasPermission(permissions, PermissionFlagsBits.SendMessagesInThreads)) {
    const welcome = t(await serverLocaleFor(deps, interaction), "discuss.intro", {
      title: escapeText(article.title),
    });
    const posted = await threads.channels
      .post(result.threadId, toApiMessage(renderMessage({ content: welcome })))
      .catch((error: unknown) => {
        deps.logger.warn({ err: error, threadId: result.threadId }, "could not post in the thread");
        return false;
      });
    if (!posted) deps.logger.info({ threadId: result.threadId }, "thread opened without a welcome");
  }
  await notice(t(interaction.locale, "discuss.opened", { thread }));
}
